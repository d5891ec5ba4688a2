/**
 * What a page of a letter list shows. Its first page shows the list's total and the filters' counts;
 * a later page shows its own letters, where it is ("side 3 af 5: breve 201–300") and the same filter
 * links without counts. So a new letter changes a later page only when that page's own letters move.
 * Before, every list page showed the archive's and each committee's totals, so one new letter made
 * Astro render all 1,565 list pages of a 20,000-letter archive again (README, Benchmark). The route
 * passes the result both as props and to its cache key: the key covers exactly what is shown.
 */
import type { ArchiveFilterSet, FilterLink } from './archive-nav.ts';
import type { ListPage } from './pagination.ts';
import { archiveCopy } from '../copy/index.ts';

/** A list page as shown: `total` only on the first page. */
export type ShownListPage<T> = Omit<ListPage<T>, 'total'> & { total?: number };

function withoutCount(link: FilterLink): FilterLink {
  const { count: _count, ...rest } = link;
  return rest;
}

/** The page and filters to show: as they are on the first page, without totals and counts after it. */
export function shownList<T>(page: ListPage<T>): { page: ShownListPage<T> };
export function shownList<T>(page: ListPage<T>, filters: ArchiveFilterSet): { page: ShownListPage<T>; filters: ArchiveFilterSet };
export function shownList<T>(page: ListPage<T>, filters?: ArchiveFilterSet): { page: ShownListPage<T>; filters?: ArchiveFilterSet } {
  if (page.number === 1) return filters ? { page, filters } : { page };
  const { total: _total, ...rest } = page;
  if (!filters) return { page: rest };
  const { total: _all, ...set } = filters;
  return { page: rest, filters: { ...set, years: set.years.map(withoutCount), organisations: set.organisations.map(withoutCount) } };
}

/** The page's meta description: with the list's count on the first page, with the page's place after it. */
export function listPageDescription(title: string, page: ShownListPage<unknown>): string {
  return page.total !== undefined
    ? archiveCopy.listDescription(title, archiveCopy.count(page.total))
    : archiveCopy.laterPageDescription(title, page.number, page.count);
}

/** "Breve 101–200 af 1.378, nyeste først." on the first page; "Breve 101–200, nyeste først." after it. */
export function listPageRange(page: ShownListPage<unknown>): string {
  const c = archiveCopy.pagination;
  return page.total !== undefined ? c.range(page.from, page.to, page.total) : c.rangeOnly(page.from, page.to);
}
