/** Pieces of Pagefind stand-ins for the search engine's unit tests. */
import type { Pagefind, PagefindFragment } from '../../src/lib/search/pagefind-api.ts';

/** A result page whose text is `content` and whose matched words are at `locations`. */
export function fakeFragment(content: string, locations: number[]): PagefindFragment {
  return {
    url: '/',
    content,
    excerpt: content,
    meta: {},
    filters: {},
    anchors: [],
    locations,
    weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 1, location })),
  };
}

/** The calls a stand-in does nothing for. */
export const idlePagefind: Omit<Pagefind, 'search'> = {
  options: async () => {},
  init: async () => {},
  preload: async () => {},
  filters: async () => ({}),
  destroy: async () => {},
};

/**
 * A Pagefind stand-in over `pages`: a page matches when each query word begins one of its words (all
 * of them, as Pagefind); its score is the number of matched words. Result ids are `idPrefix` + index.
 */
export function prefixPagefind(pages: readonly string[], idPrefix = ''): Pagefind {
  return {
    ...idlePagefind,
    search: async (term) => {
      // As Pagefind: a word no page has is left out of the search; with none left, nothing is found.
      const words = (term ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter((w) =>
          pages.some((p) =>
            p
              .toLowerCase()
              .split(/\s+/)
              .some((t) => t.startsWith(w)),
          ),
        );
      if (words.length === 0) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
      const results = pages.flatMap((content, i) => {
        const tokens = content.toLowerCase().split(/\s+/);
        const locations = tokens.flatMap((t, at) => (words.some((w) => t.startsWith(w)) ? [at] : []));
        return words.every((w) => tokens.some((t) => t.startsWith(w)))
          ? [{ id: `${idPrefix}${i}`, score: locations.length, data: async () => fakeFragment(content, locations) }]
          : [];
      });
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}
