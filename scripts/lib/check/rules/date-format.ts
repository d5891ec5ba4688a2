/**
 * Rule: dates in front matter are written ÅÅÅÅ-MM-DD, exist in the calendar and lie in 1900 or
 * later. The schemas coerce with JavaScript's Date, which would read "2. april 2009" or
 * "2009-02-30" without complaint, and a year like 0209 or 1066 is a typing error that would sort the
 * letter (or conference) last in the archive. A conference's `year` is held to the same bound.
 */
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

export function checkDateFormat(fm: FrontMatter, file: string): ValidationError[] {
  const found: { path: PropertyKey[]; value: unknown }[] = [];
  visit(fm.data, [], found);
  const errors = found.flatMap((f): ValidationError[] => {
    const field = f.path.map(String).join('.');
    if (!(typeof f.value === 'string' && isCalendarDate(f.value))) {
      const expected = 'en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02';
      return [{ file, ...locate(fm, f.path), message: `datoen i "${field}" kan ikke læses`, got: String(f.value), expected }];
    }
    if (Number(f.value.slice(0, 4)) >= FIRST_YEAR) return [];
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
  const year: unknown = fm.data !== null && typeof fm.data === 'object' ? (fm.data as Record<string, unknown>).year : undefined;
  if (typeof year === 'number' && Number.isInteger(year) && year < FIRST_YEAR) {
    errors.push({
      file,
      ...locate(fm, ['year']),
      message: `året i "year" ligger før år ${FIRST_YEAR}`,
      got: String(year),
      expected: `et år fra ${FIRST_YEAR} og frem, fx 2009`,
    });
  }
  return errors;
}
