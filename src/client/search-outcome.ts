/**
 * What one search on the page gives: the build's precomputed first page for a word that has one
 * (first-results.ts; Pagefind's page list, often larger than the whole page, is fetched only if the
 * visitor asks for more), the engine's search for any other query, or for filters alone every page
 * they match, newest first (there is no relevance to rank by).
 */
import { runSearch, type Outcome } from '../lib/search/engine.ts';
import { answerOutcome, canUseFirstResults } from '../lib/search/first-results.ts';
import { sortByDate } from '../lib/search/ordering.ts';
import type { Pagefind, PagefindSearchOptions } from '../lib/search/pagefind-api.ts';
import type { SearchState } from '../lib/search/url-state.ts';
import { loadFirstResults, siteDeps } from './site-files.ts';

export interface OutcomeSources {
  base: string;
  /** The page's Pagefind instance. */
  load: () => Promise<Pagefind>;
  /** A new instance for the rest of a precomputed answer, which was computed on a fresh one (freshPagefind). */
  fresh: () => Promise<Pagefind>;
  /** Pagefind's filter index is loaded: the page searches itself, so the counts match the results. */
  countsLoaded: boolean;
  /** Results the page paints at once (EngineDeps.firstPaint). */
  firstPaint: number;
}

export async function searchOutcome(
  src: OutcomeSources,
  term: string,
  state: SearchState,
  filters: PagefindSearchOptions['filters'],
): Promise<Outcome> {
  const engine = async (pf?: Pagefind): Promise<Outcome> =>
    runSearch({ ...siteDeps(pf ?? (await src.load()), src.base), firstPaint: src.firstPaint }, term, { filters });
  const first = term && !src.countsLoaded && canUseFirstResults(state) ? await loadFirstResults(src.base, term) : undefined;
  if (first) return answerOutcome(first, async () => (await engine(await src.fresh())).results);
  if (term) return engine();
  const all = await (await src.load()).search(null, { filters });
  return { searched: '', results: sortByDate(all.results, state.sort === 'aeldste' ? 'asc' : 'desc'), suggestions: [] };
}
