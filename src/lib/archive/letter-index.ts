/**
 * Every letter list the site prints, computed in one pass over the archive: newest first, by year,
 * by committee/administration (and its years), by area and by indicator, with the filter links and
 * their counts. List pages used to sort and group all letters again for each page (about 15 % of
 * the Astro step at 5,000 letters, growing with pages × letters); now a build does it once
 * (src/loaders/archive-data.ts keeps the result). Pure: test/unit/archive-letters.test.ts.
 */
import type { Organisation } from '../registry/organisations.ts';
import { organisationShortLabel, type FilterLink } from './archive-nav.ts';
import { letterListItem, type LetterListItem } from './letter-view.ts';
import { letterOrganisations, sortNewestFirst, type LetterEntry, type YearGroup } from './letters.ts';
import { ORGANISATIONS } from '../registry/organisations.ts';
import { organisationPath, organisationYearPath, yearPath } from '../routes.ts';

export interface OrganisationLetters {
  organisation: Organisation;
  letters: LetterListItem[];
  /** This committee's letters per year, newest year first. */
  years: YearGroup<LetterListItem>[];
  /** Year links within this committee (the combined filter), none marked current. */
  yearLinks: FilterLink[];
}

export interface LetterIndex {
  total: number;
  /** Every letter, newest first. */
  all: LetterListItem[];
  years: YearGroup<LetterListItem>[];
  organisations: OrganisationLetters[];
  /** Filter links for the whole archive, none marked current (see markCurrent). */
  yearLinks: FilterLink[];
  organisationLinks: FilterLink[];
  byArea: ReadonlyMap<string, LetterListItem[]>;
  byIndicator: ReadonlyMap<string, LetterListItem[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The letter's year: its ISO date is the front-matter day (UTC), as utcYear() gives. */
const itemYear = (item: LetterListItem): number => Number(item.date.iso.slice(0, 4));

/** Groups in first-seen order of a newest-first list are already newest year first. */
function yearGroups<T>(items: readonly T[], yearOf: (t: T) => number): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) pushTo(groups, yearOf(item), item);
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, letters]) => ({ year, letters }));
}

export function buildLetterIndex(entries: readonly LetterEntry[]): LetterIndex {
  const sorted = sortNewestFirst(entries);
  const all: LetterListItem[] = [];
  const byOrganisation = new Map<string, LetterListItem[]>();
  const byArea = new Map<string, LetterListItem[]>();
  const byIndicator = new Map<string, LetterListItem[]>();
  for (const entry of sorted) {
    const item = letterListItem(entry);
    all.push(item);
    for (const o of letterOrganisations(entry.data)) pushTo(byOrganisation, o.slug, item);
    for (const a of new Set(entry.data.areas)) pushTo(byArea, a, item);
    for (const i of new Set(entry.data.indicators)) pushTo(byIndicator, i, item);
  }
  const years = yearGroups(all, itemYear);
  const organisations = ORGANISATIONS.flatMap((organisation) => {
    const letters = byOrganisation.get(organisation.slug);
    if (!letters) return [];
    const orgYears = yearGroups(letters, itemYear);
    const yearLinks = orgYears.map((g) => ({
      key: String(g.year),
      label: String(g.year),
      count: g.letters.length,
      path: organisationYearPath(organisation.slug, g.year),
      current: false,
    }));
    return [{ organisation, letters, years: orgYears, yearLinks }];
  });
  return {
    total: all.length,
    all,
    years,
    organisations,
    yearLinks: years.map((g) => ({
      key: String(g.year),
      label: String(g.year),
      count: g.letters.length,
      path: yearPath(g.year),
      current: false,
    })),
    organisationLinks: organisations.map((g) => ({
      key: g.organisation.slug,
      label: organisationShortLabel(g.organisation),
      count: g.letters.length,
      path: organisationPath(g.organisation.slug),
      current: false,
    })),
    byArea,
    byIndicator,
  };
}

/** The same links with the one whose key is `key` marked as the page being shown. */
export function markCurrent(links: readonly FilterLink[], key: string | number | undefined): FilterLink[] {
  return links.map((l) => ({ ...l, current: key !== undefined && l.key === String(key) }));
}

/** A page's items grouped by year (newest first), for lists that span years. */
export function groupItemsByYear(items: readonly LetterListItem[]): YearGroup<LetterListItem>[] {
  return yearGroups(items, itemYear);
}
