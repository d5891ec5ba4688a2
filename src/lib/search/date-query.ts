/**
 * A query that is a date and nothing else (»2.4.09«, »02-04-2009«, »2009-04-02«, »2. april 2009«).
 * Pagefind splits »03.03.2015« into »03«, »03« and »2015« and finds every page with those numbers,
 * so a date no document has gave unrelated pages as if they matched. A date query is therefore
 * searched as the date: the pages dated that day (their meta »datoer«, search-attributes.ts, holds
 * »03-03-2015«, which Pagefind also indexes joined, »03032015«) and the pages that write it out
 * (»den 2. april 2009«); when there are none, the page says that no document has the date.
 */
import { MONTH_NAMES } from '../format/period.ts';
import type { PagefindFragment, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { realFirst, illustrativeId } from './ordering.ts';
import { searchStrong, type Run } from './engine-search.ts';

/** Two-digit years below this are 20xx, others 19xx (»09« is 2009, »98« is 1998). */
const CENTURY_PIVOT = 70;

function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < CENTURY_PIVOT ? 2000 + y : 1900 + y;
}

function monthByName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(n));
  return i < 0 ? undefined : i + 1;
}

/** How a date is written: »2.4.09« (also with - or /), »2009-04-02«, »2. april 2009«. */
const DATE_FORMS = [
  String.raw`(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})`,
  String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`,
  String.raw`(\d{1,2})\.?\s+(\p{L}+\.?)\s+(\d{2}|\d{4})`,
] as const;
const [NUMERIC, ISO, WRITTEN] = DATE_FORMS.map((f) => new RegExp(`^${f}$`, 'u')) as [RegExp, RegExp, RegExp];
/** The same forms where a date may stand among other words: between spaces or the ends. */
const DATE_WITHIN = DATE_FORMS.map((f) => new RegExp(`(?<=^|\\s)${f}(?=\\s|$)`, 'gu'));

/** The day, month and year a query written as one date names, whether or not that day exists. */
function dateParts(term: string): { year: number; month: number; day: number } | undefined {
  const t = term.trim();
  let m = NUMERIC.exec(t);
  if (m) return { year: fullYear(m[4] ?? ''), month: Number(m[3]), day: Number(m[1]) };
  m = ISO.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = WRITTEN.exec(t);
  const month = m ? monthByName(m[2] ?? '') : undefined;
  return m && month ? { year: fullYear(m[3] ?? ''), month, day: Number(m[1]) } : undefined;
}

/**
 * A query with one date among other words (»Hougaard 2.4.2009«, »konferencen 2. april 2009«): the
 * date's ISO day and the other words. Undefined when the query is only a date (dateQuery), has no
 * date or more than one, or names a day that does not exist (then the numbers are searched as typed).
 */
export function dateWithin(term: string): { iso: string; rest: string } | undefined {
  const t = term.trim().replace(/\s+/g, ' ');
  const found = DATE_WITHIN.flatMap((re) => [...t.matchAll(re)]).filter((m) => dateQuery(m[0]) !== undefined);
  if (found.length !== 1) return undefined;
  const m = found[0] as RegExpExecArray;
  const rest = `${t.slice(0, m.index)} ${t.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(rest)) return undefined;
  return { iso: dateQuery(m[0]) as string, rest };
}

/** The ISO day ("2009-04-02") of a query that is one date, day first as Danes write it; undefined otherwise. */
export function dateQuery(term: string): string | undefined {
  const p = dateParts(term);
  return p ? isoDay(p.year, p.month, p.day) : undefined;
}

/**
 * True for a query written as a date of a real month whose day the month does not have
 * (»31.02.2009«, »29.2.2009«). Searched as words, Pagefind found »31« as the start of »310« and
 * showed unrelated pages; the page says instead that the date does not exist. A month above 12
 * (»2.13.09«) may be a section number, and is searched as typed.
 */
export function impossibleDate(term: string): boolean {
  const p = dateParts(term);
  return p !== undefined && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= 31 && !dateQuery(term);
}

/** The word Pagefind indexes for a page dated `iso`: its »dd-mm-yyyy« spelling joined ("02042009"). */
export function dateToken(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}${m}${y}`;
}

/** The date as a letter writes it, as a phrase: "\"2. april 2009\"". */
export function datePhrase(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `"${d}. ${MONTH_NAMES[(m ?? 1) - 1]} ${y}"`;
}

/**
 * True when a page has the date: in its date spellings (meta »datoer«) or as a word of its text
 * (»02.04.2009«). Pagefind backs off to shorter words when no page has the token (»03032015« found
 * every page with »03«), and then its best result has neither.
 */
export function pageHasDate(iso: string, page: Pick<PagefindFragment, 'meta' | 'content' | 'locations'>): boolean {
  const [y, m, d] = iso.split('-');
  if ((page.meta['datoer'] ?? '').split(' ').includes(`${d}-${m}-${y}`)) return true;
  const words = page.content.split(/\s+/);
  return page.locations.some((l) => (words[l] ?? '').replace(/\D/g, '') === dateToken(iso));
}

/** The pages dated `iso` and then those that write it out (»den 2. april 2009«), each once, real pages first. */
export async function searchDate(run: Run, iso: string, options: PagefindSearchOptions): Promise<PagefindResult[]> {
  const found = (await run.pf.search(dateToken(iso), options)).results;
  const top = found[0];
  const dated = top && pageHasDate(iso, await top.data()) ? found : [];
  const written = await searchStrong(run, datePhrase(iso), options);
  const seen = new Set(dated.map((r) => r.id));
  return realFirst([...dated, ...written.filter((r) => !seen.has(r.id))], run.illustrative ?? illustrativeId);
}

/**
 * The pages with the other words that are dated `iso` (or write it »02.04.2009«), then those with
 * the words that write it out (»brevet af 2. april 2009«), each once, real pages first. The first
 * are Pagefind's search for the words and the date's index word, kept only when its best result
 * has the date (else Pagefind backed off from a date no page has to its first digits); the others
 * are the pages both the words and the date as a phrase find.
 */
export async function searchDateWith(
  run: Run,
  within: { iso: string; rest: string },
  options: PagefindSearchOptions,
): Promise<PagefindResult[]> {
  const found = await searchStrong(run, `${within.rest} ${dateToken(within.iso)}`, options);
  const top = found[0];
  const dated = top && pageHasDate(within.iso, await top.data()) ? found : [];
  const writing = new Set((await searchStrong(run, datePhrase(within.iso), options)).map((r) => r.id));
  const seen = new Set(dated.map((r) => r.id));
  const written =
    writing.size === 0 ? [] : (await searchStrong(run, within.rest, options)).filter((r) => writing.has(r.id) && !seen.has(r.id));
  return realFirst([...dated, ...written], run.illustrative ?? illustrativeId);
}
