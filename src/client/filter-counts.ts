/**
 * Counts beside each filter choice on the search page: how many results there would be with that
 * value. Choices within a group add up, so a group with choices is counted under the other groups'
 * filters only (one more search on the already loaded index per active group); other groups under
 * all filters.
 */
import type { FilterCounts, Pagefind } from '../lib/search/pagefind-api.ts';
import { FILTER_PARAMS, pagefindFilters, withoutGroup, type MonthBounds, type SearchState } from '../lib/search/url-state.ts';

export async function groupCounts(pf: Pagefind, term: string, state: SearchState, bounds: MonthBounds | undefined): Promise<FilterCounts> {
  const current = await pf.search(term || null, { filters: pagefindFilters(state, bounds) });
  const counts: FilterCounts = { ...current.filters };
  for (const { param, filter } of FILTER_PARAMS) {
    if (state.filters[param].length === 0) continue;
    const other = await pf.search(term || null, { filters: pagefindFilters(withoutGroup(state, param), bounds) });
    counts[filter] = other.filters[filter] ?? {};
  }
  return counts;
}
