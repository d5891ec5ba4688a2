/**
 * The state of a search (query, filters, date range, sort) and its URL form, so a search can be
 * shared and reloaded. The URL uses ASCII parameter names and slug values (filter-values.ts);
 * checkboxes with these names produce the same URL when a form is submitted, so the two stay
 * interchangeable. Old links with labels as values still resolve; values and dates that name
 * nothing are kept as problems to report, never silently dropped.
 */
import { searchCopy } from '../copy/search.ts';
import { hasRange, monthKey, monthsInRange, parseRange, type DateRange, type Month } from './date-range.ts';
import { resolveFilterValue, type FilterParam } from './filter-values.ts';
// Long queries are cut at the search field's own limit: a link to a search shows what was searched.
import { MAX_QUERY_LENGTH } from './query.ts';

export type { FilterParam } from './filter-values.ts';
export type SortOrder = 'relevans' | 'nyeste' | 'aeldste';

/** URL parameter → Pagefind filter name (the names printed by src/lib/search-attributes.ts). */
export const FILTER_PARAMS = [
  { param: 'type', filter: 'type' },
  { param: 'aar', filter: 'år' },
  { param: 'omraade', filter: 'område' },
  { param: 'udvalg', filter: 'udvalg' },
  { param: 'forvaltning', filter: 'forvaltning' },
  { param: 'budgetaar', filter: 'budgetår' },
] as const satisfies readonly { param: FilterParam; filter: string }[];

/** The month filter behind the date range. */
export const MONTH_FILTER = 'måned';

export interface SearchState {
  q: string;
  filters: Record<FilterParam, string[]>;
  /** Date range by month, as typed (kept so the form shows it); `range` is what it means. */
  fra: string;
  til: string;
  range: DateRange;
  sort: SortOrder;
  /** Filter values in the URL that name nothing: "Ukendt indsatsområde »xyz« i adressen." */
  problems: string[];
  /** A date that cannot be read, or a range that runs backwards: the search must not run. */
  dateProblems: string[];
}

const SORTS: readonly SortOrder[] = ['relevans', 'nyeste', 'aeldste'];

const UNKNOWN: Record<FilterParam, string> = searchCopy.unknownFilter;

export function emptyFilters(): Record<FilterParam, string[]> {
  return { type: [], aar: [], omraade: [], udvalg: [], forvaltning: [], budgetaar: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  const problems: string[] = [];
  for (const { param } of FILTER_PARAMS) {
    const values = params
      .getAll(param)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    const slugs: string[] = [];
    for (const v of values) {
      const slug = resolveFilterValue(param, v);
      if (slug) slugs.push(slug);
      else problems.push(`${UNKNOWN[param]} »${v}« i adressen.`);
    }
    filters[param] = [...new Set(slugs)];
  }
  const fra = (params.get('fra') ?? '').trim();
  const til = (params.get('til') ?? '').trim();
  const { range, errors } = parseRange(fra, til);
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    fra,
    til,
    range,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SortOrder) : 'relevans',
    problems,
    dateProblems: errors,
  };
}

/** "?q=…&type=…" or "" when there is nothing to share; defaults are left out to keep links short. */
export function searchStateToQuery(
  state: Pick<SearchState, 'q' | 'filters' | 'sort'> & Partial<Pick<SearchState, 'range' | 'fra' | 'til'>>,
): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const { param } of FILTER_PARAMS) for (const v of state.filters[param]) params.append(param, v);
  // A readable range is written in its canonical form; an unreadable one as typed, so the problem stays visible.
  const from = state.range?.from ? monthKey(state.range.from) : (state.fra ?? '').trim();
  const to = state.range?.to ? monthKey(state.range.to) : (state.til ?? '').trim();
  if (from) params.set('fra', from);
  if (to) params.set('til', to);
  if (state.sort !== 'relevans') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: Pick<SearchState, 'filters'> & Partial<Pick<SearchState, 'range'>>): boolean {
  return FILTER_PARAMS.some(({ param }) => state.filters[param].length > 0) || (state.range !== undefined && hasRange(state.range));
}

/** Nothing to search for: no words and no filters. */
export function isBlank(state: SearchState): boolean {
  return state.q.trim() === '' && !hasFilters(state);
}

/** The archive's first and last month, closing an open-ended range. */
export interface MonthBounds {
  first: Month;
  last: Month;
}

/**
 * Pagefind filter object: a page matches when it has any of the chosen values within a group
 * (2008 or 2009) and matches every group (brev and 2009). A plain array would mean "all of".
 * The date range is one more group: any month inside it.
 */
export function pagefindFilters(
  state: Pick<SearchState, 'filters'> & Partial<Pick<SearchState, 'range'>>,
  bounds?: MonthBounds,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const { param, filter } of FILTER_PARAMS) {
    if (state.filters[param].length) out[filter] = { any: [...state.filters[param]] };
  }
  if (state.range && hasRange(state.range)) {
    const first = bounds?.first ?? { year: 1990, month: 1 };
    const last = bounds?.last ?? { year: new Date().getUTCFullYear() + 1, month: 12 };
    const months = monthsInRange(state.range, first, last);
    // An empty range (after the archive's last month) must match nothing, not everything.
    out[MONTH_FILTER] = { any: months.length ? months : ['0000-00'] };
  }
  return out;
}

export function pagefindSort(sort: SortOrder): { date: 'asc' | 'desc' } | undefined {
  if (sort === 'nyeste') return { date: 'desc' };
  if (sort === 'aeldste') return { date: 'asc' };
  return undefined;
}

/** The same state without one filter group: its counts show what each of its values would add. */
export function withoutGroup<T extends Pick<SearchState, 'filters'>>(state: T, param: FilterParam): T {
  return { ...state, filters: { ...state.filters, [param]: [] } };
}
