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
