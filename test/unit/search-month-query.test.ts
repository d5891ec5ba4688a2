/**
 * A query that names a month (src/lib/search/month-query.ts): »maj 2008« is the documents of May
 * 2008 and the pages that write it out, not every page with »maj« and »2008« somewhere.
 */
import { describe, expect, it } from 'vitest';
import { monthLabel, monthWithin, monthsLabel, sortMonthResults, withMonths } from '../../src/lib/search/month-query.ts';
import { runSearch } from '../../src/lib/search/engine.ts';
import { noteTexts, countsFitResults } from '../../src/lib/search/search-notes.ts';
import type { Pagefind, PagefindSearchOptions } from '../../src/lib/search/pagefind-api.ts';
import { fakeFragment, idlePagefind } from '../helpers/fake-pagefind.ts';

describe('a query that names a month', () => {
  it.each([
    ['maj 2008', '2008-05', ''],
    ['Maj 2008', '2008-05', ''],
    ['marts 2007', '2007-03', ''],
    ['mar. 2007', '2007-03', ''],
    ['2008-05', '2008-05', ''],
    ['2008/5', '2008-05', ''],
    ['05.2008', '2008-05', ''],
    ['5-2008', '2008-05', ''],
    ['konference maj 2008', '2008-05', 'konference'],
    ['maj 2008 Hougaard budget', '2008-05', 'Hougaard budget'],
    ['Økonomiudvalget  12.2009 ', '2009-12', 'Økonomiudvalget'],
    // A small word that ties the month to the query is not searched for.
    ['i maj 2008', '2008-05', ''],
    ['konference i maj 2008', '2008-05', 'konference'],
    ['børn og unge maj 2008', '2008-05', 'børn og unge'],
  ])('%s is the month %s with the words »%s«', (typed, month, rest) => {
    expect(monthWithin(typed)).toEqual({ months: [month], rest });
  });

  it('reads several months, and »fra … til …« as every month between', () => {
    expect(monthWithin('maj 2008 og juni 2008')).toEqual({ months: ['2008-05', '2008-06'], rest: '' });
    expect(monthWithin('budget maj 2008 eller 11.2009')).toEqual({ months: ['2008-05', '2009-11'], rest: 'budget' });
    expect(monthWithin('fra maj 2008 til august 2008')).toEqual({ months: ['2008-05', '2008-06', '2008-07', '2008-08'], rest: '' });
    expect(monthWithin('konference 11.2007 - 2.2008')).toEqual({
      months: ['2007-11', '2007-12', '2008-01', '2008-02'],
      rest: 'konference',
    });
    // More than four months listed one by one, or a range of more than ten years: left to the date fields.
    expect(monthWithin('1.2008 2.2008 3.2008 4.2008 5.2008')).toBeUndefined();
    expect(monthWithin('fra 1.1990 til 1.2008')).toBeUndefined();
  });

  it.each([
    // A year alone, a whole date (date-query.ts), a case number, a month beyond 12, two months.
    '2008',
    'budget 2008',
    '16. maj 2008',
    '16 maj 2008',
    '2009-9512',
    '2007-114951',
    '2008-13',
    '13.2008',
    'maj',
    'ma 2008',
    'integration 2008',
    'maj 08',
  ])('%s names no month', (typed) => {
    expect(monthWithin(typed)).toBeUndefined();
  });

  it('writes the months as the site does', () => {
    expect(monthLabel('2008-05')).toBe('maj 2008');
    expect(monthLabel('2007-12')).toBe('december 2007');
    expect(monthsLabel(['2008-05'])).toBe('maj 2008');
    expect(monthsLabel(['2008-05', '2008-06'])).toBe('maj 2008 og juni 2008');
    expect(monthsLabel(['2008-05', '2009-11', '2010-01'])).toBe('maj 2008, november 2009 og januar 2010');
    expect(monthsLabel(['2008-11', '2008-12', '2009-01'])).toBe('november 2008 til januar 2009');
  });

  it('keeps a date range the visitor chose: the months within it, nothing when the range leaves them out', () => {
    expect(withMonths(undefined, ['2008-05'])).toEqual({ måned: { any: ['2008-05'] } });
    expect(withMonths({ type: { any: ['brev'] } }, ['2008-05'])).toEqual({ type: { any: ['brev'] }, måned: { any: ['2008-05'] } });
    expect(withMonths({ måned: { any: ['2008-04', '2008-05'] } }, ['2008-05', '2008-06'])).toEqual({ måned: { any: ['2008-05'] } });
    expect(withMonths({ måned: { any: ['2009-01'] } }, ['2008-05'])).toBeUndefined();
  });

  it('keeps the dated documents before the pages that write the month out when sorted by date', () => {
    // A result id ends in its page's place in date order, base 36 (ordering.ts): »x/z« is the newest.
    const results = ['x/5', 'x/9', 'x/1', 'x/z'].map((id) => ({ id }));
    expect(sortMonthResults(results, 2, 'desc').map((r) => r.id)).toEqual(['x/9', 'x/5', 'x/z', 'x/1']);
    expect(sortMonthResults(results, 2, 'asc').map((r) => r.id)).toEqual(['x/5', 'x/9', 'x/1', 'x/z']);
    expect(sortMonthResults(results, 0, 'desc').map((r) => r.id)).toEqual(['x/z', 'x/9', 'x/5', 'x/1']);
  });
});

