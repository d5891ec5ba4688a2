/**
 * The part of Pagefind's browser API (pagefind/pagefind.js, written by the build) that the search
 * page uses, typed, and the ranking options it is loaded with. The loader that fetches it in the
 * browser: src/client/pagefind-loader.ts.
 */
import type { PagefindAnchor, WeightedLocation } from './paragraph-hits.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  locations: number[];
  weighted_locations: WeightedLocation[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: PagefindSearchOptions) => Promise<void>;
  search: (term: string | null, o?: PagefindSearchOptions) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
  /** Drops the instance and everything it loaded; options() and init() start a new one. */
  destroy: () => Promise<void>;
  /** The bundle's module only: a separate instance of the same index, with nothing loaded yet. */
  createInstance?: (o: Record<string, unknown>) => Pagefind;
}

/** Boosts for matches in meta fields (merged with Pagefind's default title boost of 5). */
export const META_WEIGHTS = { sagsnr: 10, doknr: 10, jnr: 10, navn: 10 } as const;

/**
 * The options the search page gives Pagefind (besides where its files are), shared with the build's
 * precomputed answers (scripts/lib/search/first-results.ts) so both rank and cut excerpts alike.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } } as const;
