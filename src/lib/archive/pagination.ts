/**
 * Long lists split into numbered pages, so no page grows with the archive. Page 1 keeps the list's
 * own URL (`breve/aar/2010/`); later pages add `side/<n>/` (`breve/aar/2010/side/2/`). Every page
 * links to the previous and next one with plain links (rel="prev"/"next"), so paging needs no
 * JavaScript. Pure: unit-tested in test/unit/archive-pagination.test.ts.
 */
import { pagePath } from '../routes.ts';

/** Letters per list page: about 80 KB of HTML at 100 letters, well under the 150 KB page budget. */
export const LETTERS_PER_PAGE = 100;

/** Indicators per page of /indikatorer/: about 1 KB of HTML each. */
export const INDICATOR_LIST_PER_PAGE = 60;

export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1, also for an empty list). */
  count: number;
  /** Items in the whole list. */
  total: number;
  /** 1-based position of the first and last item on this page (0 and 0 for an empty list). */
  from: number;
  to: number;
}

export function paginate<T>(items: readonly T[], perPage: number = LETTERS_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer (got ${perPage})`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return {
      items: slice,
      number: i + 1,
      count,
      total: items.length,
      from: slice.length ? i * perPage + 1 : 0,
      to: i * perPage + slice.length,
    };
  });
}

export type PageLink = { number: number; path: string; current: boolean } | { gap: true };

export interface PageNav {
  number: number;
  count: number;
  prev?: string;
  next?: string;
  /** First, last and the pages around the current one; a gap stands for the pages left out. */
  links: PageLink[];
}

/** Links for page `number` of `count`: the first, the last and `around` pages either side of it. */
export function pageNav(listPath: string, number: number, count: number, around = 2): PageNav {
  const shown = new Set<number>([1, count]);
  for (let n = number - around; n <= number + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const links: PageLink[] = [];
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: a link is as short as the "…".
    if (n - last === 2) links.push({ number: n - 1, path: pagePath(listPath, n - 1), current: false });
    else if (n - last > 2) links.push({ gap: true });
    links.push({ number: n, path: pagePath(listPath, n), current: n === number });
    last = n;
  }
  return {
    number,
    count,
    prev: number > 1 ? pagePath(listPath, number - 1) : undefined,
    next: number < count ? pagePath(listPath, number + 1) : undefined,
    links,
  };
}
