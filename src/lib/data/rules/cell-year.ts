/** Rule: a year cell (a budget year) is a year of four digits, e.g. 2008, in 1900 or later. */
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';
import { FIRST_DATA_YEAR } from './cell-period.ts';

export function checkYear(ref: RowRef, name: string): { value?: number; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  if (!/^\d{4}$/.test(raw)) return { error: cellError(ref, name, 'året kan ikke læses', 'et år med fire cifre, fx 2008') };
  if (Number(raw) >= FIRST_DATA_YEAR) return { value: Number(raw) };
  return { error: cellError(ref, name, `året ligger før år ${FIRST_DATA_YEAR}`, `et år fra ${FIRST_DATA_YEAR} og frem, fx 2008`) };
}
