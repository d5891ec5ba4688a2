/** The CSV dialects editors produce, and the small parsers under the validator. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { readCsv } from '../../src/lib/data/read-csv.ts';
import { parseNumber } from '../../src/lib/data/parse-number.ts';
import { parsePeriod } from '../../src/lib/data/parse-period.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const DANISH = 'test/fixtures/data/valid-danish-excel';
const COMMA = 'test/fixtures/data/valid-comma-decimal-point';

describe('CSV dialects', () => {
  it('accepts a file as Danish Excel saves it: UTF-8 BOM, ";", decimal comma, CRLF', () => {
    const raw = readFileSync(`${DANISH}/measurements.csv`);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8')).toContain(';52,25;');
    expect(raw.toString('utf8')).toContain('\r\n');
    const { barometer, errors } = loadBarometer(DANISH);
    expect(errors.map(formatError)).toEqual([]);
    expect(barometer.indicators).toHaveLength(6);
    expect(barometer.measurements).toHaveLength(14);
    const a2015 = barometer.measurements.find((m) => m.indicator === 'a-beskaeftigelse' && m.period.label === '2015' && m.breakdown === '');
    expect(a2015?.value).toBe(52.25);
    expect(barometer.indicators[0]).toMatchObject({
      id: 'a-beskaeftigelse',
      direction: 'higher',
      main: true,
      tolerance: 0.5,
      mainLabel: 'København',
      baseline: { period: { label: '2014', time: 2014 }, value: 50.5 },
      target: { period: { label: '2020', time: 2020 }, value: 60 },
    });
  });

  it('accepts a comma-separated file with decimal points and reads the same data', () => {
    const text = readFileSync(`${COMMA}/measurements.csv`, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).toContain(',52.25,');
    const comma = loadBarometer(COMMA);
    expect(comma.errors).toEqual([]);
    expect(comma.barometer).toEqual(loadBarometer(DANISH).barometer);
  });

  it('fills an empty baseline_value from the main series and leaves the baseline out without a period', () => {
    const { barometer } = loadBarometer(DANISH);
    expect(barometer.indicators.find((i) => i.id === 'b-bolig')?.baseline?.value).toBe(30);
    expect(barometer.indicators.find((i) => i.id === 'b-bolig')?.illustrative).toBe(true);
    expect(barometer.indicators.find((i) => i.id === 'c-tryghed')?.target).toBeUndefined();
  });
});

describe('readCsv', () => {
  it('numbers rows by the line they start on, across BOM, CRLF, blank lines and quoted line breaks', () => {
    const text = '\uFEFFa;b\r\n1;"x\r\ny"\r\n\r\n2;3\n"4\n\n5";6\n7;8\n';
    const { table, errors } = readCsv(text, 'f.csv');
    expect(errors).toEqual([]);
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [5, '2'],
      [6, '4\n\n5'],
      [9, '7'],
    ]);
  });

  it('reads the delimiter from the header line only', () => {
    expect(readCsv('a,b\n"1;2",3\n', 'f.csv').table.delimiter).toBe(',');
    expect(readCsv('a;b\n1,5;3\n', 'f.csv').table.decimal).toBe(',');
  });
});

describe('parseNumber', () => {
  it.each([
    ['12,5', ',', 12.5],
    ['-3,25', ',', -3.25],
    ['\u22122,5', ',', -2.5],
    [' 70 ', ',', 70],
    ['12.5', '.', 12.5],
  ] as const)('reads %j with decimal %j', (raw, decimal, value) => {
    expect(parseNumber(raw, decimal)).toBe(value);
  });

  it.each([
    ['12,3,4', ','],
    ['abc', ','],
    ['12.5', ','],
    ['1.234,5', ','],
    ['1 000', ','],
    ['', ','],
    ['12,5', '.'],
    ['1e3', '.'],
  ] as const)('refuses %j with decimal %j', (raw, decimal) => {
    expect(parseNumber(raw, decimal)).toBeUndefined();
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2014', 2014],
    ['2014K1', 2014],
    ['2014K3', 2014.5],
    ['2014-01', 2014],
    ['2014-07', 2014.5],
  ] as const)('%s starts at decimal year %d', (label, time) => {
    expect(parsePeriod(label)).toEqual({ label, time });
  });

  it.each(['14', '2014/15', '2014K5', '2014-13', '2014-1', 'K1 2014', '2014Q1'])('refuses %s', (label) => {
    expect(parsePeriod(label)).toBeUndefined();
  });
});
