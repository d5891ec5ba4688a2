/**
 * Turn a parsed CSV table into rows of typed cell values, running the header, row-length and
 * per-cell rules. A cell that fails its rule is left undefined, so later rules skip it instead of
 * reporting the same mistake twice.
 */
import type { Period } from '../model.ts';
import type { ColumnSpec, TableSpec } from './csv-schema.ts';
import type { ValidationError } from './errors.ts';
import type { CsvTable } from './read-csv.ts';
import type { RowRef } from './row-ref.ts';
import { checkHeaders } from './rules/headers.ts';
import { checkRowLength } from './rules/row-length.ts';
import { checkRequired } from './rules/cell-required.ts';
import { checkNumber } from './rules/cell-number.ts';
import { checkPeriod } from './rules/cell-period.ts';
import { checkAllowed } from './rules/cell-allowed.ts';
import { checkId } from './rules/cell-id.ts';
import { checkUrl } from './rules/cell-url.ts';
import { checkDate, checkExpectedDate } from './rules/cell-date.ts';
import { checkYear } from './rules/cell-year.ts';
import { checkMaximum, checkMinimum } from './rules/cell-minimum.ts';
import { checkWhole } from './rules/cell-whole.ts';
import { checkPrecision } from './rules/cell-precision.ts';
import { checkLength } from './rules/cell-length.ts';

export type CellValue = string | number | Period | undefined;

export interface TypedRow {
  ref: RowRef;
  values: Record<string, CellValue>;
  /** False when any cell of the row failed its rule or the row had the wrong length. */
  valid: boolean;
}

function convert(ref: RowRef, col: ColumnSpec, decimal: ',' | '.'): { value?: CellValue; error?: ValidationError } {
  // Length first: a megabyte-long cell is not compared with every allowed value.
  const tooLong = checkLength(ref, col);
  if (tooLong) return { error: tooLong };
  switch (col.type) {
    case 'number': {
      const number = checkNumber(ref, col.name, decimal);
      const v = number.value;
      // The bounds first: »1e23 kroner« is too large before it is too precise.
      const wrong =
        v === undefined
          ? undefined
          : (checkMinimum(ref, col, v) ??
            checkMaximum(ref, col, v) ??
            checkWhole(ref, col, v) ??
            checkPrecision(ref, col.name, v, decimal));
      return wrong ? { error: wrong } : number;
    }
    case 'year':
      return checkYear(ref, col.name);
    case 'period':
      return checkPeriod(ref, col.name);
    case 'enum':
    case 'boolean':
      return checkAllowed(ref, col);
    case 'id':
    case 'indicator':
      return checkId(ref, col.name);
    case 'url':
      return checkUrl(ref, col.name);
    case 'date':
      return checkDate(ref, col.name);
    case 'expected-date':
      return checkExpectedDate(ref, col.name);
    case 'text':
    case 'letter':
      return { value: ref.cells[col.name]?.raw.trim() };
  }
}

export function typeTable(table: CsvTable, spec: TableSpec): { rows: TypedRow[]; errors: ValidationError[] } {
  const { columns, errors } = checkHeaders(table, spec);
  const rows: TypedRow[] = [];
  for (const row of table.rows) {
    const ref: RowRef = { file: table.file, line: row.line, cells: {} };
    // Cells missing from a short row stay absent: the row-length error already covers them.
    for (const [name, index] of columns) if (index < row.cells.length) ref.cells[name] = { column: index + 1, raw: row.cells[index] ?? '' };
    const lengthError = checkRowLength(table, row);
    const typed: TypedRow = { ref, values: {}, valid: !lengthError };
    if (lengthError) {
      // The cause, alone: with a delimiter too many or too few every later value sits in the wrong
      // column, and »value er tom« or »ukendt markering« for them would only bury it.
      errors.push(lengthError);
      rows.push(typed);
      continue;
    }
    for (const col of spec.columns) {
      const cell = ref.cells[col.name];
      // A column the file leaves out on purpose is empty in every row, not a broken row.
      if (!cell && col.optionalInHeader && !columns.has(col.name)) continue;
      if (!cell) {
        typed.valid = false;
        continue;
      }
      if (cell.raw.trim() === '') {
        const missing = checkRequired(ref, col);
        if (missing) {
          errors.push(missing);
          typed.valid = false;
        }
        continue;
      }
      const { value, error } = convert(ref, col, table.decimal);
      if (error) {
        errors.push(error);
        typed.valid = false;
      } else {
        typed.values[col.name] = value;
      }
    }
    rows.push(typed);
  }
  return { rows, errors };
}
