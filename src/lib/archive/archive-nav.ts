/**
 * The archive's no-JavaScript filters: one plain link per year and per committee/administration
 * that has letters, with counts, marking the page being shown.
 */
import type { Organisation } from '../registry/organisations.ts';
import { groupByOrganisation, groupByYear, type LetterEntry } from './letters.ts';

export interface FilterLink {
  key: string;
  label: string;
  count: number;
  path: string;
  current: boolean;
}

export function yearPath(year: number): string {
  return `breve/aar/${year}/`;
}

export function organisationPath(slug: string): string {
  return `breve/udvalg/${slug}/`;
}

/** "Økonomiudvalget og Økonomiforvaltningen". */
export function organisationTitle(o: Organisation): string {
  return `${o.committee.name} og ${o.administration.name}`;
}

/** "Økonomiudvalget (ØU/ØKF)": short enough for a filter list, with both abbreviations. */
export function organisationShortLabel(o: Organisation): string {
  return `${o.committee.name} (${o.committee.abbr}/${o.administration.abbr})`;
}

export function yearLinks(letters: readonly LetterEntry[], currentYear?: number): FilterLink[] {
  return groupByYear(letters).map((g) => ({
    key: String(g.year),
    label: String(g.year),
    count: g.letters.length,
    path: yearPath(g.year),
    current: g.year === currentYear,
  }));
}

export function organisationLinks(letters: readonly LetterEntry[], currentSlug?: string): FilterLink[] {
  return groupByOrganisation(letters).map((g) => ({
    key: g.organisation.slug,
    label: organisationShortLabel(g.organisation),
    count: g.letters.length,
    path: organisationPath(g.organisation.slug),
    current: g.organisation.slug === currentSlug,
  }));
}

export function organisationYearPath(slug: string, year: number): string {
  return `breve/udvalg/${slug}/${year}/`;
}

/** Year links within one committee/administration's letters, so both filters combine without JS. */
export function organisationYearLinks(orgLetters: readonly LetterEntry[], slug: string, currentYear?: number): FilterLink[] {
  return groupByYear(orgLetters).map((g) => ({
    key: String(g.year),
    label: String(g.year),
    count: g.letters.length,
    path: organisationYearPath(slug, g.year),
    current: g.year === currentYear,
  }));
}
