/**
 * Rule: dates in front matter are written ÅÅÅÅ-MM-DD and exist in the calendar. The schemas coerce
 * with JavaScript's Date, which would read "2. april 2009" or "2009-02-30" without complaint.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate } from '../yaml-locate.ts';

const DATE_KEYS = new Set(['date', 'updated']);

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
  return found
    .filter((f) => !(typeof f.value === 'string' && isCalendarDate(f.value)))
    .map((f) => ({
      file,
      ...locate(fm, f.path),
      message: `datoen i "${f.path.map(String).join('.')}" kan ikke læses`,
      got: String(f.value),
      expected: 'en dato som ÅÅÅÅ-MM-DD, fx 2009-04-02',
    }));
}
