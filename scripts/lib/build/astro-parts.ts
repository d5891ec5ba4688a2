/**
 * scripts/build.ts's Astro step in parts (src/lib/build-parts.ts): one Astro process per part, at
 * the same time, each in its own output and cache folder; then the other parts' letter pages are
 * moved into the first part's folder, which then holds exactly what one process would have built.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { runAstro, type AstroRun } from './astro-failure.ts';
import { astroManifestFile, astroPageCopies, hasPreviousBuild, linkCacheCopies, readAstroManifest } from './astro-cache.ts';

export { hasPreviousBuild };

export interface PartFolders {
  outDir: string;
  cacheDir: string;
}

/** Part 1 builds into the staging folder with the usual cache; part n into "<staging>-n" and "<cache>-del-n". */
export function partFolders(staging: string, cacheDir: string, count: number): PartFolders[] {
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? { outDir: staging, cacheDir } : { outDir: `${staging}-${i + 1}`, cacheDir: `${cacheDir.replace(/\/+$/, '')}-del-${i + 1}` },
  );
}

export interface PartRun extends AstroRun {
  part: number;
  /** Stopped because another part failed. */
  aborted: boolean;
}

/**
 * Run `astro build` for every part at once; when one fails, the others are stopped. `signal` stops
 * them all (the editor check, which runs alongside, failed). A part that lost the race for Astro's
 * shared files (sharedFileRace) makes the parts run once more.
 */
export async function runAstroParts(folders: readonly PartFolders[], signal?: AbortSignal): Promise<PartRun[]> {
  const runs = await runPartsOnce(folders, signal);
  if (signal?.aborted || !sharedFileRace(runs)) return runs;
  for (const f of folders) rmSync(f.outDir, { recursive: true, force: true });
  return runPartsOnce(folders, signal);
}

async function runPartsOnce(folders: readonly PartFolders[], signal?: AbortSignal): Promise<PartRun[]> {
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort(), { once: true });
  return Promise.all(
    folders.map(async (f, i) => {
      const links = linkCacheCopies(f.outDir, f.cacheDir);
      const env = { OUT_DIR: f.outDir, ASTRO_CACHE_DIR: f.cacheDir, BUILD_PART: `${i + 1}/${folders.length}`, ...links.env };
      const r = await runAstro(['build'], env, stop.signal, links.nodeArgs);
      const aborted = r.code !== 0 && stop.signal.aborted;
      if (r.code !== 0 && !aborted) stop.abort();
      return { ...r, part: i + 1, aborted };
    }),
  );
}

/**
 * True when a part failed on Astro's own files in the project's .astro/ folder, which every part
 * shares: Astro writes content-modules.mjs and content-assets.mjs through one temporary name, so
 * when two parts write at the same moment, the second rename fails (UnknownFilesystemError from
 * its data store). Seen once in a full test run with a small corpus, where both parts finish
 * reading the content together. Run again, the file is in place and Astro writes it only if its
 * text differs, so at most one part writes.
 */
export function sharedFileRace(runs: readonly Pick<AstroRun, 'code' | 'log'>[]): boolean {
  return runs.some((r) => r.code !== 0 && r.log.includes('UnknownFilesystemError') && r.log.includes('mutable-data-store'));
}

function files(dir: string, out: string[] = [], root = dir): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) files(full, out, root);
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/** A letter page's folder: breve/<slug> (its page is breve/<slug>/index.html). */
const LETTER_FOLDER = /^breve\/[^/]+$/;
const PAGE = 'index.html';

/**
 * Move the files `other` has and `first` has not into `first`: the other part's letter pages, each
 * as its whole folder (one rename, no folder to make: 12,000 folders at 20,000 letters), or only
 * the page where the first part has the folder too (a letter with files of its own). Its empty
 * stand-ins for every other page, and the shared assets, are already in `first`. Anything else (an
 * asset only one part built, an empty letter page, a letter folder with more in it) means the parts
 * disagree: an error, and nothing is moved.
 */
