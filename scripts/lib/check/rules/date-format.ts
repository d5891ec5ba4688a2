/**
 * Rule: dates in front matter are written ÅÅÅÅ-MM-DD, exist in the calendar and lie in 1900 or
 * later. The schemas coerce with JavaScript's Date, which would read "2. april 2009" or
 * "2009-02-30" without complaint, and a year like 0209 or 1066 is a typing error that would sort the
 * letter (or conference) last in the archive. A conference's `year` is held to the same bound, and
 * its `date` lies in that year: the year names the conference, its file and its address.
 * A value is quoted as the editor wrote it (1e12, not 1000000000000; a list as a list).
 */
import { isCollection, isScalar, isSeq, type Node } from 'yaml';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate } from '../yaml-locate.ts';

const DATE_KEYS = new Set(['date', 'updated']);

/** The earliest year a letter, conference or page may carry: the archive holds nothing older. */
export const FIRST_YEAR = 1900;

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function visit(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; value: unknown }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], found));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (DATE_KEYS.has(k) && v !== undefined && v !== null) found.push({ path: [...path, k], value: v });
      else visit(v, [...path, k], found);
    }
  }
}

/** A node's text in the front matter, on one line: a block list is shown as [a, b]. */
function sourceOf(fm: FrontMatter, node: Node): string | undefined {
  const range = node.range;
  if (!range) return undefined;
  const text = fm.yamlText.slice(range[0], range[1]).trim();
  if (!text.includes('\n')) return text;
  if (isSeq(node))
    return `[${node.items.map((item) => (isCollection(item) || isScalar(item) ? (sourceOf(fm, item) ?? '') : '')).join(', ')}]`;
  return text.replace(/\s*\n\s*/g, ' ');
}

/** What the editor wrote at a path, as it stands in the file; the value as data if it cannot be found. */
function written(fm: FrontMatter, path: readonly PropertyKey[], value: unknown): string {
  const node = fm.positioned().doc.getIn(path, true);
  if (isScalar(node) && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return sourceOf(fm, node) ?? String(value);
  if (isCollection(node)) return sourceOf(fm, node) ?? JSON.stringify(value);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** A list or group where one date belongs: say so, as a date-like text in it looks right. */
function notOneDate(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'er en liste, ikke én dato';
  if (value !== null && typeof value === 'object') return 'er en gruppe af felter, ikke én dato';
  return undefined;
}

/** `collection`: a conference's date is also held to its year. */
export function checkDateFormat(fm: FrontMatter, file: string, collection?: string): ValidationError[] {
  const found: { path: PropertyKey[]; value: unknown }[] = [];
  visit(fm.data, [], found);
  const year: unknown = fm.data !== null && typeof fm.data === 'object' ? (fm.data as Record<string, unknown>).year : undefined;
  // A conference is named by its year (2009.mdx, /konferencer/2009/); its date must lie in it.
  const conferenceYear = (value: string): ValidationError[] | undefined => {
    const dateYear = Number(value.slice(0, 4));
    if (collection !== 'conferences' || typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || dateYear === year)
      return undefined;
    return [
      {
        file,
        ...locate(fm, ['date']),
        message: `datoen i "date" ligger i ${dateYear}, men konferencen hedder ${year} ("year: ${year}")`,
        got: value,
        expected: `en dato i ${year} (eller, hvis året er forkert: year og filnavnet rettet til ${dateYear})`,
      },
    ];
  };
  const errors = found.flatMap((f): ValidationError[] => {
    const field = f.path.map(String).join('.');
    if (!(typeof f.value === 'string' && isCalendarDate(f.value))) {
      const shape = notOneDate(f.value);
      const expected = Array.isArray(f.value)
        ? `én dato som ÅÅÅÅ-MM-DD uden [ ], fx ${String(f.path.at(-1))}: 2009-04-02`
        : 'en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02';
      const message = `datoen i "${field}" ${shape ?? 'kan ikke læses'}`;
      return [{ file, ...locate(fm, f.path), message, got: written(fm, f.path, f.value), expected }];
    }
    if (Number(f.value.slice(0, 4)) >= FIRST_YEAR) return (field === 'date' && conferenceYear(f.value)) || [];
    return [
      {
        file,
        ...locate(fm, f.path),
        message: `datoen i "${field}" ligger før år ${FIRST_YEAR}`,
        got: f.value,
        expected: `en dato fra ${FIRST_YEAR}-01-01 og frem, fx 2009-04-02`,
      },
    ];
  });
  if (typeof year === 'number' && Number.isInteger(year) && year < FIRST_YEAR) {
    errors.push({
      file,
      ...locate(fm, ['year']),
      message: `året i "year" ligger før år ${FIRST_YEAR}`,
      got: written(fm, ['year'], year),
      expected: `et år fra ${FIRST_YEAR} og frem, fx 2009`,
    });
  }
  return errors;
}
