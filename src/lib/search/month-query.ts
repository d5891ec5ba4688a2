/**
 * A query that names months (»maj 2008«, »05.2008«, »2008-05«, »maj 2008 og juni 2008«, »fra maj
 * 2008 til august 2008«), alone or beside other words (»konference i maj 2008«). Searched as words,
 * »maj 2008« found every page with »maj« and »2008« anywhere, ranked by how often they occur. A
 * month query is therefore searched as the months: the documents dated in them (the month filter
 * the date range »Fra måned«/»Til måned« uses, so it combines with the other filters and a range),
 * with the other words if any, then the pages that write a month out (»i maj 2008«). A whole date
 * (»16. maj 2008«) is date-query.ts's.
 */
import { MONTH_FILTER } from './url-state.ts';
import { formatMonth, monthKey, monthsInRange, parseMonth, type Month } from './date-range.ts';
import type { PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { illustrativeId, realFirst, sortByDate } from './ordering.ts';
import { searchStrong, type Run } from './engine-search.ts';
import { searchCopy } from '../copy/search.ts';

export interface MonthWithin {
  /** The month filter's values, in order: »2008-05«. */
  months: string[];
  /** The query's other words (»konference« of »konference i maj 2008«); empty when it is only months. */
  rest: string;
}

/** A month written as one word: »2008-05«, »2008/5«, »05.2008«, »5-2008« (a year alone is no month). */
const NUMERIC = /^(?:\d{4}[-./]\d{1,2}|\d{1,2}[-./]\d{4})$/;
/** A day before a month's name (»16.«, »16«): the words are a date, not a month. */
const DAY = /^\d{1,2}\.?$/;
/** Small words that tie months to the query (»i maj 2008«, »maj og juni 2008«): not searched for. */
const CONNECTORS = new Set(['i', 'og', 'eller', 'samt', 'fra', 'til', 'frem', 'indtil', '-', '–', '&']);
/** Words before the second month that make the two a range: »fra maj 2008 til august 2008«. */
const RANGE = new Set(['til', 'indtil', '-', '–']);
/** More months than this are a range the visitor means (they are all searched, none written out). */
export const MAX_WRITTEN_MONTHS = 4;
/** A range longer than this is left to the date fields: the query is searched as words. */
const MAX_RANGE_MONTHS = 120;

/** The months the query names (one, a few, or »fra … til …«) and its other words; undefined when it names none. */
export function monthWithin(term: string): MonthWithin | undefined {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const found: { at: number; length: number; month: Month }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const numeric = NUMERIC.test(w) ? parseMonth(w, 'from') : undefined;
    const next = words[i + 1];
    const named =
      next && /^\d{4}$/.test(next) && !/\d/.test(w) && !DAY.test(words[i - 1] ?? '') ? parseMonth(`${w} ${next}`, 'from') : undefined;
    if (numeric) found.push({ at: i, length: 1, month: numeric });
    else if (named) {
      found.push({ at: i, length: 2, month: named });
      i++;
    }
  }
  if (found.length === 0) return undefined;
  const used = new Set(found.flatMap((f) => Array.from({ length: f.length }, (_, k) => f.at + k)));
  // A small word just before a month ties it to the query: »i maj 2008«, »og juni 2008«.
  for (const f of found) if (CONNECTORS.has((words[f.at - 1] ?? '').toLowerCase())) used.add(f.at - 1);
  const rest = words.filter((_, i) => !used.has(i)).join(' ');
  const [first, second] = found;
  const ranged = found.length === 2 && first && second && RANGE.has((words[second.at - 1] ?? '').toLowerCase());
  if (ranged) {
    const months = monthsInRange({ from: first.month, to: second.month }, first.month, second.month);
    return months.length > 0 && months.length <= MAX_RANGE_MONTHS ? { months, rest } : undefined;
  }
  const months = [...new Set(found.map((f) => monthKey(f.month)))];
  return months.length <= MAX_WRITTEN_MONTHS ? { months, rest } : undefined;
}

/** »maj 2008« for »2008-05«. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return formatMonth({ year: year ?? 0, month: m ?? 1 });
}

/** The months as the page says them: »maj 2008«, »maj 2008 og juni 2008«, »maj 2008 til august 2008«. */
export function monthsLabel(months: readonly string[]): string {
  const labels = months.map(monthLabel);
  // Three or more months in a row are a range the visitor typed as one (»fra maj 2008 til august 2008«).
  const inRow = months.every((m, i) => i === 0 || monthIndex(m) === monthIndex(months[i - 1] ?? '') + 1);
  if (labels.length > 2 && inRow) return searchCopy.month.range(labels[0] ?? '', labels.at(-1) ?? '');
  return searchCopy.month.list(labels);
}

function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return (year ?? 0) * 12 + (m ?? 1);
}

/**
 * The filters with the months added: within a date range already chosen, the months the range
 * holds; undefined when it holds none of them (no page can match).
 */
export function withMonths(filters: Record<string, unknown> | undefined, months: readonly string[]): Record<string, unknown> | undefined {
  const range = (filters?.[MONTH_FILTER] as { any?: string[] } | undefined)?.any;
  const kept = range ? months.filter((m) => range.includes(m)) : [...months];
  return kept.length === 0 ? undefined : { ...filters, [MONTH_FILTER]: { any: kept } };
}

/**
 * The documents dated in the months (with the other words, when there are any), then the pages
 * that have the other words and write a month out, each once, real pages first within each group.
 * Dated documents of months alone come in date order. `dated` is how many results the first group has.
 */
export async function searchMonth(
  run: Run,
  within: MonthWithin,
  options: PagefindSearchOptions,
): Promise<{ results: PagefindResult[]; dated: number }> {
  const filters = withMonths(options.filters, within.months);
  const dated = !filters
    ? []
    : within.rest
      ? await searchStrong(run, within.rest, { ...options, filters })
      : (await run.pf.search(null, { ...options, filters, sort: options.sort ?? { date: 'asc' } })).results;
  const phrases = within.months.length <= MAX_WRITTEN_MONTHS ? within.months.map((m) => `"${monthLabel(m)}"`) : [];
  const writing: PagefindResult[] = [];
  for (const phrase of phrases) writing.push(...(await searchStrong(run, phrase, options)));
  const writes = new Set(writing.map((r) => r.id));
  // With other words: their pages that write a month, in their order; without: the phrases' pages.
  const pool = !within.rest ? writing : writes.size > 0 ? await searchStrong(run, within.rest, options) : [];
  const seen = new Set(dated.map((r) => r.id));
  const written: PagefindResult[] = [];
  for (const r of pool) {
    if (!writes.has(r.id) || seen.has(r.id)) continue;
    seen.add(r.id);
    written.push(r);
  }
  const illustrative = run.illustrative ?? illustrativeId;
  const first = realFirst(dated, illustrative);
  return { results: [...first, ...realFirst(written, illustrative)], dated: first.length };
}

/** A month query's results in the order the visitor chose: its dated documents first, then the pages that write a month out, each group by date. */
export function sortMonthResults<T extends { id: string }>(results: readonly T[], dated: number, order: 'asc' | 'desc'): T[] {
  return [...sortByDate(results.slice(0, dated), order), ...sortByDate(results.slice(dated), order)];
}
