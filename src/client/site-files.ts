/**
 * The small files the build writes for the search page (scripts/lib/search/post-index.ts):
 * filter counts and the archive's first and last month, and the vocabulary shards. Fetched with
 * the site's base path, each at most once per page view; a missing file means "nothing known".
 */
import {
  firstResultsAnswerPath,
  firstResultsKey,
  firstResultsShardKey,
  firstResultsShardPath,
  type FirstResultsAnswer,
  type FirstResultsShard,
} from '../lib/search/first-results.ts';
import type { FilterCounts, Pagefind } from '../lib/search/pagefind-api.ts';
import type { EngineDeps } from '../lib/search/engine.ts';
import { searchDataPath } from '../lib/routes.ts';
import { chunkStartsKey, wordsToPreload } from '../lib/search/prefix-chunks.ts';
import { correctableWords, queryWords } from '../lib/search/query-words.ts';
import { pagefindStem } from '../lib/search/stem.ts';
import { shardKey, type VocabularyShard } from '../lib/search/vocabulary.ts';

export interface FilterInfo {
  pages: number;
  counts: FilterCounts;
  months: { first: string | null; last: string | null };
  /** Keys of the vocabulary shards that exist, so a missing one is never requested. */
  shards: string[];
  /** Shards of precomputed first results (lib/search/first-results.ts) that exist; none on a small site. */
  answers?: string[];
  /** Keys of the files of word-index chunk starts that exist (lib/search/prefix-chunks.ts). */
  chunkStarts?: string[];
}

const cache = new Map<string, Promise<unknown>>();

function getJson<T>(url: string): Promise<T | undefined> {
  let p = cache.get(url) as Promise<T | undefined> | undefined;
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<T>) : undefined))
      .catch(() => undefined);
    cache.set(url, p);
  }
  return p;
}

export function loadFilterInfo(base: string): Promise<FilterInfo | undefined> {
  return getJson<FilterInfo>(`${base}${searchDataPath('filtre')}`);
}

/** The starts of the word-index chunks listed under a key (lib/search/prefix-chunks.ts), or undefined. */
export async function loadChunkStarts(base: string, key: string): Promise<string[] | undefined> {
  // Without filtre.json (the build's answers are computed before it is written), the file is asked for.
  const info = await loadFilterInfo(base);
  if (info && !(info.chunkStarts ?? []).includes(key)) return undefined;
  return getJson<string[]>(`${base}${searchDataPath(`stykker/${key}`)}`);
}

/**
 * Ask now for the chunk-start lists a search for `term` reads first (engine-search.ts,
 * loadPrefixChunks: one per query word's first letter), so they are here when the search starts
 * after the typing pause instead of costing it a round trip. Each list is fetched once per page view.
 */
export function prefetchChunkStarts(base: string, term: string): void {
  for (const key of chunkStartKeys(queryWords(term))) void loadChunkStarts(base, key);
}

/** The keys of the chunk-start lists for these query words, once each. */
function chunkStartKeys(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => chunkStartsKey(pagefindStem(w))))];
}

/**
 * While the visitor types, load what the search after the typing pause will read, so it is not
 * fetched and unpacked inside that pause's wait: the word-index chunks of the words typed so far
 * (prefix-chunks.ts, wordsToPreload: the chunks the search will read, bar a rare stemming exception) and the vocabulary
 * shard of a word with ae/oe/aa (engine.ts reads it for every such word). `term` is normalised;
 * `lastDone` says the visitor ended it with a space.
 */
export async function preloadTyped(pf: Pagefind, base: string, term: string, lastDone: boolean): Promise<void> {
  for (const w of correctableWords(term)) if (/ae|oe|aa/i.test(w)) void loadShard(base, shardKey(w));
  const words = queryWords(term);
  const keys = chunkStartKeys(words);
  const lists = new Map(await Promise.all(keys.map(async (k) => [k, await loadChunkStarts(base, k)] as const)));
  const answered = words.length === 1 ? await answeredWords(base, words[0] ?? '') : [];
  const mayBeAnswered = (w: string) => answered === undefined || answered.some((k) => k.startsWith(w.toLowerCase()));
  for (const w of wordsToPreload(words, lastDone, (key) => lists.get(key), mayBeAnswered)) await pf.preload(w);
}

/** The words the build answers ahead in the shard a word would be listed in; undefined when unknown. */
async function answeredWords(base: string, word: string): Promise<string[] | undefined> {
  const key = firstResultsKey(word);
  if (key === undefined) return [];
  const ids = await loadAnswerShard(base, key);
  return ids ? Object.keys(ids) : undefined;
}

/**
 * The build's list of words answered ahead (word → answer id) in the shard a key is listed in: empty
 * when the site has no such shard, undefined when that cannot be known (no filtre.json, or the
 * shard could not be fetched).
 */
async function loadAnswerShard(base: string, key: string): Promise<FirstResultsShard | undefined> {
  const shard = firstResultsShardKey(key);
  const info = await loadFilterInfo(base);
  if (!info) return undefined;
  if (!info.answers?.includes(shard)) return {};
  return getJson<FirstResultsShard>(`${base}${firstResultsShardPath(shard)}`);
}

/** What the search engine reads besides Pagefind, from the site at `base`: the same for the page, the build's answers and the gold set. */
export function siteDeps(pf: Pagefind, base: string): EngineDeps {
  return {
    pf,
    shard: (key) => loadShard(base, key),
    chunkStarts: (key) => loadChunkStarts(base, key),
    answered: (term) => isAnswered(base, term),
  };
}

/** Whether the build answered this query ahead: it is listed in its shard of answers. */
export async function isAnswered(base: string, term: string): Promise<boolean> {
  const key = firstResultsKey(term);
  if (key === undefined) return false;
  const ids = await loadAnswerShard(base, key);
  return ids !== undefined && Object.hasOwn(ids, key);
}

export async function loadShard(base: string, key: string): Promise<VocabularyShard | undefined> {
  const info = await loadFilterInfo(base);
  if (info && !info.shards.includes(key)) return undefined;
  return getJson<VocabularyShard>(`${base}${searchDataPath(`ordliste/${encodeURIComponent(key)}`)}`);
}

/** The build's precomputed first results for a query, or undefined when it has none (most queries). */
export async function loadFirstResults(base: string, term: string): Promise<FirstResultsAnswer | undefined> {
  const key = firstResultsKey(term);
  if (key === undefined) return undefined;
  const ids = await loadAnswerShard(base, key);
  const id = ids && Object.hasOwn(ids, key) ? ids[key] : undefined;
  if (id === undefined) return undefined;
  const answer = await getJson<FirstResultsAnswer>(`${base}${firstResultsAnswerPath(id)}`);
  return answer?.q === key ? answer : undefined;
}