/** Pages with a month; Pagefind's month filter, a null search and a quoted phrase, as Pagefind does them. */
function monthPagefind(
  pages: readonly { text: string; month: string }[],
  calls: { term: string | null; options?: PagefindSearchOptions }[],
) {
  const pf: Pagefind = {
    ...idlePagefind,
    search: async (term, options) => {
      calls.push({ term, ...(options ? { options } : {}) });
      const months = (options?.filters?.['måned'] as { any: string[] } | undefined)?.any;
      const phrase = term?.startsWith('"') ? term.slice(1, -1).toLowerCase() : undefined;
      const words = phrase ? [] : (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const results = pages.flatMap((p, i) => {
        const text = p.text.toLowerCase();
        const tokens = text.split(/\s+/);
        if (months && !months.includes(p.month)) return [];
        if (phrase !== undefined && !text.includes(phrase)) return [];
        if (!words.every((w) => tokens.some((t) => t.startsWith(w)))) return [];
        const at = phrase ? tokens.indexOf(phrase.split(' ')[0] ?? '') : tokens.findIndex((t) => words.some((w) => t.startsWith(w)));
        return [{ id: `b/${i}`, score: 1, data: async () => fakeFragment(p.text, at >= 0 ? [at] : []) }];
      });
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
  return pf;
}

const PAGES = [
  { text: 'Integrationsbarometrets resultater konference', month: '2008-05' },
  { text: 'Referat fra mødet i maj 2008 om konference', month: '2009-02' },
  { text: 'Budget for maj og juni 2008', month: '2008-06' },
  { text: 'Høringssvar om boliger', month: '2008-05' },
];

describe('searching a month', () => {
  it('finds the documents dated in it, in date order, then the pages that write it out; not pages with »maj« and »2008« apart', async () => {
    const calls: { term: string | null; options?: PagefindSearchOptions }[] = [];
    const outcome = await runSearch({ pf: monthPagefind(PAGES, calls), shard: async () => undefined }, 'maj 2008');
    expect(outcome.results.map((r) => r.id)).toEqual(['b/0', 'b/3', 'b/1']);
    expect(outcome.months).toEqual(['2008-05']);
    expect(outcome.monthDated).toBe(2);
    expect(outcome.monthWords).toBeUndefined();
    expect(calls[0]).toEqual({ term: null, options: { filters: { måned: { any: ['2008-05'] } }, sort: { date: 'asc' } } });
    expect(countsFitResults(outcome)).toBe(false);
  });

  it('with other words: the month’s documents that have them, then pages with them that write the month', async () => {
    const calls: { term: string | null; options?: PagefindSearchOptions }[] = [];
    const outcome = await runSearch({ pf: monthPagefind(PAGES, calls), shard: async () => undefined }, 'konference maj 2008');
    expect(outcome.results.map((r) => r.id)).toEqual(['b/0', 'b/1']);
    expect(outcome.searched).toBe('konference');
    expect(outcome.monthWords).toBe('konference');
  });

  it('finds nothing when the chosen date range leaves the month out', async () => {
    const calls: { term: string | null; options?: PagefindSearchOptions }[] = [];
    const outcome = await runSearch({ pf: monthPagefind(PAGES, calls), shard: async () => undefined }, 'maj 2008', {
      filters: { måned: { any: ['2010-01'] } },
    });
    expect(outcome.results).toEqual([]);
  });

  it('says what it shows, and when nothing is there, whether the filters may hide it', () => {
    const context = { typed: 'maj 2008', found: 3, truncated: false };
    expect(noteTexts({ searched: '"maj 2008"', months: ['2008-05'] }, context).map((n) => n.text)).toEqual([
      'Viser dokumenter fra maj 2008: først dem, der er dateret i måneden, så sider, der nævner den.',
    ]);
    expect(noteTexts({ searched: '"maj 2008"', months: ['2008-05'] }, { ...context, found: 0 })[0]?.text).toBe(
      'Ingen dokumenter er fra maj 2008, og ingen sider nævner måneden.',
    );
    expect(noteTexts({ searched: '"maj 2008"', months: ['2008-05'] }, { ...context, found: 0, narrowed: true })[0]?.text).toBe(
      'Ingen dokumenter inden for din afgrænsning er fra maj 2008 eller nævner måneden.',
    );
    expect(noteTexts({ searched: 'xyz', months: ['2008-05'], monthWords: 'xyz' }, { ...context, found: 0 })[0]?.text).toBe(
      'Ingen dokumenter fra maj 2008 har »xyz«. Søg uden måneden for at se alle.',
    );
    expect(noteTexts({ searched: 'konference', months: ['2008-05'], monthWords: 'konference' }, context)[0]?.text).toBe(
      'Viser dokumenter fra maj 2008, der har »konference«: først dem, der er dateret i måneden, så sider, der nævner den.',
    );
  });
});
