/**
 * The build's precomputed first results on a real Pagefind bundle (indexed in shards and merged, as
 * npm run build does): a word on every page gets an answer, a rare word none; the answer is exactly
 * what the search page would show (engine.ts over Pagefind, first page as result-view.ts shows it);
 * the search page's reader (site-files.ts) finds it through filtre.json and the shard list. The
 * answers read all but the first results leanly (lean-results.ts), and are still exactly that.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexInShards } from '../../scripts/lib/search-index/shards.ts';
import { loadNodePagefind } from '../../scripts/lib/search/node-pagefind.ts';
import { answerFor, chunkBytesFor, pagefindStem, readBundle } from '../../scripts/lib/search/first-results.ts';
import { writeSearchFiles } from '../../scripts/lib/search/post-index.ts';
import { fixChunkBounds } from '../../scripts/lib/search/chunk-bounds.ts';
import { loadFirstResults, siteDeps } from '../../src/client/site-files.ts';
import { PAGEFIND_OPTIONS, type Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { resultView } from '../../src/lib/search/result-view.ts';

const COMMON = 'kommunen';
const RARE = 'sjældenhed';

function page(i: number): string {
  const common = Array.from({ length: 1 + (i % 4) }, () => COMMON).join(' og ');
  const rare = i === 3 ? ` Et ord om ${RARE}.` : '';
  return `<!doctype html><html lang="da"><head><title>Brev ${i}</title></head><body><main>
<div data-pagefind-body><h1>Brev nummer ${i}</h1>
<p id="afsnit-1">Indledning om budget ${i} og integration i byen.</p>
<p id="afsnit-2">Her står ${common} ${i}.${rare}</p></div></main></body></html>`;
}

mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-first-')));
const site = join(work, 'site');
const siteUrl = `${pathToFileURL(site).href}/`;
let pf: Pagefind;

beforeAll(async () => {
  for (let i = 0; i < 40; i++) {
    mkdirSync(join(site, 'breve', `b${i}`), { recursive: true });
    writeFileSync(join(site, 'breve', `b${i}`, 'index.html'), page(i));
  }
  mkdirSync(join(site, 'soeg'), { recursive: true });
  await indexInShards({ site, cacheDir: join(work, 'cache'), maxPages: 10, chunkSize: 60, lengthRatio: 1 });
  // A budget between the two words' index files: the common word is over it, the rare one is not.
  fixChunkBounds(join(site, 'pagefind'));
  const { chunks } = readBundle(join(site, 'pagefind'));
  const common = chunkBytesFor(pagefindStem(COMMON), chunks);
  const rare = chunkBytesFor(pagefindStem(RARE), chunks);
  expect(common).toBeGreaterThan(rare);
  // Ten results kept in full of the common word's 40: the other 30 are read leanly (lean-results.ts).
  await writeSearchFiles(site, '/', { firstResultsBudget: Math.floor((common + rare) / 2), firstResultsKeep: 10 });
  pf = await loadNodePagefind(site, { baseUrl: '/', ...PAGEFIND_OPTIONS });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('precomputed first results', () => {
  it('lists the answer shards in filtre.json', () => {
    const info = JSON.parse(readFileSync(join(site, 'soeg', 'filtre.json'), 'utf8')) as { answers: string[] };
    expect(info.answers).toEqual(['k']);
  });

  it('answers the common word with what the search page would show', async () => {
    const answer = await loadFirstResults(siteUrl, COMMON);
    expect(answer).toBeDefined();
    const found = await pf.search(COMMON);
    expect(answer?.count).toBe(found.results.length);
    expect(answer?.count).toBe(40);
    expect(answer?.ids).toEqual(found.results.slice(0, 10).map((r) => r.id));
    const views = await Promise.all(found.results.slice(0, 10).map(async (r) => resultView(await r.data(), true)));
    expect(answer?.views).toEqual(views);
    expect(answer?.views[0]?.url).toMatch(/^\/breve\/b\d+\/$/);
    expect(answer?.views[0]?.hits[0]?.excerpt).toContain('<mark>');
    expect(answer).toEqual(await answerFor(siteDeps(pf, siteUrl), COMMON));
  });

  it('answers the word however it is capitalised, and not a rare word, a phrase or two words', async () => {
    expect((await loadFirstResults(siteUrl, 'Kommunen'))?.q).toBe(COMMON);
    expect(await loadFirstResults(siteUrl, RARE)).toBeUndefined();
    expect(await loadFirstResults(siteUrl, `${COMMON} budget`)).toBeUndefined();
    expect(await loadFirstResults(siteUrl, `"${COMMON}"`)).toBeUndefined();
  });
});
