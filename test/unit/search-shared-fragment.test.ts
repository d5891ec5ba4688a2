/**
 * pagefind.js keeps one fragment object per page and sets its word locations to those of the search
 * whose data() ran last. The engine checks single words after a search (is each known?), so a page's
 * data read during the check must not be kept: »"trygge rammer"« showed the places of »rammer«
 * alone, linked to a paragraph without the phrase and marked »rammerne«.
 */
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/engine.ts';
import type { Pagefind, PagefindFragment } from '../../src/lib/search/pagefind-api.ts';
import { fakeFragment, idlePagefind } from '../helpers/fake-pagefind.ts';

const content = 'Konferencen giver rammerne for trygge rammer for alle';
/** Where each search finds the page's words (word places in `content`). */
const places: Record<string, number[]> = { '"trygge rammer"': [4, 5], trygge: [4], rammer: [2, 5] };

function sharedFragmentPagefind(): Pagefind {
  const shared: PagefindFragment = fakeFragment(content, []);
  return {
    ...idlePagefind,
    search: async (term) => {
      const locs = places[(term ?? '').trim()] ?? [];
      const results = locs.length
        ? [
            {
              id: 'b/0',
              score: 1,
              data: async () => {
                // As pagefind.js: the one object, its locations set by this search.
                shared.locations = locs;
                shared.weighted_locations = locs.map((location) => ({ weight: 1, balanced_score: 1, location }));
                return shared;
              },
            },
          ]
        : [];
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}

describe('a result\u2019s data after the engine\u2019s word checks', () => {
  it('has the places of the query searched, not of a word checked after it', async () => {
    const outcome = await runSearch({ pf: sharedFragmentPagefind(), shard: async () => undefined }, '"trygge rammer"');
    expect(outcome.results).toHaveLength(1);
    expect((await outcome.results[0]!.data()).locations).toEqual([4, 5]);
  });
});
