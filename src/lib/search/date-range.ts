/**
 * The date range of a search, by month on the document's date: `?fra=2007-03&til=2008-06`. Each
 * page is indexed with its month (filter "måned", "2007-03"), and a range becomes "any of these
 * months", so it combines with the other filters like any facet. What a journalist types is read
 * generously ("3.2007", "marts 2007", "2007"); what cannot be read is reported, never ignored
 * (an ignored range would silently search everything).
 */
export interface Month {
  year: number;
  month: number;
}

export interface DateRange {
  from?: Month;
  to?: Month;
}

/** One of the two date fields on the search page. */
export type DateField = 'from' | 'to';

/** A problem with the range and the fields it is about, so the page can mark and describe them. */
export interface DateProblem {
  message: string;
  /** An unreadable date: its own field; a range that runs backwards: both. */
  fields: DateField[];
}

export interface RangeResult {
  range: DateRange;
  /** Danish messages for the values that could not be read, or a range that runs backwards. */
  errors: string[];
  /** The same problems with the fields they are about, in the same order. */
  problems: DateProblem[];
}

import { searchCopy } from '../copy/search.ts';
import { MONTH_NAMES } from '../format/period.ts';

/** The month filter's value for a date: "2007-03". */
export function monthKey(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}

function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(n));
  return i < 0 ? undefined : i + 1;
}

function valid(year: number, month: number): Month | undefined {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

/**
 * A month as written: "2007-03", "2007-3", "03-2007", "3.2007", "3/2007", "marts 2007", "mar. 2007";
 * a year alone ("2007") is its first month for `from` and its last for `to`.
 */
export function parseMonth(text: string, end: 'from' | 'to'): Month | undefined {
  const t = text.trim();
  let m = /^(\d{4})[-./ ](\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-./ ](\d{4})$/.exec(t);
  if (m) return valid(Number(m[2]), Number(m[1]));
  m = /^(\p{L}+\.?)\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = monthFromName(m[1] ?? '');
    return month ? valid(Number(m[2]), month) : undefined;
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return valid(Number(m[1]), end === 'from' ? 1 : 12);
  return undefined;
}

export function compareMonths(a: Month, b: Month): number {
  return a.year - b.year || a.month - b.month;
}

/** Read `fra` and `til`; an empty value means no limit on that side. */
export function parseRange(fra: string | null | undefined, til: string | null | undefined): RangeResult {
  const range: DateRange = {};
  const problems: DateProblem[] = [];
  for (const [raw, end, label] of [
    [fra, 'from', searchCopy.range.fromLabel],
    [til, 'to', searchCopy.range.toLabel],
  ] as const) {
    const value = (raw ?? '').trim();
    if (!value) continue;
    const month = parseMonth(value, end);
    if (month) range[end] = month;
    else problems.push({ message: searchCopy.range.unreadable(label, value), fields: [end] });
  }
  if (range.from && range.to && compareMonths(range.from, range.to) > 0) {
    problems.push({ message: searchCopy.range.reversed(formatMonth(range.from), formatMonth(range.to)), fields: ['from', 'to'] });
  }
  return { range, errors: problems.map((p) => p.message), problems };
}

export function hasRange(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** Every month key from `from` to `to` (inclusive), with the open ends closed by the archive's first and last month. */
export function monthsInRange(range: DateRange, first: Month, last: Month): string[] {
  const from = range.from ?? first;
  const to = range.to ?? last;
  const out: string[] = [];
  let { year, month } = compareMonths(from, first) < 0 ? first : from;
  const end = compareMonths(to, last) > 0 ? last : to;
  while (year < end.year || (year === end.year && month <= end.month)) {
    out.push(monthKey({ year, month }));
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

/** "marts 2007" */
export function formatMonth(m: Month): string {
  return `${MONTH_NAMES[m.month - 1] ?? m.month} ${m.year}`;
}

/** How a range reads in a results message: "fra marts 2007 til juni 2008", "fra marts 2007", "til juni 2008". */
export function describeRange(range: DateRange): string {
  const parts: string[] = [];
  if (range.from) parts.push(searchCopy.range.from(formatMonth(range.from)));
  if (range.to) parts.push(searchCopy.range.to(formatMonth(range.to)));
  return parts.join(' ');
}
