/**
 * The state of a search (query, filters, sort) and its URL form, so a search can be shared and
 * reloaded. The URL uses ASCII parameter names; checkboxes with these names produce the same URL
 * when a form is submitted, so the two stay interchangeable.
 */
export type SortOrder = 'relevans' | 'nyeste' | 'aeldste';

/** URL parameter → Pagefind filter name (the names printed by src/lib/search-attributes.ts). */
export const FILTER_PARAMS = [
  { param: 'type', filter: 'type' },
  { param: 'aar', filter: 'år' },
  { param: 'omraade', filter: 'område' },
  { param: 'udvalg', filter: 'udvalg' },
  { param: 'forvaltning', filter: 'forvaltning' },
  { param: 'budgetaar', filter: 'budgetår' },
] as const;

export type FilterParam = (typeof FILTER_PARAMS)[number]['param'];

export interface SearchState {
  q: string;
  filters: Record<FilterParam, string[]>;
  sort: SortOrder;
}

const SORTS: readonly SortOrder[] = ['relevans', 'nyeste', 'aeldste'];
/** Long queries are cut: nobody types more, and a pasted document would only slow the search. */
export const MAX_QUERY_LENGTH = 200;

export function emptyFilters(): Record<FilterParam, string[]> {
  return { type: [], aar: [], omraade: [], udvalg: [], forvaltning: [], budgetaar: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const { param } of FILTER_PARAMS) {
    const values = params.getAll(param).map((v) => v.trim()).filter((v) => v !== '');
    filters[param] = [...new Set(values)];
  }
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortOrder) : 'relevans',
  };
}

/** "?q=…&type=…" or "" when there is nothing to share; defaults are left out to keep links short. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const { param } of FILTER_PARAMS) for (const v of state.filters[param]) params.append(param, v);
  if (state.sort !== 'relevans') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_PARAMS.some(({ param }) => state.filters[param].length > 0);
}

/** Nothing to search for: no words and no filters. */
export function isBlank(state: SearchState): boolean {
  return state.q.trim() === '' && !hasFilters(state);
}

/**
 * Pagefind filter object: a page matches when it has any of the chosen values within a group
 * (2008 or 2009) and matches every group (brev and 2009). A plain array would mean "all of".
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const { param, filter } of FILTER_PARAMS) {
    if (state.filters[param].length) out[filter] = { any: [...state.filters[param]] };
  }
  return out;
}

export function pagefindSort(sort: SortOrder): { date: 'asc' | 'desc' } | undefined {
  if (sort === 'nyeste') return { date: 'desc' };
  if (sort === 'aeldste') return { date: 'asc' };
  return undefined;
}

/** The same state without one filter group: its counts show what each of its values would add. */
export function withoutGroup(state: SearchState, param: FilterParam): SearchState {
  return { ...state, filters: { ...state.filters, [param]: [] } };
}
