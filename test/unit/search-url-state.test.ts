import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  isBlank,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToQuery,
} from '../../src/lib/search/url-state.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query.ts';

const parse = (s: string) => parseSearchState(new URLSearchParams(s));
const bounds = { first: { year: 2006, month: 1 }, last: { year: 2009, month: 12 } };

describe('search URL state', () => {
  it('reads query, repeated filters and sort from the URL', () => {
    const s = parse('?q=integrationskonference&aar=2009&aar=2008&type=brev&sort=nyeste');
    expect(s).toEqual({
      q: 'integrationskonference',
      filters: { type: ['brev'], aar: ['2009', '2008'], omraade: [], udvalg: [], forvaltning: [], budgetaar: [] },
      fra: '',
      til: '',
      range: {},
      sort: 'nyeste',
      problems: [],
      dateProblems: [],
    });
  });

  it('ignores unknown sorts, empty and repeated values', () => {
    const s = parse('?sort=bogus&aar=&aar=2009&aar=2009&omraade=bolig');
    expect(s.sort).toBe('relevans');
    expect(s.filters.aar).toEqual(['2009']);
    expect(s.filters.omraade).toEqual(['bolig']);
  });

  it('uses stable slugs and still reads the old label-style links', () => {
    expect(parse('?omraade=tryghed').filters.omraade).toEqual(['tryghed']);
    expect(parse('?omraade=Tryghed').filters.omraade).toEqual(['tryghed']);
    expect(parse('?omraade=Kultur+og+fritid').filters.omraade).toEqual(['kultur-og-fritid']);
    expect(parse('?omraade=Sundhed%20og%20omsorg').filters.omraade).toEqual(['sundhed-og-omsorg']);
    expect(parse('?udvalg=%C3%98konomiudvalget').filters.udvalg).toEqual(['oekonomi']);
    expect(parse('?udvalg=%C3%98U&udvalg=SOF').filters.udvalg).toEqual(['oekonomi', 'social']);
    expect(parse('?type=id%C3%A9katalog&type=omr%C3%A5de').filters.type).toEqual(['idekatalog', 'omraade']);
    expect(parse('?type=Brev').filters.type).toEqual(['brev']);
  });

  it('reports filter values that name nothing instead of silently matching nothing', () => {
    const s = parse('?omraade=xyz&aar=19x9&type=brev');
    expect(s.filters).toEqual({ type: ['brev'], aar: [], omraade: [], udvalg: [], forvaltning: [], budgetaar: [] });
    expect(s.problems).toEqual(['Ukendt år »19x9« i adressen.', 'Ukendt indsatsområde »xyz« i adressen.']);
  });

  it('writes a short URL with slugs that reads back to the same state', () => {
    const s = parse('?q=Morten+Binder&type=brev&udvalg=%C3%98konomiudvalget&sort=aeldste&fra=3.2007&til=juni+2008');
    const q = searchStateToQuery(s);
    expect(q).toBe('?q=Morten+Binder&type=brev&udvalg=oekonomi&fra=2007-03&til=2008-06&sort=aeldste');
    expect(parse(q).filters).toEqual(s.filters);
    expect(parse(q).range).toEqual(s.range);
  });

  it('reads a date range by month and reports one that cannot be read', () => {
    expect(parse('?fra=2007-03&til=2008-06').range).toEqual({ from: { year: 2007, month: 3 }, to: { year: 2008, month: 6 } });
    expect(parse('?fra=2007').range).toEqual({ from: { year: 2007, month: 1 } });
    expect(parse('?til=2007').range).toEqual({ to: { year: 2007, month: 12 } });
    const bad = parse('?fra=i+fjor&til=2008-06');
    expect(bad.dateProblems).toEqual(['Fra-datoen »i fjor« kan ikke læses. Skriv år og måned, fx marts 2007 eller 3.2007.']);
    expect(bad.problems).toEqual([]);
    expect(bad.range).toEqual({ to: { year: 2008, month: 6 } });
    // The unreadable value stays in the URL, so a shared link shows the same problem.
    expect(searchStateToQuery(bad)).toBe('?fra=i+fjor&til=2008-06');
    expect(parse('?fra=2009-01&til=2008-01').dateProblems).toEqual(['Fra-datoen (januar 2009) ligger efter til-datoen (januar 2008).']);
    expect(parse('?fra=2007-13').dateProblems).toHaveLength(1);
  });

  it('leaves defaults and blanks out of the URL', () => {
    expect(searchStateToQuery(parse('?q=%20%20&sort=relevans'))).toBe('');
    expect(searchStateToQuery(parse('?q=2009-9512'))).toBe('?q=2009-9512');
  });

  it('cuts very long queries', () => {
    expect(parse(`?q=${'a'.repeat(1000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('knows when there is nothing to search for', () => {
    expect(isBlank(parse(''))).toBe(true);
    expect(isBlank(parse('?q=+'))).toBe(true);
    expect(isBlank(parse('?type=brev'))).toBe(false);
    expect(isBlank(parse('?fra=2007-03'))).toBe(false);
    expect(hasFilters(parse('?q=x'))).toBe(false);
  });

  it('asks Pagefind for any of the values within a group and all groups together', () => {
    expect(pagefindFilters(parse('?aar=2008&aar=2009&type=brev'))).toEqual({
      type: { any: ['brev'] },
      år: { any: ['2008', '2009'] },
    });
    expect(pagefindFilters(parse('?q=x'))).toEqual({});
  });

  it("the goals' facets: administration and budget year, as slugs; names and abbreviations resolve", () => {
    const s = parse(
      '?type=maal&forvaltning=boerne-og-ungdom&forvaltning=BIF&forvaltning=%C3%98konomiforvaltningen&budgetaar=2008&budgetaar=2007',
    );
    expect(s.filters.type).toEqual(['maal']);
    expect(s.filters.forvaltning).toEqual(['boerne-og-ungdom', 'beskaeftigelse-og-integration', 'oekonomi']);
    expect(pagefindFilters(s)).toEqual({
      type: { any: ['maal'] },
      forvaltning: { any: ['boerne-og-ungdom', 'beskaeftigelse-og-integration', 'oekonomi'] },
      budgetår: { any: ['2008', '2007'] },
    });
    expect(parse(searchStateToQuery(s))).toEqual(s);
    expect(parse('?type=m%C3%A5l').filters.type).toEqual(['maal']);
    expect(parse('?forvaltning=BIU&budgetaar=08').problems).toEqual([
      'Ukendt forvaltning »BIU« i adressen.',
      'Ukendt budgetår »08« i adressen.',
    ]);
  });

  it('turns a date range into any of its months, closed by the archive first and last month', () => {
    expect(pagefindFilters(parse('?fra=2007-11&til=2008-02&type=brev'), bounds)).toEqual({
      type: { any: ['brev'] },
      måned: { any: ['2007-11', '2007-12', '2008-01', '2008-02'] },
    });
    expect(pagefindFilters(parse('?fra=2009-11'), bounds)).toEqual({ måned: { any: ['2009-11', '2009-12'] } });
    expect(pagefindFilters(parse('?til=2006-02'), bounds)).toEqual({ måned: { any: ['2006-01', '2006-02'] } });
    // After the archive's last month: a range that matches nothing, not everything.
    expect(pagefindFilters(parse('?fra=2015-01'), bounds)).toEqual({ måned: { any: ['0000-00'] } });
  });

  it('maps the sort order to Pagefind sort options', () => {
    expect(pagefindSort('nyeste')).toEqual({ date: 'desc' });
    expect(pagefindSort('aeldste')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevans')).toBeUndefined();
  });
});

describe('a long query in the URL', () => {
  it('keeps as much as the search field holds, so a reloaded or shared search is the one made', () => {
    // The field takes 500 characters; the URL state cut at 200, so reloading searched another query.
    const q = 'ord '.repeat(200).trim();
    expect(parse(`?q=${encodeURIComponent(q)}`).q).toBe(q.slice(0, MAX_QUERY_LENGTH));
    expect(MAX_QUERY_LENGTH).toBe(500);
    expect(parse(`?q=${encodeURIComponent(q.slice(0, 450))}`).q).toHaveLength(450);
  });
});
