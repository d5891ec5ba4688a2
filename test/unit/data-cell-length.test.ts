/**
 * Every cell has a length limit (rules/cell-length.ts): each text and address column its own
 * (maxLength in csv-schema.ts, far above the longest value in data/), every other column
 * CELL_MAX_LENGTH. A cell over it is reported at its line and column with its length and the limit,
 * in every table, before anything else is done with it – and the message quotes only its beginning.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CELL_MAX_LENGTH, CSV_TABLES, MEASUREMENTS_TABLE, INDICATORS_TABLE, type ColumnSpec } from '../../src/lib/data/csv-schema.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { readCsv } from '../../src/lib/data/read-csv.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { excelCsv } from '../../src/lib/data/write-csv.ts';
import { maxLengthOf } from '../../src/lib/data/rules/cell-length.ts';
import { formatNumber } from '../../src/lib/format/danish-number.ts';
import { loadBarometer, readIndicatorIds } from '../../src/loaders/barometer.ts';
import { loadEditionsFile } from '../../src/loaders/editions.ts';
import { loadGoals } from '../../src/loaders/goals.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';

const root = mkdtempSync(join(tmpdir(), 'cell-length-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const today = new Date('2026-12-01T12:00:00Z');
const read = (file: string) => readCsv(readFileSync(join('data', file), 'utf8'), file).table;

function allErrors(dir: string): string[] {
  const data = loadBarometer(dir, { today });
  const goals = loadGoals(dir, {
    indicatorsFile: 'data/indicators.csv',
    indicatorIds: readIndicatorIds(dir),
    indicators: data.barometer.indicators,
    letters: diskLetterLookup('content'),
    today,
  });
  return [...data.errors, ...loadEditionsFile(dir, today).errors, ...goals.errors].map(formatError);
}

/** A copy of data/ with the first row's cell of `column` in `file` set to `value`. */
function withCell(file: string, column: string, value: string): string {
  const dir = join(root, `${file}-${column}-${value.length}`);
  cpSync('data', dir, { recursive: true });
  const table = read(file);
  const i = table.header.indexOf(column);
  const rows = table.rows.map((r) => r.cells);
  rows[0]![i] = value;
  writeFileSync(join(dir, file), excelCsv(table.header, rows));
  return dir;
}

const limited = CSV_TABLES.flatMap((t) => t.columns.filter((c) => c.type === 'text' || c.type === 'url').map((c) => ({ t, c })));
/** n characters, none of them blank at the ends (a cell is measured trimmed). */
const fill = (c: ColumnSpec, n: number) =>
  `${(c.type === 'url' ? `https://example.org/${'a'.repeat(n)}` : 'Tekst og tal '.repeat(n)).slice(0, n - 1)}.`;

describe('text and address cells', () => {
  it('each text and address column has its own limit, at least three times the longest value in data/', () => {
    for (const { t, c } of limited) {
      expect(c.maxLength, `${t.file} ${c.name}`).toBeDefined();
      const table = read(t.file);
      const i = table.header.indexOf(c.name);
      const longest = Math.max(0, ...table.rows.map((r) => [...(r.cells[i] ?? '')].length));
      expect(maxLengthOf(c), `${t.file} ${c.name}: ${longest}`).toBeGreaterThanOrEqual(3 * longest);
    }
  });

  it.each(limited.map(({ t, c }) => [t.file, c.name, c] as const))('%s %s: one character over the limit is reported', (file, name, c) => {
    const max = maxLengthOf(c);
    const column = read(file).header.indexOf(name) + 1;
    const what = c.type === 'text' ? 'teksten' : 'værdien';
    const over = allErrors(withCell(file, name, fill(c, max + 1)));
    const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const message = `/${file}:2:${column}: ${what} er for lang: ${formatNumber(max + 1, 0)} tegn, men "${name}" må højst have ${formatNumber(max, 0)} (fik "`;
    expect(over.filter((e) => e.includes('er for lang'))).toEqual([
      expect.stringMatching(new RegExp(`${esc(message)}.{79}…", forventede højst`)),
    ]);
    expect(allErrors(withCell(file, name, fill(c, max))).filter((e) => e.includes('er for lang'))).toEqual([]);
  });
});

describe('other cells and huge cells', () => {
  it(`an id, a number or a choice has at most ${CELL_MAX_LENGTH} characters, told before the value is compared with anything`, () => {
    const errors = allErrors(withCell(MEASUREMENTS_TABLE.file, 'indicator', 'a'.repeat(CELL_MAX_LENGTH + 1)));
    expect(errors.filter((e) => e.includes(':2:1:'))).toEqual([
      `${join(root, `${MEASUREMENTS_TABLE.file}-indicator-${CELL_MAX_LENGTH + 1}`, MEASUREMENTS_TABLE.file)}:2:1: værdien er for lang: 301 tegn, men "indicator" må højst have 300 (fik "${'a'.repeat(79)}…", forventede højst 300 tegn – ret cellen)`,
    ]);
  });

  it('a note of megabytes is one short message, found at once', () => {
    const measurements = read(MEASUREMENTS_TABLE.file);
    const rows = measurements.rows.map((r) => r.cells);
    const note = measurements.header.indexOf('note');
    rows[3]![note] = 'Lang note.'.repeat(500_000);
    const started = performance.now();
    const { errors } = validateData(
      { file: 'data/indicators.csv', text: readFileSync(join('data', INDICATORS_TABLE.file), 'utf8') },
      { file: 'data/measurements.csv', text: excelCsv(measurements.header, rows) },
      { today },
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    const long = errors.filter((e) => e.message.includes('for lang')).map(formatError);
    expect(long).toEqual([
      `data/measurements.csv:5:${note + 1}: teksten er for lang: 5.000.000 tegn, men "note" må højst have 2.000 (fik "${'Lang note.'.repeat(8).slice(0, 79)}…", forventede højst 2.000 tegn – forkort teksten)`,
    ]);
  });
});
