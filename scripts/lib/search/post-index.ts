/**
 * After Pagefind (scripts/build.ts): read the index's fragments (what search actually holds, page
 * by page) and write
 *   <site>/soeg/ordliste/<letter>.json  the vocabulary for «Mente du …?» and æ/ø/å typed as ae/oe/aa,
 *                                        one small shard per first letter, fetched only when needed;
 *   <site>/soeg/filtre.json             the filter counts and the archive's first and last month, so
 *                                        the search page shows its filters without loading Pagefind's
 *                                        filter index before anyone searches;
 * and make Pagefind's chunk bounds contiguous (chunk-bounds.ts), so a common word fetches one chunk.
 * Run by scripts/search-vocabulary.ts <site folder>.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixChunkBounds } from './chunk-bounds.ts';
import { Collector, mergeCollected, type Collected, type Fragment, type WordStats } from './collect.ts';
import { readBundle, writeFirstResults } from './first-results.ts';
import { chunkStartShards } from '../../../src/lib/search/prefix-chunks.ts';
import { fragmentFiles } from '../search-index/fragments.ts';
import { digraphFold, shardKey, type VocabularyEntry } from '../../../src/lib/search/vocabulary.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';

export { collect, mergeCollected, type Collected } from './collect.ts';

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
 * (scripts/lib/search-index/shards.ts): each shard's own collection is kept beside its bundle, so a
 * warm rebuild reads only the fragments of the shards that changed. Otherwise from the site's fragments.
 */
export async function collectSite(site: string, shardDirs?: readonly string[]): Promise<Collected> {
  if (!shardDirs) return collectFiles(fragmentFiles(join(site, 'pagefind')));
  const parts: Collected[] = [];
  for (const dir of shardDirs) parts.push(await collectShard(dir));
  return mergeCollected(parts);
}

/** A shard's collection: kept beside its bundle after the first time. */
async function collectShard(dir: string): Promise<Collected> {
  // Beside the shard's bundle, not in it: the merge copies the bundle's own files into the site.
  const file = `${dir}${COLLECTED_SUFFIX}`;
  if (existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Omit<Collected, 'words'> & { words: StoredWord[] };
    const words = new Map(
      c.words.map(([k, pages, forms, capitalised, total]) => [k, { pages, forms: new Map(forms), capitalised, total }]),
    );
    return { ...c, words };
  }
  const c = collectFiles(fragmentFiles(dir));
  const words: StoredWord[] = [...c.words].map(([k, w]) => [k, w.pages, [...w.forms], w.capitalised, w.total]);
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...c, words }));
  renameSync(`${file}.tmp`, file);
  return c;
}

/** <site>/soeg/stykker/<key>.json: the word-index chunks' starts by first letter (src/lib/search/prefix-chunks.ts); returns the keys. */
function writeChunkStarts(site: string): string[] {
  const out = join(site, 'soeg', 'stykker');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { chunks } = readBundle(join(site, 'pagefind'));
  const shards = chunkStartShards(chunks.map((c) => c.from));
  for (const [key, starts] of shards) writeFileSync(join(out, `${key}.json`), JSON.stringify(starts));
  return [...shards.keys()].sort();
}

export function entries(words: Map<string, WordStats>): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  for (const [key, s] of words) {
    const name = s.capitalised * 2 >= s.total && s.capitalised > 0;
    let form = key;
    if (name) {
      let best = 0;
      for (const [f, n] of s.forms) if (/^\p{Lu}/u.test(f) && n > best) [form, best] = [f, n];
    }
    out.push([form, s.pages, name ? 1 : 0]);
  }
  // Each word folded once, not at every comparison (a large archive has hundreds of thousands).
  const folded = new Map(out.map((e) => [e, digraphFold(e[0])]));
  return out.sort((a, b) => {
    const x = folded.get(a) as string;
    const y = folded.get(b) as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * Write the vocabulary shards, the precomputed first results (first-results.ts) and filtre.json into
 * a built site, and fix its chunk bounds. `base` is the site's base path.
 */
export async function writeSearchFiles(
  site: string,
  base: string,
  options: { firstResultsBudget?: number; firstResultsKeep?: number; shardDirs?: readonly string[] | undefined } = {},
): Promise<void> {
  const { words, counts, months, pages } = await collectSite(site, options.shardDirs);
  const shards = new Map<string, VocabularyEntry[]>();
  for (const e of entries(words)) {
    const key = shardKey(e[0]);
    const list = shards.get(key) ?? [];
    list.push(e);
    shards.set(key, list);
  }
  const out = join(site, 'soeg', 'ordliste');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [key, list] of shards) writeFileSync(join(out, `${key}.json`), JSON.stringify({ words: list }));
  fixChunkBounds(join(site, 'pagefind'));
  const chunkStarts = writeChunkStarts(site);
  const first = await writeFirstResults(site, words.keys(), base, { budget: options.firstResultsBudget, keep: options.firstResultsKeep });
  writeFileSync(
    join(site, 'soeg', 'filtre.json'),
    JSON.stringify({
      pages,
      counts,
      months: { first: months[0] ?? null, last: months.at(-1) ?? null },
      shards: [...shards.keys()].sort(),
      answers: first.shards,
      chunkStarts,
    }),
  );
  console.log(`  Ordliste: ${formatNumber(words.size, 0)} ord i ${shards.size} filer; filtre for ${formatNumber(pages, 0)} sider`);
  if (first.queries > 0)
    console.log(
      `  Første resultater: ${formatNumber(first.queries, 0)} af ${formatNumber(first.over, 0)} almindelige ord besvaret på forhånd ` +
        (first.budget > 0
          ? `(ordindeks over ${formatNumber(first.budget / 1000, 1)} KB pr. søgning), `
          : '(sidetabellen alene er over søgebudgettet), ') +
        `${formatNumber(first.bytes / 1000, 0)} KB`,
    );
}
