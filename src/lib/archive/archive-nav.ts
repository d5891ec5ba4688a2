/**
 * The archive's no-JavaScript filters: one plain link per year and per committee/administration
 * that has letters, with counts, marking the page being shown.
 */
import { LETTER_TEXT } from '../copy/archive.ts';
import type { Organisation } from '../registry/organisations.ts';

export interface FilterLink {
  key: string;
  label: string;
  /** Letters behind the link; shown on a list's first page only (list-page-view.ts). */
  count?: number;
  path: string;
  current: boolean;
}

/** The filter links a list page shows, with the archive's total. */
export interface ArchiveFilterSet {
  years: FilterLink[];
  organisations: FilterLink[];
  /** Heading of the year links, when they are scoped (e.g. one committee's years). */
  yearsHeading?: string;
  /** True on the pages of the whole archive (/breve/). */
  allCurrent: boolean;
  /** Letters in the whole archive; on a list's first page only. */
  total?: number;
}

/** "Økonomiudvalget og Økonomiforvaltningen". */
export function organisationTitle(o: Organisation): string {
  return LETTER_TEXT.committeeAndAdministration(o.committee.name, o.administration.name);
}

/** "Økonomiudvalget (ØU/ØKF)": short enough for a filter list, with both abbreviations. */
export function organisationShortLabel(o: Organisation): string {
  return `${o.committee.name} (${o.committee.abbr}/${o.administration.abbr})`;
}
