/**
 * Precomputed first results: which queries get one (the Pagefind files they would fetch, against
 * the budget), the Danish stem Pagefind files a word under, and the search page's use of an answer
 * (count, first views, the full search run only for more).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_CHUNK_BYTES,
  SEARCH_BYTES_BUDGET,
  answerGroups,
  chunkBudget,
  chunkBytesFor,
  chunksFor,
  freshChunk,
  prefixChunks,
  heavyQueries,
  pagefindStem,
  pagefindTerm,
  type ChunkInfo,
} from '../../scripts/lib/search/first-results.ts';
import {
  FIRST_RESULTS_PAGE,
  answerOutcome,
  answerResults,
  canUseFirstResults,
  firstResultsKey,
  firstResultsShardKey,
  type FirstResultsAnswer,
} from '../../src/lib/search/first-results.ts';
import type { PagefindFragment, PagefindResult } from '../../src/lib/search/pagefind-api.ts';
import { emptyFilters } from '../../src/lib/search/url-state.ts';

describe('pagefindStem', () => {
  it('stems Danish as Snowball does and drops diacritics as Pagefind does (å → a; æ, ø stay)', () => {
    expect(pagefindStem('integrationspolitikken')).toBe('integrationspolitik');
    expect(pagefindStem('Konferencerne')).toBe('konferenc');
    expect(pagefindStem('konference')).toBe('konferenc');
    expect(pagefindStem('området')).toBe('omrad');
    expect(pagefindStem('målet')).toBe('mal');
    expect(pagefindStem('forældresamarbejde')).toBe('forældresamarbejd');
  });
});

const chunks: ChunkInfo[] = [
  { from: 'a', to: 'integrationsm', bytes: 5_000 },
  { from: 'integrationsn', to: 'integrationspolitik', bytes: 120_000 },
  { from: 'integrationspolitika', to: 'integrationsz', bytes: 4_000 },
  { from: 'j', to: 'kz', bytes: 3_000 },
  { from: 'l', to: 'ø', bytes: 2_000 },
];

describe('chunkBytesFor', () => {
  it('counts the chunk holding the stem', () => {
    expect(chunkBytesFor('kvind', chunks)).toBe(3_000);
    expect(chunkBytesFor('integrationspolitik', chunks)).toBe(120_000 + 4_000);
  });
  it('counts every chunk of the words a stem begins (Pagefind matches prefixes)', () => {
    expect(chunkBytesFor('integration', chunks)).toBe(5_000 + 120_000 + 4_000);
  });
});

describe('chunkBudget', () => {
  it('leaves room for the page table and a page of fragments, and never allows huge chunks', () => {
    expect(chunkBudget(100_000, 3_000)).toBe(SEARCH_BYTES_BUDGET - 100_000 - FIRST_RESULTS_PAGE * 3_000 - 8_000);
    expect(chunkBudget(1_000, 500)).toBe(MAX_CHUNK_BYTES);
    expect(chunkBudget(140_000, 3_000)).toBeLessThan(0);
  });
});

describe('heavyQueries', () => {
  it('picks the words whose search fetches more than the budget, heaviest first, once each', () => {
    const r = heavyQueries(['Integrationspolitikken', 'integrationspolitikken', 'kvinder', 'integration', 'lov'], chunks, 50_000);
    expect(r.queries).toEqual(['integration', 'integrationspolitikken']);
    expect(r.over).toBe(2);
  });
  it('answers at most `max`, and says how many were over', () => {
    const r = heavyQueries(['integration', 'integrationspolitikken', 'kvinder'], chunks, 1_000, 2);
    expect(r.queries).toEqual(['integration', 'integrationspolitikken']);
    expect(r.over).toBe(3);
  });
  it('answers nothing when no search goes over the budget', () => {
    expect(heavyQueries(['kvinder', 'lov'], chunks, 10_000)).toEqual({ queries: [], over: 0 });
  });
});

describe('freshChunk and chunksFor', () => {
  it('finds the file a fresh search loads: the one whose range holds the word as typed, not its stem', () => {
    expect(freshChunk('integrationspolitikken', chunks)).toBe(2);
    expect(freshChunk('integrationspolitik', chunks)).toBe(1);
    expect(freshChunk('Kvinde', chunks)).toBe(3);
    expect(freshChunk('øøø', [{ from: 'a', to: 'b', bytes: 1 }])).toBeUndefined();
  });
  it('lists the files that may hold a shorter word the query word begins with', () => {
    expect(prefixChunks('integrationspolitikken', chunks)).toEqual([0, 1, 2]);
    expect(prefixChunks('kvinde', chunks)).toEqual([3]);
  });
  it('lists every file that may hold a word the stem begins', () => {
    expect(chunksFor('integration', chunks)).toEqual([0, 1, 2]);
    expect(chunksFor('kvind', chunks)).toEqual([3]);
  });
});

describe('answerGroups', () => {
  it('groups the queries by the file whose word range holds the word as typed (not its stem), heaviest first', () => {
    const groups = answerGroups(['integrationspolitikken', 'kvinder', 'integration', 'lov', 'kvinde', 'integrationspolitik'], chunks);
    expect(groups).toEqual([['integration'], ['integrationspolitik'], ['integrationspolitikken'], ['kvinder', 'kvinde'], ['lov']]);
  });
  it('looks a word up as Pagefind does: lowercase, without diacritics', () => {
    expect(answerGroups(['Kvinde', 'kvinder'], chunks)).toEqual([['Kvinde', 'kvinder']]);
    expect(pagefindTerm('Området')).toBe('omradet');
  });
  it('puts the words of one stem together, in the given order otherwise (an instance answers them one after another)', () => {
    // »kvinder«, »kvinde« and »kvinden« stem to »kvind«; »kommune« and »kommunen« to »kommun«.
    expect(answerGroups(['kvinder', 'kommune', 'kvinde', 'kommunen', 'kvinden'], chunks)).toEqual([
      ['kvinder', 'kvinde', 'kvinden', 'kommune', 'kommunen'],
    ]);
  });
  it('gives every query a group when the index has no files', () => {
    expect(answerGroups(['og', 'at'], [])).toEqual([['at'], ['og']]);
  });
});

describe('firstResultsKey and shards', () => {
  it('answers one word, in lowercase; not phrases or several words', () => {
    expect(firstResultsKey(' Integrationspolitikken ')).toBe('integrationspolitikken');
    expect(firstResultsKey('integration København')).toBeUndefined();
    expect(firstResultsKey('"integration"')).toBeUndefined();
    expect(firstResultsKey('')).toBeUndefined();
    expect(firstResultsShardKey('ærø')).toBe(firstResultsShardKey('aerø'));
  });
  it('is used only without filters, date range or another order', () => {
    const plain = { filters: emptyFilters(), range: {}, sort: 'relevans' as const };
    expect(canUseFirstResults(plain)).toBe(true);
    expect(canUseFirstResults({ ...plain, sort: 'nyeste' })).toBe(false);
    expect(canUseFirstResults({ ...plain, filters: { ...emptyFilters(), omraade: ['tryghed'] } })).toBe(false);
    expect(canUseFirstResults({ ...plain, range: { from: { year: 2007, month: 3 } } })).toBe(false);
  });
});

describe('answerResults', () => {
  const view = (i: number) => ({ url: `/breve/${i}/`, title: `Brev ${i}`, meta: [], hits: [] });
  const answer: FirstResultsAnswer = {
    q: 'for',
    searched: 'for',
    suggestions: [],
    count: 25,
    ids: Array.from({ length: FIRST_RESULTS_PAGE }, (_, i) => `p${i}`),
    views: Array.from({ length: FIRST_RESULTS_PAGE }, (_, i) => view(i)),
  };
  const fullResults: PagefindResult[] = Array.from({ length: 25 }, (_, i) => ({
    id: `p${i}`,
    score: 1,
    data: () => Promise.resolve({ url: `/breve/${i}/` } as PagefindFragment),
  }));

  it('gives the whole count, the first page with its views and no search', () => {
    const full = vi.fn(() => Promise.resolve(fullResults));
    const r = answerResults(answer, full);
    expect(r).toHaveLength(25);
    expect(r[0]?.view?.title).toBe('Brev 0');
    expect(r[9]?.id).toBe('p9');
    expect(r[10]?.view).toBeUndefined();
    expect(full).not.toHaveBeenCalled();
  });

  it('runs the full search once when more are asked for, and gives its results', async () => {
    const full = vi.fn(() => Promise.resolve(fullResults));
    const r = answerResults(answer, full);
    const more = await Promise.all(r.slice(10, 20).map((x) => x.data()));
    expect(more.map((d) => d.url)).toEqual(fullResults.slice(10, 20).map((_, i) => `/breve/${i + 10}/`));
    expect(full).toHaveBeenCalledTimes(1);
  });

  it('tries the full search again after a failure', async () => {
    const full = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(fullResults);
    const r = answerResults(answer, full);
    await expect(r[12]!.data()).rejects.toThrow('offline');
    await expect(r[12]!.data()).resolves.toMatchObject({ url: '/breve/12/' });
  });

  it("is the engine's outcome: what was searched, its notes and suggestions, and the results", () => {
    const full = vi.fn(() => Promise.resolve(fullResults));
    expect(answerOutcome(answer, full)).toMatchObject({ searched: 'for', suggestions: [] });
    expect(answerOutcome(answer, full)).not.toHaveProperty('buried');
    const noted = answerOutcome(
      { ...answer, q: 'raadhuset', searched: 'rådhuset', restoredFrom: 'raadhuset', buried: [{ word: 'denne', pages: 2, stem: 'den' }] },
      full,
    );
    expect(noted).toMatchObject({ searched: 'rådhuset', restoredFrom: 'raadhuset', buried: [{ word: 'denne', pages: 2, stem: 'den' }] });
    expect(noted.results).toHaveLength(25);
    expect(full).not.toHaveBeenCalled();
  });
});
