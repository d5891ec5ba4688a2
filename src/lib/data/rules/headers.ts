/**
 * Rule: the header row has every column of the table (a column marked optionalInHeader may be left
 * out), no unknown column and none twice. A header that is not the table's header at all – written
 * with another separator (tab, |), or a data row where the header should be – is told as its one
 * cause: one »ukendt kolonne« per cell and one »mangler« per column would bury it.
 */
import type { CsvTable } from '../read-csv.ts';
import type { TableSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { closest } from '../closest.ts';

/** Separators Excel or another program may have used; "," is a legal dialect (read-csv.ts). */
const OTHER_SEPARATORS: readonly { char: string; name: string }[] = [
  { char: '\t', name: 'tabulator' },
  { char: '|', name: 'lodret streg (|)' },
];

/** `"a", "b" og "c"`: every item, unlike oneOf's »eller«. */
export function allOf(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} og ${quoted[quoted.length - 1]}`;
}

/** The header as the editor wrote it (cells trimmed), for »fik«. */
export function headerText(table: CsvTable): string {
  return table.header.join(table.delimiter);
}

/**
 * The header splits into the table's columns at a tab or a "|", not at ";": the file was saved with
 * another separator, so every row is one cell too.
 */
function wrongSeparator(table: CsvTable, known: readonly string[]): ValidationError | undefined {
  const text = headerText(table);
  const count = (names: readonly string[]) => names.filter((n) => known.includes(n)).length;
  const here = count(table.header);
  for (const { char, name } of OTHER_SEPARATORS) {
    const names = text.split(char).map((n) => n.trim());
    if (count(names) < 2 || count(names) <= here) continue;
    return {
      file: table.file,
      line: table.headerLine,
      column: 1,
      message: `filen er adskilt med ${name}, ikke semikolon`,
      got: text,
      expected: `semikolon mellem kolonnerne, som i ${names.join(';')} – eller gem filen igen fra Excel som »CSV UTF-8«`,
    };
  }
  return undefined;
}

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
  const separator = wrongSeparator(table, known);
  if (separator) return { columns, errors: [separator] };
  if (!table.header.some((name) => known.includes(name))) {
    // Not one column name: the header row was deleted or replaced, and the first data row took its place.
    const message = 'første linje er ikke en overskriftsrække: ingen af dens celler er et kolonnenavn';
    errors.push({ file: table.file, line, column: 1, message, got: headerText(table), expected: `kolonnenavnene på første linje: ${all}` });
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
  const missing = needed.filter((name) => !columns.has(name) && !table.header.includes(name));
  // One message for the header, however many columns it lacks: they are one edit of one line.
  if (missing.length === 1) {
    errors.push({ file: table.file, line, column: 1, message: `kolonnen "${missing[0]}" mangler i overskriftsrækken`, expected: all });
  } else if (missing.length > 1) {
    errors.push({ file: table.file, line, column: 1, message: `kolonnerne ${allOf(missing)} mangler i overskriftsrækken`, expected: all });
  }
  return { columns, errors };
}
