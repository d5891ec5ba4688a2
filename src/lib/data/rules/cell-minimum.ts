/** Rule: a number cell with a minimum in the schema (an amount of money) is not below it. */
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
