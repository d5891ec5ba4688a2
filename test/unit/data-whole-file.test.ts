/**
 * A mistake in a whole data file is told once, at the header, and alone: a comma-separated file with
 * decimal commas, a tab- or |-separated file, a column deleted from the header only, a header row
 * replaced by data, several columns missing. Rules reading that file's rows are skipped for the run
 * (no »indikatoren har ingen målinger« for every indicator); the other file is still checked. A row
 * or two with a stray cell are still reported row by row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOALS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { dataContext } from '../../src/lib/data/data-context.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { readCsv } from '../../src/lib/data/read-csv.ts';
import { runGated } from '../../src/lib/data/rule-gate.ts';
import { fileLevelErrors } from '../../src/lib/data/rules/file-level.ts';
import { validateData } from '../../src/lib/data/validate.ts';

const DIR = 'test/fixtures/data/valid-danish-excel';
// Line ends as \n: the fixture is saved with CRLF, and the tests edit it line by line.
const read = (name: string) =>
  readFileSync(`${DIR}/${name}`, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
const INDICATORS = read('indicators.csv');
const MEASUREMENTS = read('measurements.csv');
const today = new Date('2026-12-01');
const check = (measurements: string, indicators = INDICATORS) =>
  validateData(
    { file: 'data/indicators.csv', text: indicators },
    { file: 'data/measurements.csv', text: measurements },
    { today },
  ).errors.map(formatError);
const HEADER = 'indicator;period;breakdown;value;source;note';
const ALL_COLUMNS = 'indicator;period;breakdown;value;source;note;geo;flag;source_url';
/** The measurements fixture with its header line replaced. */
const withHeader = (header: string) => [header, ...MEASUREMENTS.split('\n').slice(1)].join('\n');

describe('a whole-file mistake in measurements.csv', () => {
  it('comma-separated with decimal commas: one message naming the comma, nothing from indicators.csv', () => {
    expect(check(MEASUREMENTS.replaceAll(';', ','))).toEqual([
      `data/measurements.csv:1:1: filen er adskilt med komma, ikke semikolon: decimalkommaer og kommaer i teksten deler cellerne, så 5 af 14 rækker har flere celler end overskriftens 6 (fik "${HEADER.replaceAll(';', ',')}", forventede semikolon mellem kolonnerne, som i ${HEADER} – eller, med komma mellem kolonnerne, decimalpunktum (12.5) og tekster med komma i anførselstegn)`,
    ]);
  });

  it('comma-separated with commas in the texts too: the same one message, counting every row too long', () => {
    const text = MEASUREMENTS.replaceAll('Danmarks Statistik', 'Danmarks Statistik, RAS200').replaceAll(';', ',');
    const errors = check(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/measurements\.csv:1:1: filen er adskilt med komma, ikke semikolon: .* så 13 af 14 rækker har flere celler/,
    );
  });

  it.each([
    ['\t', 'tabulator', '\\t'],
    ['|', 'lodret streg (|)', '|'],
  ])('separated by %j: one message naming the separator, with the header as »fik«', (sep, name, shown) => {
    expect(check(MEASUREMENTS.replaceAll(';', sep))).toEqual([
      `data/measurements.csv:1:1: filen er adskilt med ${name}, ikke semikolon (fik "${HEADER.replaceAll(';', shown)}", forventede semikolon mellem kolonnerne, som i ${HEADER} – eller gem filen igen fra Excel som »CSV UTF-8«)`,
    ]);
  });

  it('a column deleted from the header only: one message naming the column the header lacks', () => {
    const rows = MEASUREMENTS.split('\n')
      .slice(1)
      .map((r) => (r === '' ? r : `${r};https://www.dst.dk`));
    expect(check([HEADER, ...rows].join('\n'))).toEqual([
      `data/measurements.csv:1:1: overskriftsrækken har 6 kolonner, men 14 af 14 rækker har 7 celler: der mangler en kolonne i overskriftsrækken, så værdierne står under de forkerte overskrifter (fik "${HEADER}", forventede et kolonnenavn for hver celle, adskilt af ";"; overskriftsrækken har ikke "geo", "flag" og "source_url")`,
    ]);
  });

  it('a column in the header that the rows do not have: one message', () => {
    expect(check(withHeader(`${HEADER};geo;flag`))[0]).toBe(
      `data/measurements.csv:1:1: overskriftsrækken har 8 kolonner, men 14 af 14 rækker har kun 6 celler: overskriftsrækken har en kolonne, rækkerne ikke har (fik "${HEADER};geo;flag", forventede 8 celler adskilt af ";" i hver række, eller kun rækkernes kolonner i overskriftsrækken)`,
    );
  });

  it('the header row replaced by a data row: one message, not one per cell', () => {
    const rows = MEASUREMENTS.split('\n').slice(1);
    expect(check(rows.join('\n'))).toEqual([
      `data/measurements.csv:1:1: første linje er ikke en overskriftsrække: ingen af dens celler er et kolonnenavn (fik "${rows[0]}", forventede kolonnenavnene på første linje: ${ALL_COLUMNS})`,
    ]);
  });

  it('several required columns missing: one message listing them', () => {
    const errors = check(withHeader('indicator;periode;breakdown;vaerdi;source;note'));
    expect(errors.filter((e) => e.includes('mangler'))).toEqual([
      `data/measurements.csv:1:1: kolonnerne "period" og "value" mangler i overskriftsrækken (forventede ${ALL_COLUMNS})`,
    ]);
  });

  it('a stray cell in one row is still that row’s own message, and the rest is checked', () => {
    const lines = MEASUREMENTS.split('\n');
    lines[3] = `${lines[3]};ekstra`;
    lines[5] = lines[5]!.replace(';30;', ';130;');
    expect(check(lines.join('\n'))).toEqual([
      `data/measurements.csv:4:7: rækken har 7 celler, men overskriften har 6 (fik "${lines[3]}", forventede 6 celler adskilt af ";")`,
      expect.stringMatching(/^data\/measurements\.csv:6:4: værdien er umulig for enheden "pct"/),
    ]);
  });
});

