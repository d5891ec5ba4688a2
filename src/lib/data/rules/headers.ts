/**
 * Rule: the header row has every column of the table (a column marked optionalInHeader may be left
 * out), no unknown column and none twice.
 */
import type { CsvTable } from '../read-csv.ts';
import type { TableSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { closest } from '../closest.ts';

export function checkHeaders(table: CsvTable, spec: TableSpec): { columns: Map<string, number>; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const columns = new Map<string, number>();
  const known = spec.columns.map((c) => c.name);
  const line = table.headerLine;
  const all = known.join(';');
  if (table.header.length === 0) {
    errors.push({ file: table.file, line: 1, column: 1, message: 'filen er tom', expected: `en overskriftsrække: ${all}` });
    return { columns, errors };
  }
  table.header.forEach((name, i) => {
    const at = { file: table.file, line, column: i + 1, got: name };
    if (name === '') {
      errors.push({ ...at, message: 'kolonnen har ingen overskrift', expected: `en af kolonnerne ${all}` });
    } else if (!known.includes(name)) {
      const guess = closest(name, known);
      const hint = guess ? ` – mente du "${guess}"?` : '';
      errors.push({ ...at, message: `ukendt kolonne${hint}`, expected: `en af kolonnerne ${all}` });
    } else if (columns.has(name)) {
      errors.push({
        ...at,
        message: `kolonnen står to gange (første gang i kolonne ${(columns.get(name) ?? 0) + 1})`,
        expected: 'hver kolonne én gang',
      });
    } else {
      columns.set(name, i);
    }
  });
  const needed = spec.columns.filter((c) => !c.optionalInHeader).map((c) => c.name);
  for (const name of needed) {
    if (!columns.has(name) && !table.header.includes(name)) {
      errors.push({ file: table.file, line, column: 1, message: `kolonnen "${name}" mangler i overskriftsrækken`, expected: all });
    }
  }
  return { columns, errors };
}
