/** Rule: a period cell is a year (2014), a quarter (2014K1) or a month (2014-03). */
import type { Period } from '../../model.ts';
import type { ValidationError } from '../errors.ts';
import { parsePeriod } from '../parse-period.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkPeriod(ref: RowRef, name: string): { value?: Period; error?: ValidationError } {
  const value = parsePeriod(ref.cells[name]?.raw ?? '');
  if (value) return { value };
  return {
    error: cellError(ref, name, 'perioden kan ikke læses', 'et år som 2014, et kvartal som 2014K1 eller en måned som 2014-03'),
  };
}
