/**
 * Index a built site with Pagefind in shards (plan.ts) and merge them into the site's one Pagefind
 * bundle (merge.ts). Each shard is indexed by its own Pagefind process over a folder of hard links
 * to its pages, so the peak memory is one shard's, not the archive's. A shard's bundle is kept in
 * the cache under a key of its pages' paths and bytes and Pagefind's version: a warm rebuild
 * re-indexes only the shards whose pages changed, then merges again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { run } from '../run.ts';
import { mergeBundles, type MergeStats } from './merge.ts';
import { DEFAULT_MAX_PAGES, planShards, type IndexedPage, type Shard } from './plan.ts';
import { PAGE_MEMO, PageMemo } from './page-memo.ts';
import { collectShardsInBackground } from '../search/shard-collection.ts';

export interface ShardRunOptions {
  site: string;
  cacheDir: string;
  maxPages?: number;
  /** Locations per word-index file of the merged bundle (merge.ts CHUNK_SIZE). */
  chunkSize?: number;
  /** Page lengths rounded to steps of this ratio (merge.ts PAGE_LENGTH_RATIO); 1 keeps them exact. */
  lengthRatio?: number;
  /** Pagefind processes at once (each uses both cores for part of its run). */
  concurrency?: number;
  /**
   * Astro's cached copies of the pages (`<Astro cacheDir>/dist`; after a build in parts, the other
   * parts' folders too, page-memo.ts): a page whose copy is unchanged since the last run is not
   * read again. Without it every page is read.
   */
  pageCopies?: string | readonly string[];
  log?: (line: string) => void;
}

export interface ShardRunResult extends MergeStats {
  shards: number;
  indexed: number;
  reused: number;
  /** HTML pages read from disk (the others were known unchanged, page-memo.ts). */
  pagesRead: number;
}

const PAGEFIND_BIN = 'node_modules/pagefind/lib/runner/bin.cjs';

function pagefindVersion(): string {
  return (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
}

/** Every HTML file under `dir` (not Pagefind's own bundle), relative, with forward slashes. */
export function htmlFiles(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (full !== join(site, 'pagefind')) walk(full);
      } else if (e.name.endsWith('.html')) out.push(relative(site, full).split(sep).join('/'));
    }
  };
  walk(site);
  return out.sort();
}

/**
 * The site's indexed pages (Pagefind's rule: only pages with data-pagefind-body, if any has it) and
 * each one's hash. Pages are read unless `memo` knows them unchanged (page-memo.ts).
 */
export function indexedPages(
  site: string,
  memo: PageMemo = new PageMemo(undefined, undefined),
): { pages: IndexedPage[]; hashes: Map<string, string> } {
  const all: (IndexedPage & { body: boolean })[] = [];
  const hashes = new Map<string, string>();
  for (const path of htmlFiles(site)) {
    const { hash, body, date } = memo.reading(site, path);
    hashes.set(path, hash);
    all.push(date ? { path, date, body } : { path, body });
  }
  const anyBody = all.some((p) => p.body);
  return { pages: all.filter((p) => p.body || !anyBody).map(({ path, date }) => (date ? { path, date } : { path })), hashes };
}

export function shardCacheKey(shard: Shard, hashes: Map<string, string>, version: string): string {
  const h = createHash('sha256').update(`pagefind ${version}\n`);
  for (const p of [...shard.pages].sort((a, b) => (a.path < b.path ? -1 : 1))) h.update(`${p.path}\0${hashes.get(p.path) ?? ''}\n`);
  return `${shard.key}-${h.digest('hex').slice(0, 16)}`;
}

function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

