/**
 * A query that names a month (»maj 2008«, »05.2008«, »2008-05«), alone or beside other words
 * (»konference maj 2008«). Searched as words, »maj 2008« found every page with »maj« and »2008«
 * anywhere, ranked by how often they occur. A month query is therefore searched as the month: the
 * documents dated in it (the month filter the date range »Fra måned«/»Til måned« uses, so it
 * combines with the other filters and a range), with the other words if any, then the pages that
 * write the month out (»i maj 2008«). A whole date (»16. maj 2008«) is date-query.ts's.
 */
import { MONTH_FILTER } from './url-state.ts';
import { formatMonth, parseMonth, type Month } from './date-range.ts';
import type { PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { illustrativeId, realFirst } from './ordering.ts';
import { searchStrong, type Run } from './engine-search.ts';

export interface MonthWithin {
  /** The month filter's value: »2008-05«. */
  month: string;
  /** The query's other words (»konference« of »konference maj 2008«); empty when it is only the month. */
  rest: string;
}

/** A month written as one word: »2008-05«, »2008/5«, »05.2008«, »5-2008« (a year alone is no month). */
const NUMERIC = /^(?:\d{4}[-./]\d{1,2}|\d{1,2}[-./]\d{4})$/;
/** A day before a month's name (»16.«, »16«): the words are a date, not a month. */
const DAY = /^\d{1,2}\.?$/;

const key = (m: Month) => `${m.year}-${String(m.month).padStart(2, '0')}`;

/** The one month the query names and its other words; undefined when it names none, or more than one. */
export function monthWithin(term: string): MonthWithin | undefined {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const found: { at: number; length: number; month: Month }[] = [];
  words.forEach((w, i) => {
    const numeric = NUMERIC.test(w) ? parseMonth(w, 'from') : undefined;
    if (numeric) found.push({ at: i, length: 1, month: numeric });
    const next = words[i + 1];
    if (next && /^\d{4}$/.test(next) && !/\d/.test(w) && !DAY.test(words[i - 1] ?? '')) {
      const named = parseMonth(`${w} ${next}`, 'from');
      if (named) found.push({ at: i, length: 2, month: named });
    }
  });
  if (found.length !== 1) return undefined;
  const { at, length, month } = found[0] as (typeof found)[number];
  return { month: key(month), rest: [...words.slice(0, at), ...words.slice(at + length)].join(' ') };
}

/** »maj 2008« for »2008-05«. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return formatMonth({ year: year ?? 0, month: m ?? 1 });
}

/**
 * The filters with the month added: within a date range already chosen, the month if the range
 * holds it; undefined when the range leaves it out (no page can match).
 */
export function withMonth(filters: Record<string, unknown> | undefined, month: string): Record<string, unknown> | undefined {
  const range = (filters?.[MONTH_FILTER] as { any?: string[] } | undefined)?.any;
  if (range && !range.includes(month)) return undefined;
  return { ...filters, [MONTH_FILTER]: { any: [month] } };
}

/**
 * The documents dated in the month (with the other words, when there are any), then the pages that
 * have the other words and write the month out, each once, real pages first. Dated documents of
 * the month alone come in date order unless the visitor chose another order.
 */
export async function searchMonth(run: Run, within: MonthWithin, options: PagefindSearchOptions): Promise<PagefindResult[]> {
  const filters = withMonth(options.filters, within.month);
  const dated = !filters
    ? []
    : within.rest
      ? await searchStrong(run, within.rest, { ...options, filters })
      : (await run.pf.search(null, { ...options, filters, sort: options.sort ?? { date: 'asc' } })).results;
  const phrase = `"${monthLabel(within.month)}"`;
  const writing = await searchStrong(run, phrase, options);
  const seen = new Set(dated.map((r) => r.id));
  let written = writing;
  if (within.rest && writing.length > 0) {
    const ids = new Set(writing.map((r) => r.id));
    written = (await searchStrong(run, within.rest, options)).filter((r) => ids.has(r.id));
  } else if (within.rest) written = [];
  return realFirst([...dated, ...written.filter((r) => !seen.has(r.id))], run.illustrative ?? illustrativeId);
}
