/**
 * The part of Pagefind's browser API (pagefind/pagefind.js, written by the build) that the search
 * page uses, typed, and a loader that fetches it only when it is needed.
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
}

let importing: Promise<Pagefind> | undefined;
let loading: Promise<Pagefind> | undefined;

/** Boosts for matches in meta fields (merged with Pagefind's default title boost of 5). */
export const META_WEIGHTS = { sagsnr: 10, doknr: 10, jnr: 10, navn: 10 } as const;

/**
 * Import the bundle's code and fetch its WebAssembly, without the index's page table: what a
 * visitor's first search needs before it can start, small enough to load while the page is idle.
 * The page table (pf_meta, about 4 bytes a page) is fetched by loadPagefind, once the visitor
 * starts typing: at 20,000 letters it would otherwise be most of what the page loads.
 */
export function preparePagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  importing ??= (async () => {
    const pf = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    // No worker: it would fetch a second copy of the search code (~12 KB gzip) for every visitor,
    // and on this index a search takes milliseconds, so the main thread never notices.
    // A case or document number typed in full should put the document filed under it first, ahead
    // of area and indicator pages that merely list it (Pagefind searches meta values too).
    await pf.options({ baseUrl, excerptLength: 24, noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
    // The same request Pagefind makes in init(), answered from the HTTP cache then.
    const lang = document.documentElement.lang || 'unknown';
    await fetch(new URL(`wasm.${lang}.pagefind`, new URL(bundleUrl, location.href)))
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    return pf;
  })();
  importing.catch(() => {
    importing = undefined;
  });
  return importing;
}

/**
 * The bundle ready to search: imported, and its page table loaded (init). The URL comes from the
 * page (built with href()), so the site works under a base path; results then get the base path
 * prepended, since Pagefind indexed the site from /.
 */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = await preparePagefind(bundleUrl, baseUrl);
    await pf.init();
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
