/**
 * Rule: a row has as many cells as the header. Fewer cells usually mean a lost delimiter that shifts
 * every value into the wrong column; extra empty cells (trailing ";") are harmless and allowed.
 * When most rows are off, the file is (a comma-separated file with decimal commas, a column deleted
 * from the header only): one message at the header says so instead of one per row.
 */
import type { CsvRow, CsvTable } from '../read-csv.ts';
import type { TableSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { allOf, headerText } from './headers.ts';

/** Cells the row really has: trailing empty cells past the header do not count. */
function filledLength(table: CsvTable, row: CsvRow): number {
  let n = row.cells.length;
  while (n > table.header.length && (row.cells[n - 1] ?? '').trim() === '') n--;
  return n;
}

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

/** The most common length among the rows, and how many rows have it. */
function commonLength(lengths: readonly number[]): { length: number; rows: number } {
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = { length: 0, rows: 0 };
  for (const [length, rows] of counts) if (rows > best.rows) best = { length, rows };
  return best;
}

/**
 * Rows of a comma-separated file with a number cut at its decimal comma: a number column holds
 * »50« and the next cell »5« where »50,5« was written, and the row has more cells than the header.
 * With an empty last cell such a row even has a harmless length, and »50« would be read as the value.
 */
function splitDecimals(table: CsvTable, spec: TableSpec): CsvRow[] {
  if (table.delimiter !== ',') return [];
  const numbers = table.header.flatMap((name, i) => (spec.columns.find((c) => c.name === name)?.type === 'number' ? [i] : []));
  const cut = (row: CsvRow, i: number) => /^-?\d+$/.test((row.cells[i] ?? '').trim()) && /^\d+$/.test((row.cells[i + 1] ?? '').trim());
  return table.rows.filter((r) => r.cells.length > table.header.length && numbers.some((i) => cut(r, i)));
}

/**
 * More than half of the rows (and at least two) have the wrong length, or a comma-separated file
 * cuts two or more numbers at their decimal comma: the cause is the file or its header, and one
 * error at the header names it. A stray cell in a row or two is left to checkRowLength.
 */
export function checkRowShapes(table: CsvTable, spec: TableSpec): ValidationError | undefined {
  const want = table.header.length;
  const bad = table.rows.filter((r) => checkRowLength(table, r) !== undefined);
  const decimals = splitDecimals(table, spec);
  if ((bad.length < 2 || bad.length * 2 <= table.rows.length) && decimals.length < 2) return undefined;
  const common = commonLength(bad.map((r) => filledLength(table, r)));
  const at = { file: table.file, line: table.headerLine, column: 1, got: headerText(table) };
  const d = table.delimiter;
  if (decimals.length >= 2 || (d === ',' && common.length > want)) {
    // Semicolons replaced by commas (or a file saved as »CSV (kommasepareret)« with Danish numbers).
    const over = table.rows.filter((r) => r.cells.length > want).length;
    return {
      ...at,
      message: `filen er adskilt med komma, ikke semikolon: decimalkommaer og kommaer i teksten deler cellerne, så ${over} af ${table.rows.length} rækker har flere celler end overskriftens ${want}`,
      expected: `semikolon mellem kolonnerne, som i ${table.header.join(';')} – eller, med komma mellem kolonnerne, decimalpunktum (12.5) og tekster med komma i anførselstegn`,
    };
  }
  const of = `${bad.length} af ${table.rows.length} rækker`;
  const dominant = common.rows * 2 > bad.length;
  if (dominant && common.length > want) {
    const absent = spec.columns.map((c) => c.name).filter((name) => !table.header.includes(name));
    const lacks = common.length - want === 1 ? 'en kolonne' : `${common.length - want} kolonner`;
    return {
      ...at,
      message: `overskriftsrækken har ${want} kolonner, men ${of} har ${common.length} celler: der mangler ${lacks} i overskriftsrækken, så værdierne står under de forkerte overskrifter`,
      expected: `et kolonnenavn for hver celle, adskilt af "${d}"${absent.length > 0 ? `; overskriftsrækken har ikke ${allOf(absent)}` : ''}`,
    };
  }
  if (dominant) {
    return {
      ...at,
      message: `overskriftsrækken har ${want} kolonner, men ${of} har kun ${common.length} celler: overskriftsrækken har en kolonne, rækkerne ikke har`,
      expected: `${want} celler adskilt af "${d}" i hver række, eller kun rækkernes kolonner i overskriftsrækken`,
    };
  }
  return {
    ...at,
    message: `${of} har et andet antal celler end overskriftens ${want}, så filen kan ikke læses som én tabel`,
    expected: `${want} celler adskilt af "${d}" i hver række – eller gem filen igen fra Excel som »CSV UTF-8«`,
  };
}
