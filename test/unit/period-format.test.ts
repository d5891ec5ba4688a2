/** One formatter for periods in every text a reader sees: »2024«, »4. kvt. 2024«, »december 2024«. */
import { describe, expect, it } from 'vitest';
import { baselineLabel, baselineWords, periodHeader, periodText, RAW_PERIOD_CODE } from '../../src/lib/format/period.ts';

const NB = '\u00a0';

describe('periods in Danish', () => {
  it.each([
    ['2024', '2024'],
    ['2022K1', `1.${NB}kvt. 2022`],
    ['2024K4', `4.${NB}kvt. 2024`],
    ['2024-01', 'januar 2024'],
    ['2024-12', 'december 2024'],
    ['2014-03', 'marts 2014'],
  ])('%s → %s', (code, words) => {
    expect(periodText(code)).toBe(words);
    expect(RAW_PERIOD_CODE.test(periodText(code))).toBe(false);
  });

  it('leaves text that is not a period code as it is', () => {
    expect(periodText('2010–2024')).toBe('2010–2024');
    expect(periodText('december 2024')).toBe('december 2024');
  });

  it('names the baseline by the kind of period', () => {
    expect(baselineWords('2014')).toBe('basisåret 2014');
    expect(baselineWords('2014K1')).toBe(`basiskvartalet 1.${NB}kvt. 2014`);
    expect(baselineWords('2014-03')).toBe('basismåneden marts 2014');
    expect(baselineLabel('2014')).toBe('Basisår 2014');
    expect(baselineLabel('2014K2')).toBe(`Basiskvartal 2.${NB}kvt. 2014`);
  });

  it('heads the table column by the kind of period', () => {
    expect(periodHeader(['2014', '2015'])).toBe('År');
    expect(periodHeader(['2014K1', '2014K2'])).toBe('Kvartal');
    expect(periodHeader(['2014-01'])).toBe('Måned');
    expect(periodHeader(['2014', '2014K1'])).toBe('Periode');
  });

  it('finds raw period codes, but not dates, case numbers or years', () => {
    for (const raw of ['Fra 2022K1 til', '75,5 pct. (2024K4)', '19.280 i 2024-12', '2024-12.'])
      expect(RAW_PERIOD_CODE.test(raw), raw).toBe(true);
    for (const ok of [
      '2. april 2009',
      '2009-04-02',
      'Sagsnr. 2007-114551',
      'Dok.nr. 2009-194106',
      'i 2024',
      '2010–2024',
      'j.nr. 2009-45212',
    ]) {
      expect(RAW_PERIOD_CODE.test(ok), ok).toBe(false);
    }
  });
});
