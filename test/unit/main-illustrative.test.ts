/** A main indicator is never illustrative: the area's status would rest on made-up numbers. */
import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../src/lib/data/data-context.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { checkMainIllustrative } from '../../src/lib/data/rules/main-indicator.ts';

const ref = (line: number) => ({
  file: 'data/indicators.csv',
  line,
  cells: { main: { column: 7, raw: 'ja' }, illustrative: { column: 17, raw: 'ja' } },
});
const ctx = (rows: { main?: boolean; illustrative?: boolean }[]) =>
  ({ indicators: rows.map((r, i) => ({ ...r, area: 'bolig', ref: ref(i + 2) })) }) as unknown as DataContext;

describe('main indicator marked illustrative', () => {
  it('is reported at the illustrative cell, with row, column and value', () => {
    expect(checkMainIllustrative(ctx([{ main: true, illustrative: true }])).map(formatError)).toEqual([
      'data/indicators.csv:2:17: hovedindikatoren for området "bolig" er illustrativ: områdets status ville bygge på eksempeldata (fik "ja", forventede illustrative=nej med rigtige tal og deres kilde, eller main=nej og en anden hovedindikator for området)',
    ]);
  });

  it('accepts an illustrative indicator that is not main, and a real main indicator', () => {
    expect(checkMainIllustrative(ctx([{ main: false, illustrative: true }, { main: true, illustrative: false }, { main: true }]))).toEqual(
      [],
    );
  });
});