async function indexShard(site: string, shard: Shard, target: string): Promise<void> {
  const tmp = `${target}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  for (const p of shard.pages) linkOrCopy(join(site, p.path), join(tmp, 'site', p.path));
  const r = await run(process.execPath, [PAGEFIND_BIN, '--site', join(tmp, 'site'), '--output-path', join(tmp, 'out'), '--silent']);
  if (r.code !== 0 || !existsSync(join(tmp, 'out', 'pagefind-entry.json'))) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`Pagefind failed on search shard ${shard.key} (exit ${r.code})`);
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(join(tmp, 'out'), target);
  rmSync(tmp, { recursive: true, force: true });
}

/** Index `site` in shards (reusing cached ones) and write the merged bundle to `<site>/pagefind/`. */
export async function indexInShards(o: ShardRunOptions): Promise<ShardRunResult> {
  const log = o.log ?? (() => undefined);
  const version = pagefindVersion();
  mkdirSync(o.cacheDir, { recursive: true });
  const memo = new PageMemo(o.pageCopies, join(o.cacheDir, PAGE_MEMO));
  const { pages, hashes } = indexedPages(o.site, memo);
  const shards = planShards(pages, o.maxPages ?? DEFAULT_MAX_PAGES);
  const dirs = shards.map((s) => join(o.cacheDir, shardCacheKey(s, hashes, version)));
  const todo = shards.map((s, i) => ({ shard: s, dir: dirs[i] as string })).filter((t) => !existsSync(join(t.dir, 'pagefind-entry.json')));
  let done = 0;
  const queue = [...todo];
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      await indexShard(o.site, t.shard, t.dir);
      log(
        `  Søgeindeks: del ${t.shard.key} (${t.shard.pages.length} ${t.shard.pages.length === 1 ? 'side' : 'sider'}) – ${++done}/${todo.length}`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 1, todo.length)) }, worker));
  // Bundles of shards no longer in the site are removed, so the cache does not grow with every edit.
  const keep = new Set([...dirs.map((d) => d.split(sep).at(-1)), PAGE_MEMO, SHARD_MANIFEST]);
  // A kept shard's own files beside it ("<shard>.vocabulary.json", shard-collection.ts) stay with it.
  for (const name of readdirSync(o.cacheDir))
    if (!keep.has(name) && !keep.has(name.replace(/\.[a-z]+\.json$/, ''))) rmSync(join(o.cacheDir, name), { recursive: true, force: true });
  // The new shards' words for the search page's vocabulary are read on the other core meanwhile
  // (the merge keeps mostly one busy); the vocabulary step then finds them kept.
  const [merged, collected] = await Promise.allSettled([
    mergeBundles(dirs, join(o.site, 'pagefind'), o.chunkSize, o.lengthRatio),
    collectShardsInBackground(dirs),
  ]);
  if (merged.status === 'rejected') throw merged.reason;
  if (collected.status === 'rejected') throw collected.reason;
  const stats = merged.value;
  writeShardManifest(o.cacheDir, o.site, dirs);
  memo.save();
  return { ...stats, shards: shards.length, indexed: todo.length, reused: shards.length - todo.length, pagesRead: memo.read };
}

/** Which shard bundles the site's merged bundle was made of, so later steps can reuse per-shard work. */
export interface ShardManifest {
  /** The merged bundle's pagefind-entry.json, which names its page table by hash. */
  entry: string;
  shards: string[];
}

export const SHARD_MANIFEST = 'bundle.json';

function writeShardManifest(cacheDir: string, site: string, dirs: string[]): void {
  const manifest: ShardManifest = {
    entry: readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    shards: dirs.map((d) => relative(cacheDir, d)),
  };
  writeFileSync(join(cacheDir, SHARD_MANIFEST), JSON.stringify(manifest));
}

/** The shard bundles (absolute folders) behind the site's merged bundle, or undefined if the cache is of another build. */
export function shardBundles(cacheDir: string, site: string): string[] | undefined {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, SHARD_MANIFEST), 'utf8')) as ShardManifest;
    if (m.entry !== readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) return undefined;
    const dirs = m.shards.map((d) => join(cacheDir, d));
    return dirs.every((d) => existsSync(join(d, 'pagefind-entry.json'))) ? dirs : undefined;
  } catch {
    return undefined;
  }
}
