/**
 * The build's precomputed first results (src/lib/search/first-results.ts says why and what the
 * files are). Which queries get one: every word of the archive (as written, and Pagefind's own index
 * words) whose search would fetch word-index files larger than the search budget leaves room for,
 * given the site's page table and ten result fragments. A query's files are the chunks Pagefind
 * loads for it: those holding its stem and every word the stem begins (Pagefind matches prefixes).
 * The stem is Pagefind's (src/lib/search/stem.ts).
 * Each answer is what the search page would show: engine.ts over Pagefind's own bundle in Node.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readPagefindFile, unpackPagefindFile } from '../search-index/cbor.ts';
import { indexWordForms } from '../search-index/word-index.ts';
import { compareWords } from '../search-index/merge-words.ts';
import { OVER_STEMMED_CHECK, runSearch, type EngineDeps } from '../../../src/lib/search/engine.ts';
import {
  FIRST_RESULTS_PAGE,
  firstResultsAnswerPath,
  firstResultsShardKey,
  firstResultsShardPath,
  type FirstResultsAnswer,
  type FirstResultsShard,
} from '../../../src/lib/search/first-results.ts';
import { resultView } from '../../../src/lib/search/result-view.ts';
import { pagefindStem, pagefindTerm } from '../../../src/lib/search/stem.ts';
import { prefixChunkLimit, prefixChunkStarts } from '../../../src/lib/search/prefix-chunks.ts';

export { pagefindStem, pagefindTerm };

/** Bytes on the wire a search may fetch (product.md; the bench's budget). */
export const SEARCH_BYTES_BUDGET = 150_000;
/** Room for what else a search fetches: Pagefind's entry file, the answer lists, headers. */
const OTHER_BYTES = 8_000;
/**
 * Word-index files larger than this are answered ahead even when the byte budget would allow them:
 * the browser must also unpack them and rank every page they list, and the search budget is 300 ms.
 * Measured on the 5,000-letter bench: a word with 34.5 KB of index took 338 ms to its first results,
 * words with up to 12 KB 190–250 ms.
 */
export const MAX_CHUNK_BYTES = 16_000;

export interface ChunkInfo {
  from: string;
  to: string;
  bytes: number;
}

/** The word-index files (places in `chunks`) that may hold words a stem begins: its chunk and every chunk of such words. */
export function chunksFor(stem: string, chunks: readonly ChunkInfo[]): number[] {
  const out: number[] = [];
  chunks.forEach((c, i) => {
    if (c.to >= stem && (c.from <= stem || c.from.startsWith(stem))) out.push(i);
  });
  return out;
}

/** Bytes of the word-index files Pagefind loads for a stem: its chunk and every chunk of words it begins. */
export function chunkBytesFor(stem: string, chunks: readonly ChunkInfo[]): number {
  return chunksFor(stem, chunks).reduce((sum, i) => sum + (chunks[i] as ChunkInfo).bytes, 0);
}

/** The word-index file (place in `chunks`) a fresh search for a word loads: the one whose word range holds it. */
export function freshChunk(word: string, chunks: readonly ChunkInfo[]): number | undefined {
  const term = pagefindTerm(word);
  const at = chunks.findIndex((c) => compareWords(term, c.from) >= 0 && compareWords(term, c.to) <= 0);
  return at >= 0 ? at : undefined;
}

/**
 * The word-index files (places in `chunks`) that may hold a word the query word begins with: when a
 * word finds nothing, Pagefind matches such shorter words instead (weak-match.ts), so they too must
 * not be loaded from another word's search when an answer is to be a fresh search's.
 */
