/**
 * A worker thread of first-results.ts: answers the groups of queries it is handed one at a time
 * (asking for the next when done), so the build's two cores share the searches.
 *
 * Each answer is what a visitor's fresh search shows. Pagefind matches a query word against every
 * loaded index word it begins, and a fresh search loads only the file whose word range holds the
 * word. One instance answering word after word gave, at 20,000 letters, 6 of 300 answers another
 * count or order than a fresh search («skolerne» 18,223 results instead of 15,232): the files of
 * earlier words held words that «skolerne»'s stem begins. So a word is answered by the thread's
 * instance only when (1) Pagefind's preload for it reads the file predicted (freshChunk) or that file
 * is already loaded, (2) no other loaded file may hold a word its stem begins (chunksFor) or a shorter
 * word the query begins with (prefixChunks, Pagefind's fallback when nothing matches), and (3) the
 * engine searched only once (its «Mente du …?» searches look up other words); otherwise by a new
 * instance.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadNodePagefind, watchFileReads } from './node-pagefind.ts';
import { answerFor, chunksFor, freshChunk, pagefindStem, prefixChunks, readBundle, type FirstResultsMessage } from './first-results.ts';
import { siteDeps } from '../../../src/client/site-files.ts';
import { PAGEFIND_OPTIONS, type Pagefind } from '../../../src/lib/search/pagefind-api.ts';

const port = parentPort;
if (!port) throw new Error('first-results-worker.ts runs as a worker thread');
const { site, base } = workerData as { site: string; base: string };
const siteUrl = `${pathToFileURL(site).href}/`;

/** Word-index files the current instance has read. */
let loaded = new Set<string>();
watchFileReads((path) => {
  if (path.endsWith('.pf_index')) loaded.add(path);
});
let pf: Pagefind | undefined;

async function fresh(): Promise<Pagefind> {
  await pf?.destroy();
  loaded = new Set();
  pf = await loadNodePagefind(site, { baseUrl: base, ...PAGEFIND_OPTIONS });
  return pf;
}

const { chunks } = readBundle(join(resolve(site), 'pagefind'));

/** A search that counts its calls, so a reused instance's answer can be refused when the engine searched again. */
function counting(instance: Pagefind) {
  const counter = { searches: 0 };
  const search: Pagefind['search'] = (term, options) => {
    counter.searches++;
    return instance.search(term, options);
  };
  return { pf: { ...instance, search }, counter };
}

async function answerFresh(q: string) {
  if (pf) {
    const before = new Set(loaded);
    await pf.preload(q);
    const added = [...loaded].filter((f) => !before.has(f));
    const at = freshChunk(q, chunks);
    const file = at === undefined ? undefined : chunks[at]?.file;
    const predicted = file !== undefined && (added.length === 0 ? before.has(file) : added.length === 1 && added[0] === file);
    // Files that may hold a word the stem begins, or a shorter word the query begins with.
    const matters = [...chunksFor(pagefindStem(q), chunks), ...prefixChunks(q, chunks)];
    const others = matters.some((i) => chunks[i]?.file !== file && loaded.has(chunks[i]?.file ?? ''));
    if (predicted && !others) {
      const { pf: watched, counter } = counting(pf);
      const a = await answerFor(siteDeps(watched, siteUrl), q);
      if (counter.searches === 1) return a;
    }
  }
  return answerFor(siteDeps(await fresh(), siteUrl), q);
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
