/**
 * Letter lists: newest first, grouped by year and by committee/administration. Works on plain
 * { id, data } entries so it runs without Astro (tests, feed, benchmark corpus).
 */
import type { LetterData } from '../content-schemas.ts';
import { ORGANISATIONS, organisationOf, type Organisation } from '../registry/organisations.ts';
import { utcYear } from './dates.ts';

export interface LetterEntry {
  id: string;
  data: LetterData;
}

// One collator for every comparison: localeCompare with options builds a new one per call, which
// dominated list pages at 5,000 letters.
const sagsnrOrder = new Intl.Collator('da-DK', { numeric: true });

/** Newest first; same-day letters by sagsnr, then id, so the order never flickers between builds. */
export function sortNewestFirst<T extends LetterEntry>(letters: readonly T[]): T[] {
  return [...letters].sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() || sagsnrOrder.compare(a.data.sagsnr, b.data.sagsnr) || a.id.localeCompare(b.id),
  );
}

/** Oldest first, in the same order as sortNewestFirst turned round day by day: a data file's order. */
export function sortOldestFirst<T extends LetterEntry>(letters: readonly T[]): T[] {
  return [...letters].sort(
    (a, b) =>
      a.data.date.getTime() - b.data.date.getTime() || sagsnrOrder.compare(a.data.sagsnr, b.data.sagsnr) || a.id.localeCompare(b.id),
  );
}

export interface YearGroup<T> {
  year: number;
  letters: T[];
}

/** Years with letters, newest year first, each year's letters newest first. */
export function groupByYear<T extends LetterEntry>(letters: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const l of sortNewestFirst(letters)) {
    const y = utcYear(l.data.date);
    const list = groups.get(y) ?? [];
    list.push(l);
    groups.set(y, list);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, letters: list }));
}

/** Every abbreviation the letter's sender and recipients carry, in the order written. */
export function letterOrganisationAbbrs(data: LetterData): string[] {
  const abbrs = [data.sender?.organisation, ...data.recipients.map((r) => r.organisation)];
  return [...new Set(abbrs.filter((a): a is string => a !== undefined))];
}

/** The committee/administration pairs a letter is from or to, in registry order. */
export function letterOrganisations(data: LetterData): Organisation[] {
  const slugs = new Set(letterOrganisationAbbrs(data).map((a) => organisationOf(a)?.slug));
  return ORGANISATIONS.filter((o) => slugs.has(o.slug));
}

/** The case number (sagsnr), as a list for the search attributes. */
export function letterCaseNumbers(data: LetterData): string[] {
  return [data.sagsnr];
}

/** Journal numbers (j.nr.): the letter's own and a received stamp's, once each. */
export function letterJournalNumbers(data: LetterData): string[] {
  const all = [data.jnr, data.receivedStamp?.jnr];
  return [...new Set(all.filter((n): n is string => n !== undefined))];
}

/** Document numbers (dok.nr.). */
export function letterDocumentNumbers(data: LetterData): string[] {
  return data.doknr ? [data.doknr] : [];
}
