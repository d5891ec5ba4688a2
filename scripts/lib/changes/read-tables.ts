/**
 * The data tables of one side, read as the check reads them, so the summary never presents a misread
 * row as a change: a file the check cannot read at all (another encoding than UTF-8, an unclosed
 * quote, a broken header) is not compared; a row it cannot place in its columns (too many or too few
 * cells, a key cell it rejects) is left out, together with the row of the other version it most
 * likely replaces; a cell it rejects is compared, but marked.
 */
import { INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../../../src/lib/data/csv-schema.ts';
import type { ValidationError } from '../../../src/lib/data/errors.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { decodeUtf8File } from '../../../src/lib/data/rules/encoding.ts';
import { fileLevelErrors } from '../../../src/lib/data/rules/file-level.ts';
import { checkHeaders } from '../../../src/lib/data/rules/headers.ts';
import { checkRowLength } from '../../../src/lib/data/rules/row-length.ts';
import { typeTable } from '../../../src/lib/data/typed-table.ts';
import { validateData } from '../../../src/lib/data/validate.ts';
import type { Row } from '../../../src/lib/history/row-diff.ts';
import type { Barometer } from '../../../src/lib/model.ts';

/** One side's version of a data file. */
export interface CsvFile {
  /** Path from the repository's top, as the check names it. */
  file: string;
  /** Undefined when this side has no such file. */
  text?: string;
  /** The bytes, when they are not valid UTF-8 (the text then holds »\uFFFD« in their place). */
  bytes?: Uint8Array;
}

/**
 * Why a row cannot be compared by its key: its cells do not match the header ("cells"), a key cell
 * fails its rule ("key"), or it names an indicator no version of indicators.csv has ("unknown-id").
 */
export type Unkeyed = 'cells' | 'key' | 'unknown-id';

export interface TableRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Cells by column name, trimmed (as readCsvRecords reads them). */
  row: Row;
  /** Every cell as written, trimmed: what the row holds when its columns cannot be trusted. */
  cells: string[];
  unkeyed?: Unkeyed;
  /** Columns whose cell the check rejects ("" for a cell outside the header). */
  invalid: Set<string>;
}

export interface ReadTable {
  file: string;
  spec: TableSpec;
  header: string[];
  /** The rows as read; when the file is unreadable, only good enough for names, never compared. */
  rows: TableRow[];
  /** Why the check cannot read the file at all; while there are any, its rows are not compared. */
  unreadable: ValidationError[];
}

export type Side = 'before' | 'after';

