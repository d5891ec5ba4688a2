/**
 * A worker thread of first-results.ts: answers the groups of queries it is handed one at a time
 * (asking for the next when done), so the build's two cores share the searches.
 *
 * Each answer is what a visitor's fresh search shows. Pagefind's results depend on the word-index
 * files already loaded in its instance: a word is matched against every loaded word it begins, and
 * a fresh search loads only the file its own query needs. One instance answering word after word
 * gave, at 20,000 letters, 6 of 300 answers another count or order than a fresh search («skolerne»
 * 18,223 results instead of 15,232). So an instance is reused only when it holds exactly one index
 * file and the next query needs no other (Pagefind's preload reads none); otherwise the query is
 * answered by a new instance. (The engine's later searches for a query, e.g. for «Mente du …?»,
 * load more files, as they would in the visitor's browser.)
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { loadNodePagefind, watchFileReads } from './node-pagefind.ts';
import { answerFor, type FirstResultsMessage } from './first-results.ts';
import { loadShard } from '../../../src/client/site-files.ts';
import { PAGEFIND_OPTIONS, type Pagefind } from '../../../src/lib/search/pagefind-api.ts';

const port = parentPort;
if (!port) throw new Error('first-results-worker.ts runs as a worker thread');
const { site, base } = workerData as { site: string; base: string };
const siteUrl = `${pathToFileURL(site).href}/`;
const shard = (key: string) => loadShard(siteUrl, key);

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

async function answerFresh(q: string, first: boolean) {
  // Pagefind's preload loads the files the query needs and stops: none read means the one file
  // held is the one this query loads, so the instance is as a fresh one would be after loading it.
  // The first query of a group needs another file than the group before (answerGroups), so it
  // starts a new instance without trying.
  if (!first && pf && loaded.size === 1) {
    await pf.preload(q);
    if (loaded.size === 1) return answerFor({ pf, shard }, q);
  }
  const instance = pf && loaded.size === 0 ? pf : await fresh();
  return answerFor({ pf: instance, shard }, q);
}

const send = (m: FirstResultsMessage) => port.postMessage(m);
// One group at a time: the next message comes only after this one's answers and "ready".
port.on('message', (m: { queries: string[] | null }) => {
  if (!m.queries) return port.close();
  // A failed search rejects unhandled, which ends the thread with an error the build reports.
  void (async () => {
    for (const [i, q] of (m.queries ?? []).entries()) send({ answer: await answerFresh(q, i === 0) });
    send({ ready: true });
  })();
});
send({ ready: true });
