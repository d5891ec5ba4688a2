/**
 * Read the repository's own CSV rows and write generated rows as the CSV an editor's Danish Excel
 * saves (UTF-8 with BOM, `;`, CRLF, decimal comma; src/lib/data/write-csv.ts), with the columns taken from the table spec in
 * src/lib/data/csv-schema.ts. A column the spec adds later is written empty when optional; a new
 * required column stops the generator with a clear message.
 */
import type { TableSpec } from '../../../src/lib/data/csv-schema.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { excelCsv } from '../../../src/lib/data/write-csv.ts';

export type Row = Record<string, string>;

export function toCsv(spec: TableSpec, rows: readonly Row[]): string {
  const names = spec.columns.map((c) => c.name);
  const missing = spec.columns.filter((c) => c.required && rows.some((r) => !(c.name in r)));
  if (missing.length) {
    throw new Error(
      `generate-corpus: ${spec.file} now requires ${missing.map((c) => c.name).join(', ')}, which the generator does not fill; ` +
        'add it in scripts/lib/corpus/indicators.ts',
    );
  }
  return excelCsv(
    names,
    rows.map((r) => names.map((n) => r[n] ?? '')),
  );
}

/**
 * Rows of an existing CSV file keyed by column name, with numbers turned into decimal-comma form
 * (a `,` file writes 12.5; the corpus is a `;` file). Columns the spec does not know are dropped.
 */
export function fromCsv(spec: TableSpec, text: string, file: string): Row[] {
  const { table } = readCsv(text, file);
  const numeric = new Set(spec.columns.filter((c) => c.type === 'number').map((c) => c.name));
  const known = new Set(spec.columns.map((c) => c.name));
  return table.rows.map((r) => {
    const row: Row = {};
    table.header.forEach((name, i) => {
      if (!known.has(name)) return;
      const raw = (r.cells[i] ?? '').trim();
      row[name] = numeric.has(name) && table.decimal === '.' ? raw.replace('.', ',') : raw;
    });
    return row;
  });
}
