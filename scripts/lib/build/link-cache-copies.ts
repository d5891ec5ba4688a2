/**
 * Loaded into every Astro process of `npm run build` (`node --import`, scripts/build.ts): Astro's
 * incremental build writes each page it renders twice, to the output folder and then the same bytes
 * to its cached copy (`<cacheDir>/dist/<page>`; node_modules/astro/dist/core/build/generate.js,
 * incremental.js). The cached copy is made a hard link to the page just written instead: 22,700
 * pages and 1.1 GB at 20,000 letters that are no longer written a second time (2.6 s against 0.2 s
 * on this machine), and the cache no longer holds a second copy of the site.
 *
 * Only a copy whose bytes are the very value just written to the page (the same string or buffer,
 * `===`) is linked; any other write to the cache goes ahead as before. The old copy is unlinked
 * first, so a file the published site shares (a warm build) is never written into. Sharing files
 * between the site and the cache is what a warm build does already (reuse-pages.ts says why that is
 * safe).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { pathOf } from './file-target.ts';

/** Environment variable: the output folder and the folder of Astro's cached page copies, one per line. */
export const LINK_CACHE_COPIES = 'LINK_CACHE_COPIES';

const [outDir, copies] = (process.env[LINK_CACHE_COPIES] ?? '')
  .split('\n')
  .filter((d) => d !== '')
  .map((d) => resolve(d) + sep);

/** Page path (relative to the output folder) → the value last written to it whole; the latest few only. */
const written = new Map<string, unknown>();
/**
 * Astro writes a page's copy right after the page, with at most `build.concurrency` (8) pages in
 * flight, so a page's value is still here then; pages without a cache key get no copy, and keeping
 * all of their values would hold the whole site in memory.
 */
const REMEMBERED = 64;

if (outDir && copies) {
  const p = fs.promises;
  const { writeFile } = p;
  p.writeFile = (async (
    file: Parameters<typeof writeFile>[0],
    data: Parameters<typeof writeFile>[1],
    options?: Parameters<typeof writeFile>[2],
  ) => {
    const path = pathOf(file);
    if (path?.startsWith(copies) && options === undefined) {
      const page = relative(copies, path);
      if (written.get(page) === data) {
        written.delete(page);
        await p.rm(path, { force: true });
        return p.link(join(outDir, page), path);
      }
    }
    if (path?.startsWith(outDir)) written.delete(relative(outDir, path));
    await writeFile(file, data, options);
    // Whole-file writes only: the value is then the file's bytes.
    if (path?.startsWith(outDir) && options === undefined) {
      written.set(relative(outDir, path), data);
      if (written.size > REMEMBERED) written.delete(written.keys().next().value as string);
    }
  }) as typeof writeFile;
  // ES module imports of node:fs/promises see the wrapped function too.
  syncBuiltinESMExports();
}
