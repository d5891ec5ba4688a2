/**
 * A worker thread of first-results.ts: answers the groups of queries it is handed one at a time
 * (asking for the next when done), so the build's two cores share the searches.
 *
 * Each answer is what a visitor's fresh search shows. Pagefind matches a query word against every
 * loaded index word it begins, and a fresh search loads only the files Pagefind asks for the word
 * (the one whose word range holds it, and its stem's) and the prefix chunks the engine preloads for
 * its stem (prefix-chunks.ts; for an answered word up to MAX_ANSWERED_PREFIX_CHUNKS, so the thread
 * tells the engine which words are answered: their lists are written after the answers). One
 * instance answering word after word gave, at 20,000 letters, 6 of 300 answers another count or
 * order than a fresh search (»skolerne« 18,223 results instead of 15,232): the files of earlier
 * words held words that »skolerne«'s stem begins. So the thread's
 * instance answers a word only when
 * - it holds exactly what a fresh search for a word with the same stem and file loaded, and nothing
 *   more (the files a search loads depend only on those two), or
 * - Pagefind's preload for the word reads the file predicted (freshChunk) or that file is already
 *   loaded, and no other loaded file may hold a word its stem begins (chunksFor) or a shorter word
 *   the query begins with (prefixChunks, Pagefind's fallback when nothing matches), bar the files
 *   the engine loads for the word in any case (answeredPrefixChunks);
 * and the engine searched only once (its »Mente du …?« searches look up other words); otherwise a
 * new instance answers it.
 *
 * The thread reads Pagefind's search results leanly (lean-results.ts): all results count, but only
 * the first `keep` real and the first `keep` example pages carry their matches and page data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNodePagefind, watchFileReads } from './node-pagefind.ts';
import {
  answerFor,
  answeredPrefixChunks,
  chunksFor,
  freshChunk,
  pagefindStem,
  prefixChunks,
  readBundle,
  type FirstResultsMessage,
} from './first-results.ts';
import { siteDeps } from '../../../src/client/site-files.ts';
import { PAGEFIND_OPTIONS, type Pagefind } from '../../../src/lib/search/pagefind-api.ts';
import { firstResultsKey, type FirstResultsAnswer } from '../../../src/lib/search/first-results.ts';
import { leanSearchJson } from './lean-results.ts';
import { firstOfEachKind } from '../../../src/lib/search/ordering.ts';

const port = parentPort;
if (!port) throw new Error('first-results-worker.ts runs as a worker thread');
const { site, base, keep, queries } = workerData as { site: string; base: string; keep: number; queries: string[] };
/** The queries the build answers (the answer lists are written after them): siteDeps' `answered`. */
const answeredSet = new Set(queries);
const answered = (term: string) => Promise.resolve(answeredSet.has(firstResultsKey(term) ?? ''));
// This thread's own JSON.parse (a worker has its own globals): pagefind.js parses its search results
// with it; every other text is parsed as before.
const parse = JSON.parse;
JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) =>
  (reviver === undefined && typeof text === 'string' ? leanSearchJson(text, keep) : undefined) ??
  parse(text, reviver)) as typeof JSON.parse;
const notKept = (): never => {
  throw new Error(`first-results worker: only the first ${keep} results of a search carry their page data`);
};
const siteUrl = `${pathToFileURL(site).href}/`;

/** Word-index files the current instance has read. */
let loaded = new Set<string>();
watchFileReads((path) => {
  if (path.endsWith('.pf_index')) loaded.add(path);
});
let pf: Pagefind | undefined;
/** Set while the instance holds exactly the files of a fresh search for a word with this stem and file (freshChunk). */
let freshFor: { stem: string; chunk: number | undefined } | undefined;

/** The next fresh instance, made while the current one answers (createNodePagefind says why). */
let spare: Promise<Pagefind> | undefined;
const newInstance = () => createNodePagefind(site, { baseUrl: base, ...PAGEFIND_OPTIONS });

async function fresh(): Promise<Pagefind> {
  await pf?.destroy();
  loaded = new Set();
  freshFor = undefined;
  pf = await (spare ?? newInstance());
  spare = newInstance();
  return pf;
}

const { chunks } = readBundle(join(resolve(site), 'pagefind'));

/** The answer, and whether the engine searched once and loaded no index file the instance did not hold. */
async function answerOn(instance: Pagefind, q: string): Promise<{ answer: FirstResultsAnswer; once: boolean; added: number }> {
  let searches = 0;
  // Counts the engine's searches, so an answer can be refused when it searched again.
  // A result after the first `keep` has no matches (lean-results.ts): using its page data is an error, not a wrong answer.
  const search: Pagefind['search'] = async (term, options) => {
    searches++;
    const found = await instance.search(term, options);
    const kept = firstOfEachKind(
      found.results.map((r) => r.id),
      keep,
    );
    // In place: pagefind.js makes new result objects for every search, and copying 20,000 of them
    // for each of 300 searches only fed the garbage collector.
    found.results.forEach((r, i) => {
      if (!kept[i]) r.data = notKept;
    });
    return found;
  };
  const before = loaded.size;
  const answer = await answerFor({ ...siteDeps({ ...instance, search }, siteUrl), answered }, q);
  return { answer, once: searches === 1, added: loaded.size - before };
}

/** True when no loaded file but the one a fresh search reads may hold a word that changes q's results. */
async function onlyItsOwnFile(instance: Pagefind, q: string, file: string | undefined): Promise<boolean> {
  const before = new Set(loaded);
  await instance.preload(q);
  const added = [...loaded].filter((f) => !before.has(f));
  const predicted = file !== undefined && (added.length === 0 ? before.has(file) : added.length === 1 && added[0] === file);
  // The files the engine loads for q in any case may be loaded already: a fresh search has them too.
  const loads = new Set(answeredPrefixChunks(q, chunks));
  const matters = [...chunksFor(pagefindStem(q), chunks), ...prefixChunks(q, chunks)].filter((i) => !loads.has(i));
  return predicted && !matters.some((i) => chunks[i]?.file !== file && loaded.has(chunks[i]?.file ?? ''));
}

async function answerFresh(q: string): Promise<FirstResultsAnswer> {
  const stem = pagefindStem(q);
  const chunk = freshChunk(q, chunks);
  if (pf && freshFor?.stem === stem && freshFor.chunk === chunk) {
    // Loading nothing new is the check that a fresh search for q reads the same files.
    const r = await answerOn(pf, q);
    if (r.once && r.added === 0) return r.answer;
  } else if (pf && (await onlyItsOwnFile(pf, q, chunk === undefined ? undefined : chunks[chunk]?.file))) {
    const r = await answerOn(pf, q);
    freshFor = undefined;
    if (r.once) return r.answer;
  }
  const r = await answerOn(await fresh(), q);
  if (r.once) freshFor = { stem, chunk };
  return r.answer;
}

const send = (m: FirstResultsMessage) => port.postMessage(m);
// One group at a time: the next message comes only after this one's answers and "ready".
port.on('message', (m: { queries: string[] | null }) => {
  if (!m.queries) return port.close();
  // A failed search rejects unhandled, which ends the thread with an error the build reports.
  void (async () => {
    for (const q of m.queries ?? []) send({ answer: await answerFresh(q) });
    send({ ready: true });
  })();
});
send({ ready: true });
