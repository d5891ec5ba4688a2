/**
 * The search page's form as a SearchState (url-state.ts): the query, the checked filters, the date
 * fields (read as the URL would be) and the order. Also the archive's month bounds from the build's
 * filter file, which an open-ended date range is clamped to.
 */
import { parseMonth } from '../lib/search/date-range.ts';
import {
  emptyFilters,
  parseSearchState,
  type FilterParam,
  type MonthBounds,
  type SearchState,
  type SortOrder,
} from '../lib/search/url-state.ts';
import type { FilterInfo } from './site-files.ts';

export interface SearchFields {
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filterBox: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
}

export function formState(f: SearchFields): SearchState {
  const filters = emptyFilters();
  for (const box of f.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    const param = box.name as FilterParam;
    if (param in filters) filters[param].push(box.value);
  }
  const params = new URLSearchParams();
  params.set('fra', f.from.value);
  params.set('til', f.to.value);
  const dates = parseSearchState(params);
  return {
    q: f.input.value,
    filters,
    fra: f.from.value,
    til: f.to.value,
    range: dates.range,
    sort: (f.sort.value || 'relevans') as SortOrder,
    problems: [],
    dateProblems: dates.dateProblems,
  };
}

/** The archive's first and last month ("2006-02" … "2026-11" in filtre.json), when the build wrote them. */
export function monthBounds(info: FilterInfo | undefined): MonthBounds | undefined {
  const first = parseMonth(info?.months.first ?? '', 'from');
  const last = parseMonth(info?.months.last ?? '', 'to');
  return first && last ? { first, last } : undefined;
}
