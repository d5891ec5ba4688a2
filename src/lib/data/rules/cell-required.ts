/** Rule: a required cell is not empty. */
import type { ColumnSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkRequired(ref: RowRef, col: ColumnSpec): ValidationError | undefined {
  if (!col.required || ref.cells[col.name] === undefined || ref.cells[col.name]?.raw.trim() !== '') return undefined;
  return cellError(ref, col.name, `den påkrævede celle "${col.name}" er tom`, `en værdi, fx ${col.example}`);
}
