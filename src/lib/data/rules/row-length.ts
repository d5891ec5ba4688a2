/**
 * Rule: a row has as many cells as the header. Fewer cells usually mean a lost delimiter that shifts
 * every value into the wrong column; extra empty cells (trailing ";") are harmless and allowed.
 */
import type { CsvRow, CsvTable } from '../read-csv.ts';
import type { ValidationError } from '../errors.ts';

export function checkRowLength(table: CsvTable, row: CsvRow): ValidationError | undefined {
  const want = table.header.length;
  const extra = row.cells.slice(want).some((c) => c.trim() !== '');
  if (row.cells.length >= want && !extra) return undefined;
  const column = row.cells.length < want ? row.cells.length : want + 1;
  return {
    file: table.file,
    line: row.line,
    column: Math.max(column, 1),
    message: `rækken har ${row.cells.length} celler, men overskriften har ${want}`,
    got: row.cells.join(table.delimiter),
    expected: `${want} celler adskilt af "${table.delimiter}"`,
  };
}
