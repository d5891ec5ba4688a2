/**
 * A warm build's staging folder starts as hard links to Astro's cached page copies
 * (`<cacheDir>/dist`, kept by its incremental build). Astro keeps a page that is already in its
 * output folder when it may reuse it, so it no longer copies the 22,000 unchanged pages of a
 * 20,000-letter site one by one (about 9 s of a warm build's Astro step; README, Benchmark).
 *
 * The links are made in a worker thread while Astro starts (it reads the content for several
 * seconds before it writes a page); Astro's first write waits until they are all there (the marker
 * file, unshare-writes.ts), so it never copies a page onto a link that is being made.
 *
 * Two things keep this safe:
 * - The published site shares these files too (it was the previous build's staging folder), so a
 *   page Astro renders again must not be written into the shared file: Astro runs with
 *   unshare-writes.ts loaded, which unlinks a shared file before it is written whole.
 * - A linked page this build does not make (a deleted letter) must not be published: after Astro,
 *   every linked file that is still the linked file and that Astro's new manifest does not list is
 *   removed (dropStalePages).
 */
import { linkSync, lstatSync, mkdirSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { astroManifestFile, readAstroManifest } from './astro-cache.ts';

/** Relative path (forward slashes) → inode of each file linked into the staging folder. */
export type LinkedPages = Map<string, number>;

/**
 * Node arguments and environment that load unshare-writes.ts into Astro for the given folders; its
 * writes into the first (the output folder) wait until the file `marker` exists.
 */
export function unshareWrites(dirs: readonly string[], marker: string): { nodeArgs: string[]; env: Record<string, string> } {
  const hook = pathToFileURL(join(import.meta.dirname, 'unshare-writes.ts')).href;
  return { nodeArgs: ['--import', hook], env: { UNSHARE_WRITES_DIRS: dirs.join('\n'), UNSHARE_WRITES_AFTER: marker } };
}

/**
 * linkCachedPages in a worker thread; `marker` is written when every link is made (also when the
 * worker fails, so Astro never waits for ever: it then copies what is not linked, as before).
 */
export function linkInBackground(copies: string, staging: string, marker: string): Promise<LinkedPages> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./link-pages-worker.ts', import.meta.url), { workerData: { copies, staging, marker } });
    let linked: LinkedPages | undefined;
    const failed = (err: Error) => {
      writeFileSync(marker, '');
      fail(err);
    };
    worker.on('message', (entries: [string, number][]) => (linked = new Map(entries)));
    worker.on('error', failed);
    worker.on('exit', (code) => (linked && code === 0 ? done(linked) : failed(new Error(`link worker exited with ${code}`))));
  });
}

/** Hard-link every cached copy under `copies` into `staging` (created as needed). */
export function linkCachedPages(copies: string, staging: string): LinkedPages {
  const linked: LinkedPages = new Map();
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    let made = false;
    for (const e of entries) {
      const from = join(dir, e.name);
      if (e.isDirectory()) {
        walk(from);
        continue;
      }
      if (!e.isFile()) continue;
      const path = relative(copies, from);
      const to = join(staging, path);
      if (!made) mkdirSync(dirname(to), { recursive: true });
      made = true;
      try {
        linkSync(from, to);
      } catch {
        continue; // Already there (Astro wrote it) or not linkable: Astro makes it as before.
      }
      linked.set(path.split(sep).join('/'), lstatSync(to).ino);
    }
  };
  walk(copies);
  return linked;
}

/** The output files Astro's incremental manifest lists (every page it reused or rendered with a cache key). */
export function manifestOutputs(cacheDir: string): Set<string> {
  const m = readAstroManifest(cacheDir);
  // Without it no linked page can be told from a stale one: the build stops rather than guess.
  if (!m) throw new Error(`Astros manifest ${astroManifestFile(cacheDir)} kunne ikke læses`);
  const out = new Set<string>();
  for (const route of Object.values(m.routes)) for (const p of Object.values(route.paths)) out.add(decodeURI(p.outputFile));
  return out;
}

/**
 * Remove from `staging` the linked files this build did not make: not in Astro's manifest and not
 * written again (still the linked inode). Empty folders left behind go too. Returns the removed paths.
 */
export function dropStalePages(staging: string, linked: LinkedPages, cacheDir: string): string[] {
  const made = manifestOutputs(cacheDir);
  const dropped: string[] = [];
  for (const [path, ino] of linked) {
    if (made.has(path)) continue;
    const file = join(staging, path);
    try {
      if (lstatSync(file).ino !== ino) continue;
    } catch {
      continue;
    }
    unlinkSync(file);
    dropped.push(path);
    for (let dir = dirname(file); dir.startsWith(staging + sep); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // Not empty.
      }
    }
  }
  return dropped.sort();
}
