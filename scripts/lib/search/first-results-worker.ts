/**
 * A worker thread of first-results.ts: loads the site's Pagefind bundle once and answers the queries
 * it is given, so the build's two cores share the searches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { loadNodePagefind } from './node-pagefind.ts';
import { answerFor } from './first-results.ts';
import { loadShard } from '../../../src/client/site-files.ts';
import { PAGEFIND_OPTIONS } from '../../../src/lib/search/pagefind-api.ts';

const { site, base, queries } = workerData as { site: string; base: string; queries: string[] };
const pf = await loadNodePagefind(site, { baseUrl: base, ...PAGEFIND_OPTIONS });
const siteUrl = `${pathToFileURL(site).href}/`;
const deps = { pf, shard: (key: string) => loadShard(siteUrl, key) };
for (const q of queries) parentPort?.postMessage(await answerFor(deps, q));
