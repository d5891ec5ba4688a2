/**
 * Every precomputed answer is what a visitor's fresh search shows. Pagefind matches a query word
 * against every loaded index word it begins, and a fresh search loads only the file its own query
 * needs; one Pagefind instance answering »skole«, then »skolen«, then »skolerne« had the earlier
 * words' files loaded and gave another order than a fresh search (found at 20,000 letters: 6 of
 * 300 answers, »skolerne« 18,223 results instead of 15,232).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexInShards } from '../../scripts/lib/search-index/shards.ts';
import { fixChunkBounds } from '../../scripts/lib/search/chunk-bounds.ts';
import { writeChunkStarts } from '../../scripts/lib/search/post-index.ts';
import { answerFor, writeFirstResults } from '../../scripts/lib/search/first-results.ts';
import { loadNodePagefind } from '../../scripts/lib/search/node-pagefind.ts';
import { siteDeps } from '../../src/client/site-files.ts';
import { firstResultsAnswerPath, firstResultsShardPath } from '../../src/lib/search/first-results.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/pagefind-api.ts';
import { MAX_PREFIX_CHUNKS } from '../../src/lib/search/prefix-chunks.ts';

// Words of one stem (skol) and compounds it begins, each on its own share of the pages.
const WORDS = ['skole', 'skolen', 'skolerne', 'skolereform', 'skoleelever', 'skolebestyrelsen', 'kommunen', 'fritid'];
const on = (i: number): string[] =>
  [
    i % 2 === 0 && 'skolen',
    'skolereform',
    i % 3 === 0 && 'skoleelever',
    'kommunen',
    i % 5 === 0 && 'skole',
    i % 7 === 0 && 'skolerne',
    i % 4 === 0 && 'skolebestyrelsen',
    // More compounds of the stems on every page, so their words fill more chunks than MAX_PREFIX_CHUNKS.
    'skoleleder skoletid skolevej skolebus',
    i % 3 === 0 && 'fritid',
    'fritidsliv fritidsklub fritidshjem fritidsjob fritidspas',
  ].filter((w): w is string => typeof w === 'string');

mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-fresh-')));
const site = join(work, 'site');
const siteUrl = `${pathToFileURL(site).href}/`;
let chunkStarts: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 40; i++) {
    mkdirSync(join(site, 'breve', `b${i}`), { recursive: true });
    writeFileSync(
      join(site, 'breve', `b${i}`, 'index.html'),
      `<!doctype html><html lang="da"><head><title>Brev ${i}</title></head><body><main><div data-pagefind-body>` +
        `<h1>Brev ${i}</h1><p>Her står ${on(i).join(' og ')} ${i}.</p></div></main></body></html>`,
    );
  }
  mkdirSync(join(site, 'soeg'), { recursive: true });
  // Small word-index files, so the words of one stem lie in several.
  await indexInShards({ site, cacheDir: join(work, 'cache'), maxPages: 10, chunkSize: 5, lengthRatio: 1 });
  fixChunkBounds(join(site, 'pagefind'));
  // The engine loads the chunks a stem begins (src/lib/search/prefix-chunks.ts).
  chunkStarts = writeChunkStarts(site);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function freshAnswer(q: string) {
  const pf = await loadNodePagefind(site, { baseUrl: '/', ...PAGEFIND_OPTIONS });
  try {
    return await answerFor(siteDeps(pf, siteUrl), q);
  } finally {
    await pf.destroy();
  }
}

function written(q: string): unknown {
  const shard = JSON.parse(readFileSync(join(site, firstResultsShardPath(q[0] as string)), 'utf8')) as Record<string, string>;
  return JSON.parse(readFileSync(join(site, firstResultsAnswerPath(shard[q] as string)), 'utf8'));
}

describe('precomputed answers are fresh searches', () => {
  it.each([1, 2])(
    'with %i worker thread(s), every answer equals a fresh search for its word',
    async (workers) => {
      const r = await writeFirstResults(site, WORDS, '/', { budget: 1, workers });
      expect(r.queries).toBe(WORDS.length);
      // What the search page reads to know which words are answered (post-index.ts writes it after the answers).
      const info = { pages: 40, counts: {}, months: { first: null, last: null }, shards: [], answers: r.shards, chunkStarts };
      writeFileSync(join(site, 'soeg', 'filtre.json'), JSON.stringify(info));
      for (const q of WORDS) expect({ q, answer: written(q) }).toEqual({ q, answer: await freshAnswer(q) });
      // »fritid« begins more chunks than a search that is not answered loads (MAX_PREFIX_CHUNKS):
      // the answer still has every page with a word it begins, as a small archive's search does.
      const starts = JSON.parse(readFileSync(join(site, 'soeg', 'stykker', 'f.json'), 'utf8')) as string[];
      expect(starts.filter((s) => s.startsWith('fritid')).length).toBeGreaterThan(MAX_PREFIX_CHUNKS);
      expect((written('fritid') as { count: number }).count).toBe(40);
    },
    120_000,
  );
});
