import { describe, expect, it } from 'vitest';
import {
  formatDate,
  QUOTED_QUERY_LENGTH,
  resultCountMessage,
  shortQuery,
  shownMessage,
  sortFilterValues,
  typeLabel,
} from '../../src/lib/search/format.ts';
import { datePosition, firstOfEachKind, illustrativeId, realFirst, searchedByName, sortByDate } from '../../src/lib/search/ordering.ts';

describe('search result text', () => {
  it('formats ISO days as Danish dates', () => {
    expect(formatDate('2009-04-02')).toBe('2. april 2009');
    expect(formatDate('2007-11-20')).toBe('20. november 2007');
    expect(formatDate('ukendt')).toBe('ukendt');
  });

  it('announces the count in Danish with singular and plural', () => {
    expect(resultCountMessage(12, 'konference', false)).toBe('12 resultater for »konference«');
    expect(resultCountMessage(1, ' 2009-9512 ', false)).toBe('1 resultat for »2009-9512«');
    expect(resultCountMessage(3, 'Jacob Hougaard', false, '', true)).toBe('3 resultater med nogle af ordene i »Jacob Hougaard«');
    expect(resultCountMessage(0, 'xyz', true)).toBe('Ingen resultater for »xyz« med de valgte filtre');
    expect(resultCountMessage(1234, 'a', false)).toBe('1.234 resultater for »a«');
    expect(resultCountMessage(7, '', true)).toBe('7 dokumenter med de valgte filtre');
    expect(resultCountMessage(1, '', true)).toBe('1 dokument med de valgte filtre');
    expect(shownMessage(10, 23)).toBe('Viser 10 af 23');
  });

  it('labels types and orders filter values', () => {
    expect(typeLabel('idékatalog')).toBe('Idékatalog');
    expect(typeLabel('idekatalog')).toBe('Idékatalog');
    expect(typeLabel('omraade')).toBe('Indsatsområde');
    expect(typeLabel('ny-type')).toBe('ny-type');
    expect(sortFilterValues('aar', ['2007', '2010', '2009'])).toEqual(['2010', '2009', '2007']);
    // Filter values are slugs; types in a fixed order, the rest by their labels.
    expect(sortFilterValues('type', ['indikator', 'brev', 'idekatalog'])).toEqual(['brev', 'idekatalog', 'indikator']);
    expect(sortFilterValues('udvalg', ['Økonomiudvalget', 'Børne- og Ungdomsudvalget', 'Socialudvalget'])).toEqual([
      'Børne- og Ungdomsudvalget',
      'Socialudvalget',
      'Økonomiudvalget',
    ]);
    const labels: Record<string, string> = {
      oekonomi: 'Økonomiudvalget',
      social: 'Socialudvalget',
      'boerne-og-ungdom': 'Børne- og Ungdomsudvalget',
    };
    expect(sortFilterValues('udvalg', ['oekonomi', 'social', 'boerne-og-ungdom'], (v) => labels[v] ?? v)).toEqual([
      'boerne-og-ungdom',
      'social',
      'oekonomi',
    ]);
  });

  it('sorts by date from the page number in the id, undated pages after the dated ones', () => {
    expect(datePosition('3f2a91c0/1a')).toBe(46);
    expect(datePosition('3f2a91c0/_1a')).toBeUndefined();
    expect(datePosition('3f2a91c0/u')).toBe(30);
    const byRelevance = [{ id: 'b/_x' }, { id: 'b/a' }, { id: 'b/1b' }, { id: 'b/_y' }, { id: 'b/2' }];
    expect(sortByDate(byRelevance, 'desc').map((r) => r.id)).toEqual(['b/1b', 'b/a', 'b/2', 'b/_x', 'b/_y']);
    expect(sortByDate(byRelevance, 'asc').map((r) => r.id)).toEqual(['b/2', 'b/a', 'b/1b', 'b/_x', 'b/_y']);
  });

  it('reads the example-data mark in a merged fragment name, dated or not', () => {
    expect(illustrativeId('3f2a91c0/~1a')).toBe(true);
    expect(illustrativeId('3f2a91c0/_~1a')).toBe(true);
    expect(illustrativeId('3f2a91c0/1a')).toBe(false);
    expect(illustrativeId('3f2a91c0/_1a')).toBe(false);
    expect(datePosition('3f2a91c0/~1a')).toBe(46);
    expect(datePosition('3f2a91c0/_~1a')).toBeUndefined();
    expect(sortByDate([{ id: 'b/_~x' }, { id: 'b/~2' }, { id: 'b/5' }], 'desc').map((r) => r.id)).toEqual(['b/5', 'b/~2', 'b/_~x']);
  });

  it('reads only a well-formed name after the last slash, as the pattern /(_?)(~?)([0-9a-z]+)$ does', () => {
    const NAME = /\/(_?)(~?)([0-9a-z]+)$/;
    const ids = [
      '1a',
      'b/',
      'b/_',
      'b/~',
      'b/_~',
      'b/~_1',
      'b/1A',
      'b/1-a',
      'a/~1/2',
      'a/2/~z',
      'b/__1',
      'b/~~1',
      '/~0',
      'b/_~zz9',
      'b/é1',
    ];
    for (const id of ids) {
      const m = NAME.exec(id);
      expect([id, illustrativeId(id)]).toEqual([id, m?.[2] === '~']);
      expect([id, datePosition(id)]).toEqual([id, m?.[3] && !m[1] ? parseInt(m[3], 36) : undefined]);
    }
  });

  it('puts real pages before example pages, each in relevance order', () => {
    // »kvinder«: an example goal matching only »kvindelige« in its title had the best score.
    const byScore = [{ id: 'b/~3' }, { id: 'b/_~9' }, { id: 'b/1' }, { id: 'b/_4' }, { id: 'b/~2' }, { id: 'b/0' }];
    expect(realFirst(byScore).map((r) => r.id)).toEqual(['b/1', 'b/_4', 'b/0', 'b/~3', 'b/_~9', 'b/~2']);
    expect(realFirst(byScore, (id) => id === 'b/1').map((r) => r.id)[5]).toBe('b/1');
  });

  it('lists which results the first few of each kind are, for the build to read in full', () => {
    expect(firstOfEachKind(['b/~1', 'b/~2', 'b/~3', 'b/4', 'b/5', 'b/6'], 2)).toEqual([true, true, false, true, true, false]);
  });

  it('knows a query that is the name a page is known by', () => {
    expect(searchedByName('Tryghed', 'tryghed')).toBe(true);
    expect(searchedByName('Kultur og fritid', ' Kultur  og fritid ')).toBe(true);
    expect(searchedByName('Tryghed', 'tryghedsvandringer')).toBe(false);
    expect(searchedByName(undefined, 'Tryghed')).toBe(false);
  });
});

describe('a long query quoted in the live region', () => {
  const pasted =
    'Københavns Kommune har i en årrække arbejdet med integrationspolitikken, og Borgerrepræsentationen har vedtaget mål for beskæftigelse, uddannelse og bolig';

  it('is cut after a whole word, so a pasted paragraph is not read back on every search', () => {
    const short = shortQuery(pasted);
    expect(short.length).toBeLessThanOrEqual(QUOTED_QUERY_LENGTH + 2);
    expect(short).toBe('Københavns Kommune har i en årrække arbejdet med integrationspolitikken, og …');
    expect(shortQuery('Jacob Hougaard')).toBe('Jacob Hougaard');
    expect(resultCountMessage(80, pasted, false, '', true)).toBe(`80 resultater med nogle af ordene i »${short}«`);
    expect(resultCountMessage(0, pasted, false)).toBe(`Ingen resultater for »${short}«`);
  });
});
