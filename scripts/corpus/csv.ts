/**
 * Write generated rows as the CSV an editor's Danish Excel saves (UTF-8 with BOM, `;`, CRLF), with the
 * columns taken from the table spec in src/lib/data/csv-schema.ts. A column the spec adds later is
 * written empty when optional; a new required column stops the generator with a clear message.
 */
import type { TableSpec } from '../../src/lib/data/csv-schema.ts';
import type { Row } from './indicators.ts';

function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(spec: TableSpec, rows: readonly Row[]): string {
  const names = spec.columns.map((c) => c.name);
  const missing = spec.columns.filter((c) => c.required && rows.length > 0 && !(c.name in (rows[0] ?? {})));
  if (missing.length) {
    throw new Error(
      `generate-corpus: ${spec.file} now requires ${missing.map((c) => c.name).join(', ')}, which the generator does not fill; ` +
        'add it in scripts/corpus/indicators.ts',
    );
  }
  const lines = [names.join(';'), ...rows.map((r) => names.map((n) => cell(r[n] ?? '')).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