const sameErrors = (a: readonly ValidationError[], b: readonly ValidationError[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `side`: the base may predate a column the schema now requires, so its header is not held against it. */
export function readTable(input: CsvFile, spec: TableSpec, side: Side): ReadTable {
  const base = { file: input.file, spec, header: [], rows: [] };
  if (input.text === undefined) {
    const missing: ValidationError = { file: input.file, line: 1, column: 1, message: 'filen findes ikke' };
    return { ...base, unreadable: spec.optionalFile ? [] : [missing] };
  }
  const { table, errors: readErrors } = readCsv(input.text, input.file);
  const columns = table.header.map((name, i) => ({ name, i })).filter((c) => c.name !== '');
  const rows = table.rows.map((r): TableRow => ({
    line: r.line,
    row: Object.fromEntries(columns.map((c) => [c.name, (r.cells[c.i] ?? '').trim()])),
    cells: r.cells.map((c) => c.trim()),
    invalid: new Set(),
  }));
  const lenient = { ...base, header: table.header, rows };
  const decoded = decodeUtf8File(input.bytes ?? Buffer.from(input.text, 'utf8'), input.file, 'csv');
  if (decoded.error) return { ...lenient, unreadable: [decoded.error] };

  const header = checkHeaders(table, spec).errors;
  // A good header and no rows is a legal optional table (no goals yet).
  const headerOnly = spec.optionalFile && readErrors.length === 0 && table.rows.length === 0 && header.length === 0;
  const fileErrors = headerOnly ? [] : fileLevelErrors(table, spec, readErrors);
  if (fileErrors.length > 0 && !(side === 'before' && sameErrors(fileErrors, header))) return { ...lenient, unreadable: fileErrors };

  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const r of table.rows) {
    const row = byLine.get(r.line);
    if (row && checkRowLength(table, r)) row.unkeyed = 'cells';
  }
  // Cell rules: a rejected key cell leaves the row without a trustworthy key; any other cell is marked.
  for (const e of typeTable(table, spec).errors) {
    const r = byLine.get(e.line);
    if (!r || r.unkeyed) continue;
    const name = table.header[e.column - 1] ?? '';
    if (spec.primaryKey.includes(name)) r.unkeyed = 'key';
    else r.invalid.add(name);
  }
  return { ...lenient, unreadable: [] };
}

/** Errors of the rules across rows and tables: the cell each points at is marked, the row still compares. */
export function markErrors(table: ReadTable, errors: readonly ValidationError[]): void {
  const byLine = new Map(table.rows.map((r) => [r.line, r]));
  for (const e of errors) {
    const r = e.file === table.file ? byLine.get(e.line) : undefined;
    if (r && !r.unkeyed) r.invalid.add(table.header[e.column - 1] ?? '');
  }
}

export interface DataSide {
  indicators: ReadTable;
  measurements: ReadTable;
  /** The side's barometer when its data passes every rule the check runs; undefined otherwise. */
  barometer?: Barometer;
}

/** indicators.csv and measurements.csv of one side, with the check's verdict on every row and cell. */
export function readData(indicators: CsvFile, measurements: CsvFile, side: Side): DataSide {
  const ind = readTable(indicators, INDICATORS_TABLE, side);
  const mea = readTable(measurements, MEASUREMENTS_TABLE, side);
  if (ind.unreadable.length > 0 || mea.unreadable.length > 0) return { indicators: ind, measurements: mea };
  const r = validateData(
    { file: indicators.file, text: indicators.text ?? '' },
    { file: measurements.file, text: measurements.text ?? '' },
  );
  markErrors(ind, r.errors);
  markErrors(mea, r.errors);
  return { indicators: ind, measurements: mea, ...(r.errors.length === 0 ? { barometer: r.barometer } : {}) };
}

/** A row of the changed version the check cannot place, and the row of the other version it replaces. */
export interface UnreadRow {
  row: TableRow;
  /** The base row the editor most likely edited into this one; it is left out of the comparison too. */
  replaces?: TableRow;
}

export interface ComparableRows {
  /** Rows keyed on the primary key, on each side; rows without a trustworthy key are left out. */
  before: Map<string, TableRow>;
  after: Map<string, TableRow>;
  unread: UnreadRow[];
}

const filled = (cells: readonly string[]): string[] => cells.filter((c) => c !== '');

/** How many of `a`'s non-empty cells `b` also has (as a multiset: each cell of `b` counts once). */
function overlap(a: readonly string[], b: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const c of filled(b)) pool.set(c, (pool.get(c) ?? 0) + 1);
  let n = 0;
  for (const c of filled(a)) {
    const left = pool.get(c) ?? 0;
    if (left > 0) {
      n++;
      pool.set(c, left - 1);
    }
  }
  return n;
}

/**
 * The removed base row an unreadable row most likely stands in place of: all but at most one of its
 * key cells and at least two thirds of its cells are in the unreadable row (a delimiter too many
 * shifts cells but keeps them; a mistyped id or period changes one). Most cells in common wins, then
 * the nearest line. Undefined when no row is that close: then it was a new row, and a real removal
 * stays a removal.
 */
function replaced(r: TableRow, candidates: readonly TableRow[], key: readonly string[]): TableRow | undefined {
  let best: { row: TableRow; score: number } | undefined;
  for (const c of candidates) {
    const keyCells = key.map((k) => c.row[k] ?? '').filter((v) => v !== '');
    const missingKeys = keyCells.filter((v) => !r.cells.includes(v)).length;
    const score = overlap(c.cells, r.cells);
    if (missingKeys > 1 || score * 3 < filled(c.cells).length * 2) continue;
    const closer = best && score === best.score && Math.abs(c.line - r.line) < Math.abs(best.row.line - r.line);
    if (!best || score > best.score || closer) best = { row: c, score };
  }
  return best?.row;
}

/** Both sides keyed for comparison, without the rows the check cannot place (see UnreadRow). */
export function comparableRows(before: ReadTable, after: ReadTable, key: (r: Row) => string): ComparableRows {
  const index = (t: ReadTable) => new Map(t.rows.filter((r) => !r.unkeyed).map((r) => [key(r.row), r]));
  const b = index(before);
  const a = index(after);
  const removed = new Map([...b].filter(([k]) => !a.has(k)));
  // A row that was just as broken before and is untouched is not part of this change.
  const brokenBefore = new Set(before.rows.filter((r) => r.unkeyed).map((r) => r.cells.join('\u0000')));
  const unread: UnreadRow[] = [];
  for (const r of after.rows) {
    if (!r.unkeyed || brokenBefore.has(r.cells.join('\u0000'))) continue;
    const from = replaced(r, [...removed.values()], after.spec.primaryKey);
    if (from) {
      const k = key(from.row);
      b.delete(k);
      removed.delete(k);
    }
    unread.push({ row: r, ...(from ? { replaces: from } : {}) });
  }
  return { before: b, after: a, unread };
}