export function prefixChunks(word: string, chunks: readonly ChunkInfo[]): number[] {
  const term = pagefindTerm(word);
  const out = new Set<number>();
  for (let n = 1; n < term.length; n++) {
    const at = freshChunk(term.slice(0, n), chunks);
    if (at !== undefined) out.add(at);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The word-index files (places in `chunks`) the search engine loads besides Pagefind's own for a
 * query the build answers: those beginning with its stem, up to prefixChunkLimit
 * (src/lib/search/prefix-chunks.ts, loadPrefixChunks).
 */
export function answeredPrefixChunks(word: string, chunks: readonly ChunkInfo[]): number[] {
  const stem = pagefindStem(word);
  const starts = prefixChunkStarts(
    stem,
    chunks.map((c) => c.from),
    prefixChunkLimit(stem, true),
  );
  const wanted = new Set(starts);
  return chunks.flatMap((c, i) => (wanted.has(c.from) ? [i] : []));
}

/**
 * The queries in groups by the word-index file a fresh search for them loads (Pagefind loads the
 * file whose word range holds the query word), heaviest group first, each group's queries in their
 * given order but words of one stem together (a search loads the same files for them). A group is
 * handed to one worker thread, which keeps that file loaded while it answers the group's words
 * (first-results-worker.ts says when an instance may be reused).
 */
export function answerGroups(queries: readonly string[], chunks: readonly ChunkInfo[]): string[][] {
  const groups = new Map<string, { queries: string[]; bytes: number }>();
  for (const q of queries) {
    const at = freshChunk(q, chunks);
    // A word in no file's range is a group of its own.
    const key = at !== undefined ? `#${at}` : `q:${q}`;
    const g = groups.get(key) ?? { queries: [], bytes: 0 };
    g.queries.push(q);
    g.bytes += chunkBytesFor(pagefindStem(q), chunks);
    groups.set(key, g);
  }
  // Heaviest first, so the last ones handed out are small and both threads finish together.
  return [...groups.values()]
    .sort((a, b) => b.bytes - a.bytes || compareWords(a.queries[0] as string, b.queries[0] as string))
    .map((g) => {
      // A Map keeps its keys in the order first met: each stem where it first appears.
      const byStem = new Map<string, string[]>();
      for (const q of g.queries) byStem.set(pagefindStem(q), [...(byStem.get(pagefindStem(q)) ?? []), q]);
      return [...byStem.values()].flat();
    });
}

/** The largest word-index files a search may fetch and still stay in budget. */
export function chunkBudget(metaBytes: number, fragmentBytes: number): number {
  return Math.min(MAX_CHUNK_BYTES, SEARCH_BYTES_BUDGET - metaBytes - FIRST_RESULTS_PAGE * fragmentBytes - OTHER_BYTES);
}

export interface Bundle {
  metaBytes: number;
  /** Average result fragment, bytes on disk (gzip). */
  fragmentBytes: number;
  chunks: (ChunkInfo & { file: string })[];
}

/** What a search on this bundle fetches: page table, average fragment, word-index files with their word ranges. */
export function readBundle(pagefindDir: string): Bundle {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = Object.values(entry.languages)[0]?.hash;
  if (!hash) throw new Error(`${pagefindDir}: no language in pagefind-entry.json`);
  const metaFile = join(pagefindDir, `pagefind.${hash}.pf_meta`);
  const meta = readPagefindFile(readFileSync(metaFile), metaFile) as [string, unknown, [string, string, string][]];
  const chunks = meta[2].map(([from, to, h]) => {
    const file = join(pagefindDir, 'index', `${h}.pf_index`);
    return { from, to, bytes: statSync(file).size, file };
  });
  let total = 0;
  let count = 0;
  const fragments = join(pagefindDir, 'fragment');
  for (const dir of readdirSync(fragments, { withFileTypes: true })) {
    const files = dir.isDirectory()
      ? readdirSync(join(fragments, dir.name)).map((f) => join(fragments, dir.name, f))
      : [join(fragments, dir.name)];
    for (const f of files) {
      total += statSync(f).size;
      count++;
    }
  }
  return { metaBytes: statSync(metaFile).size, fragmentBytes: count ? total / count : 0, chunks };
}

/**
 * At most this many queries are answered ahead, the heaviest first: each costs a full search at
 * build time (60–800 ms for a word on every page of a 20,000-letter archive, shared by two worker
 * threads), so answering every word over the budget would add a minute to such a build. Words
 * between the budget and the heaviest answered ones still fetch Pagefind's page list; the build log
 * says how many there are ("… af … almindelige ord").
 */
export const MAX_ANSWERS = 300;

/**
 * Results of a search the answers read in full (lean-results.ts): the engine uses no more than the
 * over-stemmed check's (engine.ts); later ones count, in order, without their matches.
 */
export const KEEP_RESULTS = OVER_STEMMED_CHECK;

/**
 * The queries to answer ahead: candidate words whose search would fetch more than `budget` bytes
 * of word index, heaviest first (ties alphabetically), at most `max`; and how many were over.
 */
export function heavyQueries(
  candidates: Iterable<string>,
  chunks: readonly ChunkInfo[],
  budget: number,
  max = MAX_ANSWERS,
): { queries: string[]; over: number } {
  const bytesOf = new Map<string, number>();
  const byStem = new Map<string, number>();
  for (const word of candidates) {
    const key = word.toLowerCase();
    if (bytesOf.has(key)) continue;
    const stem = pagefindStem(key);
    let bytes = byStem.get(stem);
    if (bytes === undefined) byStem.set(stem, (bytes = chunkBytesFor(stem, chunks)));
    bytesOf.set(key, bytes);
  }
  const over = [...bytesOf].filter(([, b]) => b > budget).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { queries: over.slice(0, max).map(([k]) => k), over: over.length };
}

const MIN_INDEX_WORD_CHUNK = 10_000;

/** Index words (stems) and their recorded forms in the chunks larger than the budget: queries people type too. */
function indexWords(chunks: readonly (ChunkInfo & { file: string })[], budget: number): string[] {
  const words: string[] = [];
  for (const c of chunks) {
    // Small chunks never hold a heavy word; when the page table alone is over the budget, every
    // chunk is, and reading them all would only list words no one searches.
    if (c.bytes <= Math.max(budget, MIN_INDEX_WORD_CHUNK)) continue;
    // Only the words and their forms: their pages (most of the file) are skipped, not decoded.
    for (const w of indexWordForms(unpackPagefindFile(readFileSync(c.file), c.file), c.file)) words.push(w);
  }
  return words.filter((w) => /^\p{L}{3,}$/u.test(w));
}

/** The answer the search page would give for a query: engine.ts, then the first page as result-view.ts shows it. */
export async function answerFor(deps: EngineDeps, q: string): Promise<FirstResultsAnswer> {
  const outcome = await runSearch(deps, q);
  const first = outcome.results.slice(0, FIRST_RESULTS_PAGE);
  const views = await Promise.all(first.map(async (r) => resultView(await r.data(), true)));
  return {
    q,
    searched: outcome.searched,
    ...(outcome.restoredFrom ? { restoredFrom: outcome.restoredFrom } : {}),
    suggestions: outcome.suggestions,
    ...(outcome.buried ? { buried: outcome.buried } : {}),
    count: outcome.results.length,
    ids: first.map((r) => r.id),
    views,
  };
}

export interface FirstResultsStats {
  queries: number;
  /** Words over the budget, answered or not. */
  over: number;
  budget: number;
  bytes: number;
}

/**
 * Answer the queries in `workers` worker threads (each loads the bundle once). Each thread asks for
 * the next group (answerGroups) when it is done with one, so a thread that drew heavy words is not
 * handed more; the answers do not depend on which thread gave them.
 */
async function answerAll(
  site: string,
  base: string,
  groups: readonly string[][],
  workers: number,
  keep: number,
): Promise<Map<string, FirstResultsAnswer>> {
  const answers = new Map<string, FirstResultsAnswer>();
  const queue = [...groups];
  // Every query answered: the engine loads more of an answered word's chunks (answeredPrefixChunks).
  const queries = groups.flat();
  await Promise.all(
    Array.from(
      { length: Math.min(workers, groups.length) },
      () =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL('./first-results-worker.ts', import.meta.url), { workerData: { site, base, keep, queries } });
          worker.on('message', (m: FirstResultsMessage) => {
            if ('answer' in m) answers.set(m.answer.q, m.answer);
            else worker.postMessage({ queries: queue.shift() ?? null });
          });
          worker.on('error', fail);
          worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`first-results worker exited with ${code}`))));
        }),
    ),
  );
  return answers;
}

