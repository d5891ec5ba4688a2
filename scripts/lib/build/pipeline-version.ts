/**
 * Astro's content store keeps every document's rendered HTML, keyed by the file's bytes, and the
 * incremental build keeps pages whose data and page code are unchanged. Neither notices a change to
 * the Markdown pipeline itself (astro.config.mjs's processor, the content policy, the loaders): a
 * warm build would then publish text rendered by the old code. So the build records a hash of that
 * code in the cache and, when it differs, starts from an empty cache (the check's own cache, which
 * has its own version, is kept).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkerVersion } from '../check/cache/checker-version.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FILE = 'content-pipeline.version';
/** Kept: the check's results carry their own version (check/cache/checker-version.ts). */
const KEEP = new Set(['check', FILE]);

/** The code that turns a content file into HTML: the config with its processor, and the collections. */
export const PIPELINE_ROOTS: readonly string[] = [join(ROOT, 'astro.config.mjs'), join(ROOT, 'src/content.config.ts')];

export function pipelineVersion(roots: readonly string[] = PIPELINE_ROOTS): string {
  return checkerVersion(roots);
}

/**
 * Empties each cache folder whose recorded version differs from `version` (a folder without a record
 * holds nothing from an earlier build, or a build from before the record existed: emptied too), then
 * records `version`. Returns the folders it emptied.
 */
export function refreshStaleCaches(cacheDirs: readonly string[], version: string): string[] {
  const emptied: string[] = [];
  for (const dir of cacheDirs) {
    const record = join(dir, FILE);
    const recorded = existsSync(record) ? readFileSync(record, 'utf8') : undefined;
    if (recorded === version) continue;
    if (existsSync(dir)) {
      const stale = readdirSync(dir).filter((name) => !KEEP.has(name));
      for (const name of stale) rmSync(join(dir, name), { recursive: true, force: true });
      if (stale.length > 0) emptied.push(dir);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(record, version);
  }
  return emptied;
}
