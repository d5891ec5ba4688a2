/**
 * Rules: a date cell is a real calendar day written ÅÅÅÅ-MM-DD (2026-02-30 is refused); an expected
 * date is a day, a month (ÅÅÅÅ-MM) or a year (ÅÅÅÅ), as precisely as a publisher's calendar says.
 * Both lie in 1900 or later: an earlier year is a typing error.
 */
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';
import { FIRST_DATA_YEAR } from './cell-period.ts';

function tooEarly(ref: RowRef, name: string, raw: string): { error: ValidationError } | undefined {
  if (Number(raw.slice(0, 4)) >= FIRST_DATA_YEAR) return undefined;
  return {
    error: cellError(ref, name, `datoen ligger før år ${FIRST_DATA_YEAR}`, `en dato fra ${FIRST_DATA_YEAR} og frem, fx 2026-12-01`),
  };
}

/** True when "ÅÅÅÅ-MM-DD" names a day that exists (leap years included). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function checkDate(ref: RowRef, name: string): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  if (isCalendarDay(raw)) return tooEarly(ref, name, raw) ?? { value: raw };
  return { error: cellError(ref, name, 'datoen kan ikke læses', 'en dato som 2026-12-01 (år-måned-dag, en dag der findes)') };
}

export function checkExpectedDate(ref: RowRef, name: string): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  const ok = /^\d{4}$/.test(raw) || /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) || isCalendarDay(raw);
  if (ok) return tooEarly(ref, name, raw) ?? { value: raw };
  return {
    error: cellError(
      ref,
      name,
      'datoen for næste opdatering kan ikke læses',
      'en dag som 2027-03-15, en måned som 2027-03 eller et år som 2027',
    ),
  };
}
