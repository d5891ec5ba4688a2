/** Rule: a year cell (a budget year) is a year of four digits, e.g. 2008. */
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkYear(ref: RowRef, name: string): { value?: number; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  if (/^\d{4}$/.test(raw)) return { value: Number(raw) };
  return { error: cellError(ref, name, 'året kan ikke læses', 'et år med fire cifre, fx 2008') };
}
