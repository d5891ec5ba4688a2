import { describe, expect, it } from 'vitest';
import { datePhrase, dateQuery, dateToken, dateWithin, impossibleDate, pageHasDate } from '../../src/lib/search/date-query.ts';
import { runSearch } from '../../src/lib/search/engine.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { fakeFragment, idlePagefind } from '../helpers/fake-pagefind.ts';
import { dateSpellings } from '../../src/lib/search-attributes.ts';

describe('a query that is a date', () => {
  it.each([
    ['2.4.09', '2009-04-02'],
    ['02.04.09', '2009-04-02'],
    ['2.4.2009', '2009-04-02'],
    ['02-04-2009', '2009-04-02'],
    ['2/4/2009', '2009-04-02'],
    ['2009-04-02', '2009-04-02'],
    ['2. april 2009', '2009-04-02'],
    ['2 apr. 09', '2009-04-02'],
    ['26.3.07', '2007-03-26'],
    ['03.03.2015', '2015-03-03'],
    ['1.1.98', '1998-01-01'],
  ])('%s is %s', (typed, iso) => {
    expect(dateQuery(typed)).toBe(iso);
  });

  it.each(['2009-9512', '2007-114951', '31.2.2009', '2.13.09', '2.4-09', 'april 2009', 'Hougaard 2.4.09', '2009'])(
    '%s is no date',
    (typed) => {
      expect(dateQuery(typed)).toBeUndefined();
    },
  );

  it.each([
    ['Hougaard 2.4.2009', '2009-04-02', 'Hougaard'],
    ['konferencen 2. april 2009', '2009-04-02', 'konferencen'],
    ['2009-04-02 Økonomiudvalget budget', '2009-04-02', 'Økonomiudvalget budget'],
    ['Jakob  Hougaard   2/4/09 ', '2009-04-02', 'Jakob Hougaard'],
    ['budget 26.3.07 sagsnr. 2006-742', '2007-03-26', 'budget sagsnr. 2006-742'],
  ])('%s is the date %s among the words »%s«', (typed, iso, rest) => {
    expect(dateWithin(typed)).toEqual({ iso, rest });
  });

  it.each([
    '2.4.2009',
    'Hougaard 2009',
    'sag 2009-612682',
    'Hougaard 31.02.2009',
    'afsnit 2.13.09',
    '2.4.2009 og 3.4.2009',
    'Hougaard2.4.2009',
    '3 udvalg 12',
    '2.4.2009 –',
  ])('%s has no date among other words', (typed) => {
    expect(dateWithin(typed)).toBeUndefined();
  });

  it("is searched as the word Pagefind indexes for the page's own date, and as a letter writes it", () => {
    expect(dateToken('2009-04-02')).toBe('02042009');
    expect(datePhrase('2009-04-02')).toBe('"2. april 2009"');
    // The token is the joined »dd-mm-yyyy« spelling every dated page carries.
    expect(dateSpellings(new Date('2009-04-02')).split(' ')).toContain('02-04-2009');
  });

  it('tells a page with the date from one Pagefind backed off to (a shorter word: »03«)', () => {
    const meta = { datoer: dateSpellings(new Date('2009-04-02')) };
    expect(pageHasDate('2009-04-02', { meta, content: 'Opsamling', locations: [] })).toBe(true);
    expect(pageHasDate('2009-04-02', { meta: {}, content: 'Mødet den 02.04.2009 kl. 10', locations: [2] })).toBe(true);
    expect(
      pageHasDate('2015-03-03', { meta: { datoer: dateSpellings(new Date('2007-03-26')) }, content: 'Tal 172,03', locations: [1] }),
    ).toBe(false);
  });
});

describe('a query written as a date that does not exist', () => {
  it.each(['31.02.2009', '29.2.2009', '31-04-2009', '2009-02-30', '30. februar 2009'])('%s is an impossible date', (typed) => {
    expect(impossibleDate(typed)).toBe(true);
  });

  it.each(['29.2.2008', '2.4.09', '2.13.09', '0.4.2009', '2009-9512', 'kvinder 31.02.2009', '31 pct 2009'])('%s is not', (typed) => {
    expect(impossibleDate(typed)).toBe(false);
  });

  it('finds nothing and says so, instead of the pages Pagefind finds for »31«, »02« and »2009«', async () => {
    // A page with »310« and »2009«: Pagefind, searching »31.02.2009« as numbers, found it.
    const pf: Pagefind = {
      ...idlePagefind,
      search: async () => ({
        results: [{ id: 'b/1', score: 1, data: async () => fakeFragment('310 nye medlemmer i 2009', [0, 3]) }],
        unfilteredResultCount: 1,
        filters: {},
        totalFilters: {},
      }),
    };
    const outcome = await runSearch({ pf, shard: async () => undefined }, '31.02.2009');
    expect(outcome.results).toEqual([]);
    expect(outcome.impossibleDate).toBe(true);
  });
});