describe('the other file is still checked', () => {
  it('indicators.csv’s own mistakes are told beside a broken measurements.csv, but none that reads measurements', () => {
    const indicators = INDICATORS.replace(';0,5;Danmarks Statistik;', ';-1;Danmarks Statistik;');
    const errors = check(MEASUREMENTS.replaceAll(';', '\t'), indicators);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^data\/indicators\.csv:2:13: /);
    expect(errors[1]).toMatch(/^data\/measurements\.csv:1:1: filen er adskilt med tabulator, ikke semikolon/);
  });

  it('a rule is skipped when it reads a broken table, and runs when it does not', () => {
    const ctx = dataContext('i.csv', 'm.csv', [], []);
    const error = { file: 'i.csv', line: 2, column: 1, message: 'x' };
    const broken = { indicators: false, measurements: true };
    expect(runGated(ctx, broken, (c) => (c.indicators.length === 0 ? [error] : []))).toEqual([error]);
    expect(runGated(ctx, broken, (c) => (c.measurements.length === 0 ? [error] : []))).toEqual([]);
    expect(runGated(ctx, broken, (c) => (c.mainSeries.size === 0 ? [error] : []))).toEqual([]);
    expect(runGated(ctx, { indicators: true, measurements: false }, (c) => (c.byId.size === 0 ? [error] : []))).toEqual([]);
    expect(runGated(ctx, { indicators: false, measurements: false }, () => [error])).toEqual([error]);
  });
});

describe('the same rules for the goal files', () => {
  it('a tab-separated goals.csv is one message', () => {
    const header = GOALS_TABLE.columns.map((c) => c.name);
    const text = `${header.join('\t')}\n${header.map(() => 'x').join('\t')}\n`;
    const { table, errors } = readCsv(text, 'data/goals.csv');
    expect(fileLevelErrors(table, GOALS_TABLE, errors).map(formatError)).toEqual([
      expect.stringMatching(/^data\/goals\.csv:1:1: filen er adskilt med tabulator, ikke semikolon \(fik "id\\tadministration\\t/),
    ]);
  });
});
