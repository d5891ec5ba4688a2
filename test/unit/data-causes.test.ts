/**
 * A broken table reports its cause, not what follows from it: a header separated by another
 * character than the rows (every row would be one cell, and every indicator »without measurements«),
 * and a row with a separator too many (every later value in the wrong column).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/lib/data/validate.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const DIR = 'test/fixtures/data/valid-danish-excel';
const indicators = { file: 'data/indicators.csv', text: readFileSync(`${DIR}/indicators.csv`, 'utf8') };
const measurements = readFileSync(`${DIR}/measurements.csv`, 'utf8');
const today = new Date('2026-12-01');
const check = (text: string) => validateData(indicators, { file: 'data/measurements.csv', text }, { today }).errors.map(formatError);

describe('the cause first', () => {
  it('the valid fixture passes', () => {
    expect(check(measurements)).toEqual([]);
  });

  it('names a header separated by commas above rows separated by semicolons, once, and nothing else', () => {
    const [header, ...rows] = measurements.replace(/^\uFEFF/, '').split(/\r?\n/);
    const errors = check([header!.replaceAll(';', ','), ...rows].join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/measurements\.csv:2:1: rækkerne er adskilt med semikolon, men overskriftsrækken \(linje 1\) med komma \(fik ".*", forventede samme skilletegn i hele filen/,
    );
  });

  it('reports a row with a separator too many by its length alone, not by the shifted values', () => {
    const lines = measurements.replace(/^\uFEFF/, '').split(/\r?\n/);
    // A »;« too many after the id: the period, value and source move one column right, the note past the end.
    lines[2] = `${lines[2]!.replace(';', ';;')}Se rapporten`;
    const errors = check(lines.join('\n'));
    expect(errors.filter((e) => e.startsWith('data/measurements.csv:3:'))).toEqual([
      expect.stringMatching(/^data\/measurements\.csv:3:\d+: rækken har \d+ celler, men overskriften har \d+/),
    ]);
  });
});
