/**
 * Rule: the file as a whole can be read as a table – it has a header row with the right columns,
 * rows under it, and no unclosed quote. These are causes: while one of them stands, every other
 * rule would only report what follows from it (a missing column makes every row "incomplete", an
 * unclosed quote swallows the rest of the file), so validation stops at them.
 */
import type { TableSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import type { CsvTable } from '../read-csv.ts';
import { checkHeaders } from './headers.ts';

export function fileLevelErrors(table: CsvTable, spec: TableSpec, readErrors: readonly ValidationError[]): ValidationError[] {
  if (readErrors.length > 0) return [...readErrors];
  const headerErrors = checkHeaders(table, spec).errors;
  if (headerErrors.length > 0) return headerErrors;
  if (table.rows.length === 0) {
    return [{ file: table.file, line: table.headerLine, column: 1, message: 'filen har ingen rækker under overskriftsrækken', expected: `mindst én række med ${spec.columns.map((c) => c.name).join(';')}` }];
  }
  return [];
}
