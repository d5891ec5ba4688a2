/**
 * The words of the search index's fragments (collect.ts), shard by shard: the search page's
 * vocabulary and filter counts are made from them (post-index.ts). A shard's collection is kept in
 * the cache beside its bundle, so a rebuild reads only the fragments of the shards that changed; the
 * search step collects the new ones in a worker thread while it merges (collect-worker.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { Collector, mergeCollected, type Collected, type Fragment } from './collect.ts';
import { fragmentFiles } from '../search-index/fragments.ts';

const SIGNATURE = 'pagefind_dcd';

function parseFragment(raw: Buffer): Fragment {
  const bytes = raw.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? raw.subarray(SIGNATURE.length) : raw;
  return JSON.parse(bytes.toString('utf8')) as Fragment;
}

export function readFragment(file: string): Fragment {
  return parseFragment(gunzipSync(readFileSync(file)));
}

/**
 * The collection of a bundle's fragment files, read one at a time. (Read ahead in libuv's thread
 * pool instead, the 20,000 small files of a large archive cost four times the CPU time.)
 */
export function collectFiles(files: readonly string[]): Collected {
  const c = new Collector();
  for (const file of files) c.add(readFragment(file));
  return c.result();
}

type StoredWord = [string, number, [string, number][], number, number];
/** The shard's collection is kept in the cache as <shard folder> + this. */
export const COLLECTED_SUFFIX = '.vocabulary.json';

/**
 * The site's collection, read shard by shard when the bundle was merged from cached shards
 * (scripts/lib/search-index/shards.ts). Otherwise from the site's fragments.
 */
export async function collectSite(site: string, shardDirs?: readonly string[]): Promise<Collected> {
  if (!shardDirs) return collectFiles(fragmentFiles(join(site, 'pagefind')));
  const parts: Collected[] = [];
  for (const dir of shardDirs) parts.push(collectShard(dir));
  return mergeCollected(parts);
}

/** A shard's collection: from the cache, or read from its fragments and kept there. */
function collectShard(dir: string): Collected {
  const file = `${dir}${COLLECTED_SUFFIX}`;
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Omit<Collected, 'words'> & { words: StoredWord[] };
    const words = new Map(
      c.words.map(([k, pages, forms, capitalised, total]) => [k, { pages, forms: new Map(forms), capitalised, total }]),
    );
    return { ...c, words };
  }
  return storeShardCollection(dir);
}

/** Read a shard's fragments and keep the collection beside its bundle (not in it: the merge copies the bundle's files into the site). */
export function storeShardCollection(dir: string): Collected {
  const file = `${dir}${COLLECTED_SUFFIX}`;
  const c = collectFiles(fragmentFiles(dir));
  const words: StoredWord[] = [...c.words].map(([k, w]) => [k, w.pages, [...w.forms], w.capitalised, w.total]);
  // Written whole or not at all: a build stopped halfway leaves no half file to be read next time.
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...c, words }));
  renameSync(`${file}.tmp`, file);
  return c;
}

/**
 * Collect the shards that have no kept collection yet, in a worker thread (collect-worker.ts), so
 * the search step merges the bundle on one core while the other reads the fragments. Resolves when
 * all are kept; rejects when the thread fails.
 */
export function collectShardsInBackground(dirs: readonly string[]): Promise<void> {
  const todo = dirs.filter((d) => !existsSync(`${d}${COLLECTED_SUFFIX}`));
  if (todo.length === 0) return Promise.resolve();
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./collect-worker.ts', import.meta.url), { workerData: { dirs: todo } });
    worker.on('error', fail);
    worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`the vocabulary thread exited with ${code}`))));
  });
}