export function mergePart(first: string, other: string): number {
  const moved: string[] = [];
  const odd: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(other, rel), { withFileTypes: true })) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory() && LETTER_FOLDER.test(child) && !existsSync(join(first, child))) {
        const inside = readdirSync(join(other, child));
        const page = inside.includes(PAGE) && statSync(join(other, child, PAGE)).size > 0;
        const rest = inside.filter((name) => !(page && name === PAGE));
        if (page && rest.length === 0) moved.push(child);
        else odd.push(...(rest.length > 0 ? rest.map((name) => `${child}/${name}`) : [`${child}/`]));
      } else if (e.isDirectory()) walk(child);
      else if (existsSync(join(first, child))) continue;
      // A letter folder both parts have (the letter's own files, copied from public/ by both).
      else if (LETTER_FOLDER.test(rel) && e.name === PAGE && statSync(join(other, child)).size > 0) moved.push(child);
      else odd.push(child);
    }
  };
  walk('');
  if (odd.length > 0) {
    throw new Error(`the build parts disagree: ${odd.length} file(s) only in ${other}, e.g. ${odd.slice(0, 3).join(', ')}`);
  }
  if (moved.length > 0) mkdirSync(join(first, 'breve'), { recursive: true });
  for (const rel of moved) renameSync(join(other, rel), join(first, rel));
  rmSync(other, { recursive: true, force: true });
  return moved.length;
}

/** Letter pages written so far in a part other than the first (its other pages are empty stand-ins). */
export function countLetterPages(dir: string): number {
  const letters = join(dir, 'breve');
  if (!existsSync(letters)) return 0;
  let n = 0;
  for (const e of readdirSync(letters, { withFileTypes: true }))
    if (e.isDirectory() && existsSync(join(letters, e.name, 'index.html'))) n++;
  return n;
}

/** Letters in the content folder (.md and .mdx under letters/), which decides whether to build in parts. */
export function countLetters(contentDir: string): number {
  const dir = join(contentDir, 'letters');
  if (!existsSync(dir)) return 0;
  return files(dir).filter((f) => /\.mdx?$/.test(f)).length;
}

/** The letter page's file, as Astro's incremental-build manifest names its route. */
export const LETTER_ROUTE_FILE = 'src/pages/breve/[slug].astro';
/**
 * After a build in parts, gather another part's cache into the first part's, so the next build
 * (warm, in one process) finds every letter: the other part's rendered letter texts, and its
 * letter pages' entries in Astro's incremental-build manifest with their cached copies. The other
 * part's cache is removed. Returns the letter pages gathered. A manifest in a format this does not
 * know gathers no pages: the next build then renders those letters again, with the same result.
 */
export function gatherCache(first: string, other: string, letterRoute = LETTER_ROUTE_FILE): number {
  const bodies = join(other, 'letter-bodies');
  if (existsSync(bodies)) {
    mkdirSync(join(first, 'letter-bodies'), { recursive: true });
    for (const name of readdirSync(bodies)) renameSync(join(bodies, name), join(first, 'letter-bodies', name));
  }
  const [to, from] = [readAstroManifest(first), readAstroManifest(other)];
  const key = to && Object.keys(to.routes).find((k) => k.endsWith(letterRoute));
  const [target, source] = [key ? to?.routes[key] : undefined, key ? from?.routes[key] : undefined];
  let gathered = 0;
  if (to && target && source && target.dependencyHash === source.dependencyHash) {
    for (const [path, entry] of Object.entries(source.paths)) {
      const copy = join(astroPageCopies(other), entry.outputFile);
      if (target.paths[path] || !existsSync(copy) || statSync(copy).size === 0) continue;
      mkdirSync(dirname(join(astroPageCopies(first), entry.outputFile)), { recursive: true });
      renameSync(copy, join(astroPageCopies(first), entry.outputFile));
      target.paths[path] = entry;
      gathered++;
    }
    writeFileSync(astroManifestFile(first), JSON.stringify(to));
  }
  rmSync(other, { recursive: true, force: true });
  return gathered;
}
