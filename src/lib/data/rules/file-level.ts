/**
 * Rule: the file as a whole can be read as a table – it has a header row with the right columns,
 * rows under it that split as the header does, and no unclosed quote. These are causes: while one
 * of them stands, every other rule would only report what follows from it (a missing column makes
 * every row "incomplete", an unclosed quote swallows the rest of the file, a comma-separated file
 * with decimal commas gives every row too many cells), so the file's rows are not checked further
 * and rules that read them are skipped (validate.ts, rule-gate.ts).
 */
import type { TableSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import type { CsvTable } from '../read-csv.ts';
import { checkHeaders } from './headers.ts';
import { checkRowShapes } from './row-length.ts';

const NAMES = { ';': 'semikolon', ',': 'komma' } as const;

/**
 * The header and the rows are separated by different characters (a header typed by hand with ","
 * above rows Excel saved with ";"): every row would read as one cell. The first such row, or
 * undefined when most rows split as the header does.
 */
function delimiterMismatch(table: CsvTable): ValidationError | undefined {
  if (table.header.length < 2) return undefined;
  const other = table.delimiter === ';' ? ',' : ';';
  const odd = table.rows.filter(
    (r) => r.cells.length < table.header.length && r.cells.join(table.delimiter).split(other).length >= table.header.length,
  );
  if (odd.length === 0 || odd.length * 2 < table.rows.length) return undefined;
  const first = odd[0]!;
  return {
    file: table.file,
    line: first.line,
    column: 1,
    message: `rækkerne er adskilt med ${NAMES[other]}, men overskriftsrækken (linje ${table.headerLine}) med ${NAMES[table.delimiter]}`,
    got: first.cells.join(table.delimiter),
    expected: `samme skilletegn i hele filen: ret overskriftsrækken til ${NAMES[other]} (${other}), eller gem filen igen fra Excel som »CSV UTF-8«`,
  };
}

export function fileLevelErrors(table: CsvTable, spec: TableSpec, readErrors: readonly ValidationError[]): ValidationError[] {
  if (readErrors.length > 0) return [...readErrors];
  const mismatch = delimiterMismatch(table);
  if (mismatch) return [mismatch];
  const headerErrors = checkHeaders(table, spec).errors;
  if (headerErrors.length > 0) return headerErrors;
  if (table.rows.length === 0) {
    return [
      {
        file: table.file,
        line: table.headerLine,
        column: 1,
        message: 'filen har ingen rækker under overskriftsrækken',
        expected: `mindst én række med ${spec.columns.map((c) => c.name).join(';')}`,
      },
    ];
  }
  const shapes = checkRowShapes(table, spec);
  return shapes ? [shapes] : [];
}
