/**
 * Rule: a number cell with bounds in the schema (an amount of money) lies within them: never
 * negative, and never so large that it can only be a typo, or beyond what the site sums exactly.
 */
import type { ColumnSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { formatDanishNumber } from '../../format/danish-number.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkMinimum(ref: RowRef, col: ColumnSpec, value: number): ValidationError | undefined {
  if (col.minimum === undefined || value >= col.minimum) return undefined;
  const min = formatDanishNumber(col.minimum);
  const message = col.minimum === 0 ? 'værdien kan ikke være negativ' : `værdien er mindre end ${min}`;
  return cellError(ref, col.name, message, `et tal på ${min} eller mere`);
}

export function checkMaximum(ref: RowRef, col: ColumnSpec, value: number): ValidationError | undefined {
  if (col.maximum === undefined || value <= col.maximum) return undefined;
  // Written as the editor must write it: digits only, no thousands separator.
  return cellError(
    ref,
    col.name,
    'værdien er for stor til at være rigtig',
    `et tal på højst ${formatDanishNumber(col.maximum)}${col.maximumNote ? ` (${col.maximumNote})` : ''}`,
  );
}
