/**
 * Rule: a number cell counted in whole units (an amount in kroner) has no decimals: the site prints
 * amounts without them, so »1500000,50« would be shown as 1.500.001 kr. beside a file that says otherwise.
 */
import type { ColumnSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkWhole(ref: RowRef, col: ColumnSpec, value: number): ValidationError | undefined {
  if (col.wholeUnit === undefined || Number.isInteger(value)) return undefined;
  return cellError(ref, col.name, `værdien skal være i hele ${col.wholeUnit}, uden decimaler`, `et helt tal, fx ${Math.round(value)}`);
}