/** From a worker thread: an answer, or that it is ready for the next group. */
export type FirstResultsMessage = { answer: FirstResultsAnswer } | { ready: true };

/**
 * Write the answers and their lists into a built site (after Pagefind and the chunk-bound fix).
 * `words` are the archive's words as written (post-index.ts collects them); `base` is the site's base
 * path, as the search page passes it to Pagefind. Returns the answer shards written.
 */
export async function writeFirstResults(
  site: string,
  words: Iterable<string>,
  base: string,
  options: { budget?: number | undefined; workers?: number; keep?: number | undefined } = {},
): Promise<FirstResultsStats & { shards: string[] }> {
  const pagefindDir = join(site, 'pagefind');
  const bundle = readBundle(pagefindDir);
  const budget = options.budget ?? chunkBudget(bundle.metaBytes, bundle.fragmentBytes);
  const out = join(site, 'soeg', 'svar');
  rmSync(out, { recursive: true, force: true });
  const { queries, over } = heavyQueries([...words, ...indexWords(bundle.chunks, budget)], bundle.chunks, budget);
  if (queries.length === 0) return { queries: 0, over, budget, bytes: 0, shards: [] };

  mkdirSync(out, { recursive: true });
  const groups = answerGroups(queries, bundle.chunks);
  const workers = options.workers ?? Math.max(1, Math.min(2, availableParallelism()));
  const answers = await answerAll(site, base, groups, workers, Math.max(FIRST_RESULTS_PAGE, options.keep ?? KEEP_RESULTS));
  const shards = new Map<string, FirstResultsShard>();
  let bytes = 0;
  for (const q of queries) {
    const answer = answers.get(q);
    if (!answer) throw new Error(`no answer for ${q}`);
    const json = JSON.stringify(answer);
    // Named by content: a changed answer gets a new URL, so no visitor's cache shows an old one.
    const id = createHash('sha256').update(json).digest('base64url').slice(0, 12);
    writeFileSync(join(site, firstResultsAnswerPath(id)), json);
    bytes += json.length;
    const shardKey = firstResultsShardKey(q);
    const shard = shards.get(shardKey) ?? {};
    shard[q] = id;
    shards.set(shardKey, shard);
  }
  for (const [key, shard] of shards) writeFileSync(join(site, firstResultsShardPath(key)), JSON.stringify(shard));
  return { queries: queries.length, over, budget, bytes, shards: [...shards.keys()].sort() };
}
