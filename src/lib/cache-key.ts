/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page returned by
 * getStaticPaths() with a cacheKey is copied from the previous build when the key and the page's
 * code are unchanged. The key must therefore cover everything the page prints that is not code:
 * we hash exactly the props (and other data) the page renders from.
 */
import { createHash } from 'node:crypto';

/** A short, stable hash of JSON-serialisable values (Dates as ISO strings, Maps as entry lists). */
export function cacheKey(...values: unknown[]): string {
  const json = JSON.stringify(values, (_key, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}
