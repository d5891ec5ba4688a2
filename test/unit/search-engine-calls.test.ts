import { describe, expect, it } from 'vitest';
import { MAX_CHECKED_WORDS, runSearch } from '../../src/lib/search/engine.ts';
import { MAX_SOME_WORDS } from '../../src/lib/search/some-words.ts';
import type { Pagefind, PagefindSearchOptions } from '../../src/lib/search/pagefind-api.ts';
import { fakeFragment, idlePagefind } from '../helpers/fake-pagefind.ts';
import { shardKey } from '../../src/lib/search/vocabulary.ts';

/** A Pagefind stand-in whose index is one page per listed text; counts the searches it is asked. */
function fakePagefind(pages: string[]): Pagefind & { calls: { term: string; options?: PagefindSearchOptions }[] } {
  const calls: { term: string; options?: PagefindSearchOptions }[] = [];
  return {
    calls,
    ...idlePagefind,
    search: async (term, options) => {
      calls.push({ term: term ?? '', ...(options && { options }) });
      const words = (term ?? '').toLowerCase().split(/\s+/);
      const results = pages.flatMap((content, i) => {
        const tokens = content.toLowerCase().split(/\s+/);
        const locations = tokens.flatMap((t, at) => (words.some((w) => t.startsWith(w)) ? [at] : []));
        return locations.length > 0 && words.every((w) => tokens.some((t) => t.startsWith(w)))
          ? [{ id: String(i), score: locations.length, data: async () => fakeFragment(content, locations) }]
          : [];
      });
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}

const noShards = { shard: async () => undefined };

describe('runSearch: searches it asks Pagefind for', () => {
  it('searches a one-word query with few results once, not again to ask whether the word is known', async () => {
    const pf = fakePagefind(['Natteravnene på Nørrebro', 'Budget for skoleåret']);
    const outcome = await runSearch({ pf, ...noShards }, 'natteravnene');
    expect(outcome.results.map((r) => r.id)).toEqual(['0']);
    expect(pf.calls.map((c) => c.term)).toEqual(['natteravnene']);
  });

  it('still asks about each word of a longer query with few results', async () => {
    const pf = fakePagefind(['Natteravnene på Nørrebro', 'Budget for skoleåret']);
    await runSearch({ pf, ...noShards }, 'natteravnene nørrebro');
    expect(pf.calls.map((c) => c.term)).toEqual(['natteravnene nørrebro', 'natteravnene', 'nørrebro']);
  });

  it('asks again without filters when the query was filtered (the word may be known outside the filter)', async () => {
    const pf = fakePagefind(['Natteravnene på Nørrebro']);
    await runSearch({ pf, ...noShards }, 'natteravnene', { filters: { år: '2010' } });
    expect(pf.calls).toEqual([
      { term: 'natteravnene', options: { filters: { år: '2010' } } },
      { term: 'natteravnene', options: {} },
    ]);
  });

  it('finds an unknown word unknown with one search', async () => {
    const pf = fakePagefind(['Natteravnene på Nørrebro']);
    const outcome = await runSearch({ pf, ...noShards }, 'xyzzy');
    expect(outcome.results).toEqual([]);
    expect(pf.calls.map((c) => c.term)).toEqual(['xyzzy']);
  });
});

describe('runSearch: the page data of the results painted first', () => {
  /** Three results whose page data is asked for in the order recorded; the top one's arrives last. */
  function paged(): { pf: Pagefind; asked: string[]; release: () => void } {
    const asked: string[] = [];
    let release = () => {};
    const topArrives = new Promise<void>((r) => (release = r));
    const results = ['0', '1', '2', '3'].map((id) => ({
      id,
      score: 4 - Number(id),
      data: async () => {
        asked.push(id);
        if (id === '0') await topArrives;
        return fakeFragment('budget for skoleåret', [0]);
      },
    }));
    return {
      asked,
      release: () => release(),
      pf: { ...idlePagefind, search: async () => ({ results, unfilteredResultCount: 4, filters: {}, totalFilters: {} }) },
    };
  }

  it('asks for them along with the top result’s, not after it', async () => {
    const { pf, asked, release } = paged();
    const searching = runSearch({ pf, ...noShards, firstPaint: 3 }, 'budget');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['1', '2', '0']);
    release();
    expect((await searching).results.map((r) => r.id)).toEqual(['0', '1', '2', '3']);
  });

  it('asks for the top result’s alone when the caller paints no more', async () => {
    const { pf, asked, release } = paged();
    const searching = runSearch({ pf, ...noShards }, 'budget');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['0']);
    release();
    await searching;
  });
});

describe('runSearch: a pasted paragraph', () => {
  it('asks whether at most MAX_CHECKED_WORDS of its words are known, not every word (one search each)', async () => {
    const words = Array.from(
      { length: 40 },
      (_, i) => `ord${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`,
    );
    const pf = fakePagefind(words.map((w) => `${w} og mere`));
    await runSearch({ pf, ...noShards }, words.join(' '));
    const alone = pf.calls.filter((c) => !c.term.includes(' ')).map((c) => c.term);
    // Was: each of the 40 words searched alone to see whether it is a typo, then MAX_SOME_WORDS again.
    expect(new Set(alone).size).toBeLessThanOrEqual(MAX_CHECKED_WORDS + MAX_SOME_WORDS);
    expect(pf.calls.length).toBeLessThanOrEqual(1 + MAX_CHECKED_WORDS + MAX_SOME_WORDS);
  });
});

describe('runSearch: the search page passes `{ filters: {} }` when no filter is set', () => {
  it('makes each word search once, as it does without options', async () => {
    const pages = ['Jakob Hougaard skriver', 'Jacob Eberholst svarer'];
    const bare = fakePagefind(pages);
    const empty = fakePagefind(pages);
    await runSearch({ pf: bare, ...noShards }, 'Jacob Hougaard');
    await runSearch({ pf: empty, ...noShards }, 'Jacob Hougaard', { filters: {} });
    // Was: »Jacob« and »Hougaard« searched alone twice, as `{}` (known?) and as `{ filters: {} }` (some words).
    expect(empty.calls.map((c) => c.term)).toEqual(bare.calls.map((c) => c.term));
  });
});

describe('runSearch: the vocabulary shard of a word with ae/oe/aa', () => {
  it('is asked for before Pagefind searches, so it arrives during the search', async () => {
    const order: string[] = [];
    const pf = fakePagefind(['Camilla Dalsgaard skriver']);
    const search = pf.search;
    const outcome = await runSearch(
      {
        pf: { ...pf, search: async (term, options) => (order.push(`search ${term ?? ''}`), search(term, options)) },
        shard: async (key) => (order.push(`shard ${key}`), undefined),
      },
      'Camilla Dalsgaard',
    );
    expect(outcome.results.map((r) => r.id)).toEqual(['0']);
    expect(order[0]).toBe(`shard ${shardKey('dalsgaard')}`);
    expect(order).toContain('search Camilla Dalsgaard');
  });

  it('is not asked for a query without ae/oe/aa that finds enough', async () => {
    const asked: string[] = [];
    const pf = fakePagefind(['Budget for skoleåret', 'Budget for året', 'Budget og skole']);
    await runSearch({ pf, shard: async (key) => (asked.push(key), undefined) }, 'budget');
    expect(asked).toEqual([]);
  });
});
