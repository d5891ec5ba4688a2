/**
 * The file a write goes to, as the build's write hooks (unshare-writes.ts, link-cache-copies.ts)
 * see it: Astro names files by path string or by file URL; a file descriptor is no path.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return resolve(target);
  if (target instanceof URL && target.protocol === 'file:') return fileURLToPath(target);
  return undefined;
}
