/**
 * Rule: a period cell is a year (2014), a quarter (2014K1) or a month (2014-03), in 1900 or later:
 * 1066 or 0214 is a typing error that would stretch every chart across a thousand years.
 */
import type { Period } from '../../model.ts';
import type { ValidationError } from '../errors.ts';
import { parsePeriod } from '../parse-period.ts';
import { cellError, type RowRef } from '../row-ref.ts';

/** The earliest year a period, a budget year or a date in data/ may name. */
export const FIRST_DATA_YEAR = 1900;

export function checkPeriod(ref: RowRef, name: string): { value?: Period; error?: ValidationError } {
  const value = parsePeriod(ref.cells[name]?.raw ?? '');
  if (value && Math.floor(value.time) >= FIRST_DATA_YEAR) return { value };
  if (value) {
    return {
      error: cellError(
        ref,
        name,
        `perioden ligger før år ${FIRST_DATA_YEAR}`,
        `en periode fra ${FIRST_DATA_YEAR} og frem, fx 2014, 2014K1 eller 2014-03`,
      ),
    };
  }
  return {
    error: cellError(ref, name, 'perioden kan ikke læses', 'et år som 2014, et kvartal som 2014K1 eller en måned som 2014-03'),
  };
}
