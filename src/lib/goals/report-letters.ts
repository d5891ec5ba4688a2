/**
 * The status report's link to the archive: the letters of the report's year that speak of the
 * barometer's measurements. A year before the barometer's series begin has no computed status, yet
 * the archive may hold that year's own account of the results (the letter of 16 May 2008); the
 * report links to it, so a reader does not take »ingen status« for »nothing is known«.
 *
 * Chosen from the front matter, not by name: a letter dated in the year that names at least one of
 * the barometer's indicators (`indicators`), which is how the archive tags a letter about the
 * barometer's figures. Newest first, at most REPORT_LETTER_LIMIT, with the year's archive page for
 * the rest.
 */
import { sortNewestFirst, type LetterEntry } from '../archive/letters.ts';
import { utcYear } from '../archive/dates.ts';
import { letterListItem, type LetterListItem } from '../archive/letter-view.ts';
import { yearPath } from '../routes.ts';

/** A report lists a few letters; the year's archive page has them all. */
export const REPORT_LETTER_LIMIT = 5;

export interface ReportLetters {
  letters: LetterListItem[];
  /** How many more such letters the year has than the report lists. */
  hidden: number;
  /** The archive's page of every letter of the year. */
  yearPath: string;
}

/** The letters of the year that name a barometer indicator, newest first. */
export function barometerLettersOfYear<T extends LetterEntry>(letters: readonly T[], year: number): T[] {
  return sortNewestFirst(letters.filter((l) => utcYear(l.data.date) === year && l.data.indicators.length > 0));
}

/** What the report prints about the year's letters; undefined when the archive has none for the year. */
export function reportLetters(letters: readonly LetterEntry[], year: number): ReportLetters | undefined {
  const found = barometerLettersOfYear(letters, year);
  if (found.length === 0) return undefined;
  return {
    letters: found.slice(0, REPORT_LETTER_LIMIT).map(letterListItem),
    hidden: Math.max(0, found.length - REPORT_LETTER_LIMIT),
    yearPath: yearPath(year),
  };
}
