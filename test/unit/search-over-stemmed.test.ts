import { describe, expect, it } from 'vitest';
import { OVER_STEMMED_CHECK, runSearch } from '../../src/lib/search/engine.ts';
import { overStemmedWords, pageHasWord } from '../../src/lib/search/weak-match.ts';
import { pagefindStem, pagefindTerm } from '../../src/lib/search/stem.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { fakeFragment, idlePagefind } from '../helpers/fake-pagefind.ts';

/**
 * A Pagefind stand-in that matches as Pagefind does: a page matches a query word when one of its
 * words begins with the word's Danish stem, so »sommer« (stem »som«) finds every page with »som«.
 * Ranked by matched words; counts the result pages fetched.
 */
function stemmingPagefind(pages: string[]): Pagefind & { fetched: number } {
  const pf = {
    fetched: 0,
    ...idlePagefind,
    search: async (term: string | null) => {
      const stems = (term ?? '')
        .replace(/"/g, ' ')
        .split(/\s+/)
        .filter((w) => w !== '')
        .map(pagefindStem);
      const results = pages
        .map((content, i) => {
          const tokens = content.split(/\s+/).map((t) => pagefindTerm(t.replace(/[^\p{L}\p{N}]/gu, '')));
          const locations = tokens.flatMap((t, at) => (stems.some((s) => t.startsWith(s)) ? [at] : []));
          const all = stems.every((s) => tokens.some((t) => t.startsWith(s)));
          return { i, locations, all, content };
        })
        .filter((p) => p.all && p.locations.length > 0)
        .sort((a, b) => b.locations.length - a.locations.length || a.i - b.i)
        .map((p) => ({
          id: String(p.i),
          score: p.locations.length,
          data: async () => {
            pf.fetched++;
            return fakeFragment(p.content, p.locations);
          },
        }));
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
  return pf;
}

const noShards = { shard: async () => undefined };

describe('overStemmedWords', () => {
  it('names the words whose Danish stem is shorter than the letters a match must share', () => {
    expect(overStemmedWords('sommer')).toEqual(['sommer']);
    expect(overStemmedWords('dette denne gode dele siger')).toEqual(['dette', 'denne', 'gode', 'dele', 'siger']);
    expect(overStemmedWords('"Til sommer"')).toEqual(['sommer']);
  });

  it('leaves words whose stem keeps enough letters, short words, numbers and case numbers', () => {
    expect(overStemmedWords('skolerne konferencer som EU den 2009-9512 292118')).toEqual([]);
  });
});

describe('pageHasWord', () => {
  const content = 'Vi mødes som aftalt. Til sommer holder vi Sommerens konference.';
  it('is true only when a matched word shares the first letters of the word searched', () => {
    expect(pageHasWord('sommer', content, [2])).toBe(false);
    expect(pageHasWord('sommer', content, [2, 5])).toBe(true);
    expect(pageHasWord('sommer', content, [8])).toBe(true);
    expect(pageHasWord('sommer', content, [])).toBe(false);
  });
});

describe('runSearch with an over-stemmed word', () => {
  const pages = [
    'Som sagt, som altid og som før: som aftalt.',
    'Til sommer holder vi konference, som vi plejer.',
    'Vi mødes som aftalt.',
    'Sommerens program og sommerferien.',
  ];

  it('finds the pages with the word, not every page with its stem', async () => {
    const outcome = await runSearch({ pf: stemmingPagefind(pages), ...noShards }, 'sommer');
    expect(outcome.results.map((r) => r.id)).toEqual(['1', '3']);
    expect(outcome.suggestions).toEqual([]);
    // The page keeps only the matches of »sommer«, so the paragraph shown and its marks are those.
    const page = await (outcome.results[0] as (typeof outcome.results)[number]).data();
    expect(page.locations.map((l) => page.content.split(/\s+/)[l])).toEqual(['sommer']);
    expect(page.weighted_locations.map((w) => w.location)).toEqual(page.locations);
  });

  it('drops stem-only pages also when the best result has the word', async () => {
    const outcome = await runSearch(
      { pf: stemmingPagefind(['Dette er dette, og dette igen.', 'Det er det.', 'Det var det hele.']), ...noShards },
      'dette',
    );
    expect(outcome.results.map((r) => r.id)).toEqual(['0']);
  });

  it('leaves other searches as Pagefind ranks them', async () => {
    const outcome = await runSearch({ pf: stemmingPagefind(pages), ...noShards }, 'som');
    expect(outcome.results.map((r) => r.id)).toEqual(['0', '1', '3', '2']);
  });

  it('fetches at most OVER_STEMMED_CHECK result pages', async () => {
    const many = Array.from({ length: OVER_STEMMED_CHECK + 50 }, (_, i) => (i === 120 ? 'Til sommer.' : 'Som aftalt.'));
    const pf = stemmingPagefind(many);
    const outcome = await runSearch({ pf, ...noShards }, 'sommer');
    expect(pf.fetched).toBeLessThanOrEqual(OVER_STEMMED_CHECK + 1);
    expect(outcome.results).toEqual([]);
  });

  describe('when the pages with the word rank below the ones checked', () => {
    const many = Array.from({ length: OVER_STEMMED_CHECK + 50 }, (_, i) => (i === 120 ? 'Til sommer.' : 'Som aftalt og som før.'));
    // The archive's vocabulary: »sommer« on one page, and words a typo could have meant.
    const shard = {
      words: [
        ['som', 150, 0],
        ['sommer', 1, 0],
        ['sommerferie', 3, 0],
        ['sømmer', 2, 0],
      ] as [string, number, 0 | 1][],
    };
    const shards = { shard: async (key: string) => (key === 's' ? shard : undefined) };

    it('says the archive has the word, with its pages and the stem the search matched, and offers no other word', async () => {
      const outcome = await runSearch({ pf: stemmingPagefind(many), ...shards }, 'sommer');
      expect(outcome.results).toEqual([]);
      expect(outcome.buried).toEqual([{ word: 'sommer', pages: 1, stem: 'som' }]);
      expect(outcome.suggestions).toEqual([]);
    });

    it('still treats a word the archive does not have as a typo', async () => {
      // »somer« is over-stemmed too (stem »som«), but no page has it.
      const outcome = await runSearch({ pf: stemmingPagefind(many), ...shards }, 'somer');
      expect(outcome.buried).toBeUndefined();
    });

    it('says nothing of the kind when a search with another word finds its page', async () => {
      const outcome = await runSearch({ pf: stemmingPagefind(many), ...shards }, 'til sommer');
      expect(outcome.results.map((r) => r.id)).toEqual(['120']);
      expect(outcome.buried).toBeUndefined();
      expect(outcome.suggestions).toEqual([]);
    });

    it('says nothing of the kind when the word is found', async () => {
      const outcome = await runSearch({ pf: stemmingPagefind(pages), ...shards }, 'sommer');
      expect(outcome.results.map((r) => r.id)).toEqual(['1', '3']);
      expect(outcome.buried).toBeUndefined();
    });
  });
});
