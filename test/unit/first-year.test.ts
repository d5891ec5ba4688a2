/**
 * Years before 1900 are typing errors: in a letter's or conference's date (0209-05-01, 1066-05-01),
 * a conference's year, and the data's periods, budget years and dates.
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { checkPeriod } from '../../src/lib/data/rules/cell-period.ts';
import { checkYear } from '../../src/lib/data/rules/cell-year.ts';
import { checkDate, checkExpectedDate } from '../../src/lib/data/rules/cell-date.ts';
import type { RowRef } from '../../src/lib/data/row-ref.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>(), today: new Date('2026-12-03T12:00:00Z') };
const check = (text: string, collection: 'letters' | 'conferences' = 'letters') =>
  checkContentFile(text, collection === 'letters' ? 'brev.md' : '2009.mdx', collection, ctx).map(formatError);
const letter = (date: string) => `---\ntitle: Brev\ndate: ${date}\nsagsnr: "2009-1"\n---\n\nTeksten.\n`;

describe('years before 1900 in front matter', () => {
  it('refuses a letter dated 0209 or 1066, naming the value and the range', () => {
    expect(check(letter('0209-05-01'))).toEqual([
      'brev.md:3:1: datoen i "date" ligger før år 1900 (fik "0209-05-01", forventede en dato fra 1900-01-01 og frem, fx 2009-04-02)',
    ]);
    expect(check(letter('1066-05-01'))).toHaveLength(1);
    expect(check(letter('1899-12-31'))).toHaveLength(1);
  });

  it('accepts 1900-01-01 and later', () => {
    expect(check(letter('1900-01-01'))).toEqual([]);
    expect(check(letter('2009-05-01'))).toEqual([]);
  });

  it("refuses a conference's date and year before 1900", () => {
    const conference =
      '---\ntitle: Konference\nyear: 1066\nstatus: afholdt\ndate: 1066-10-14\nplace: Rådhuset\ntheme: Tema\n---\n\nTekst.\n';
    expect(check(conference, 'conferences').filter((e) => e.includes('1900'))).toEqual([
      '2009.mdx:3:1: året i "year" ligger før år 1900 (fik "1066", forventede et år fra 1900 og frem, fx 2009)',
      '2009.mdx:5:1: datoen i "date" ligger før år 1900 (fik "1066-10-14", forventede en dato fra 1900-01-01 og frem, fx 2009-04-02)',
    ]);
  });
});

describe('years before 1900 in data/', () => {
  const ref = (raw: string): RowRef => ({ file: 'data/measurements.csv', line: 4, cells: { period: { column: 2, raw } } });
  const message = (e: Parameters<typeof formatError>[0] | undefined) => (e ? formatError(e) : undefined);

  it('refuses a period in 1066, also as a quarter or a month', () => {
    expect(message(checkPeriod(ref('1066'), 'period').error)).toBe(
      'data/measurements.csv:4:2: perioden ligger før år 1900 (fik "1066", forventede en periode fra 1900 og frem, fx 2014, 2014K1 eller 2014-03)',
    );
    expect(checkPeriod(ref('1899K4'), 'period').error).toBeDefined();
    expect(checkPeriod(ref('0214-03'), 'period').error).toBeDefined();
    expect(checkPeriod(ref('1900'), 'period').value?.label).toBe('1900');
  });

  it('refuses a budget year, a date and an expected date before 1900', () => {
    expect(message(checkYear(ref('1066'), 'period').error)).toBe(
      'data/measurements.csv:4:2: året ligger før år 1900 (fik "1066", forventede et år fra 1900 og frem, fx 2008)',
    );
    expect(message(checkDate(ref('1066-10-14'), 'period').error)).toBe(
      'data/measurements.csv:4:2: datoen ligger før år 1900 (fik "1066-10-14", forventede en dato fra 1900 og frem, fx 2026-12-01)',
    );
    expect(checkExpectedDate(ref('1899'), 'period').error).toBeDefined();
    expect(checkYear(ref('2008'), 'period').value).toBe(2008);
    expect(checkDate(ref('2026-12-01'), 'period').value).toBe('2026-12-01');
  });
});
