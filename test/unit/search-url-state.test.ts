import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  isBlank,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToQuery,
} from '../../src/lib/search/url-state.ts';

const parse = (s: string) => parseSearchState(new URLSearchParams(s));

describe('search URL state', () => {
  it('reads query, repeated filters and sort from the URL', () => {
    const s = parse('?q=integrationskonference&aar=2009&aar=2008&type=brev&sort=nyeste');
    expect(s).toEqual({
      q: 'integrationskonference',
      filters: { type: ['brev'], aar: ['2009', '2008'], omraade: [], udvalg: [], forvaltning: [], budgetaar: [] },
      sort: 'nyeste',
    });
  });

  it('ignores unknown sorts, empty and repeated values', () => {
    const s = parse('?sort=bogus&aar=&aar=2009&aar=2009&omraade=Bolig');
    expect(s.sort).toBe('relevans');
    expect(s.filters.aar).toEqual(['2009']);
    expect(s.filters.omraade).toEqual(['Bolig']);
  });

  it('writes a short URL that reads back to the same state', () => {
    const s = parse('?q=Morten+Binder&type=brev&udvalg=%C3%98konomiudvalget&sort=aeldste');
    const q = searchStateToQuery(s);
    expect(q).toBe('?q=Morten+Binder&type=brev&udvalg=%C3%98konomiudvalget&sort=aeldste');
    expect(parse(q)).toEqual(s);
  });

  it('leaves defaults and blanks out of the URL', () => {
    expect(searchStateToQuery(parse('?q=%20%20&sort=relevans'))).toBe('');
    expect(searchStateToQuery(parse('?q=2009-9512'))).toBe('?q=2009-9512');
  });

  it('cuts very long queries', () => {
    expect(parse(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  it('knows when there is nothing to search for', () => {
    expect(isBlank(parse(''))).toBe(true);
    expect(isBlank(parse('?q=+'))).toBe(true);
    expect(isBlank(parse('?type=brev'))).toBe(false);
    expect(hasFilters(parse('?q=x'))).toBe(false);
  });

  it('asks Pagefind for any of the values within a group and all groups together', () => {
    expect(pagefindFilters(parse('?aar=2008&aar=2009&type=brev'))).toEqual({
      type: { any: ['brev'] },
      år: { any: ['2008', '2009'] },
    });
    expect(pagefindFilters(parse('?q=x'))).toEqual({});
  });

  it('the goals\' facets: administration and budget year, as Pagefind filters', () => {
    const s = parse('?type=m%C3%A5l&forvaltning=B%C3%B8rne-+og+Ungdomsforvaltningen&budgetaar=2008&budgetaar=2007');
    expect(s.filters.forvaltning).toEqual(['Børne- og Ungdomsforvaltningen']);
    expect(pagefindFilters(s)).toEqual({
      type: { any: ['mål'] },
      forvaltning: { any: ['Børne- og Ungdomsforvaltningen'] },
      budgetår: { any: ['2008', '2007'] },
    });
    expect(parse(searchStateToQuery(s))).toEqual(s);
  });

  it('maps the sort order to Pagefind sort options', () => {
    expect(pagefindSort('nyeste')).toEqual({ date: 'desc' });
    expect(pagefindSort('aeldste')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevans')).toBeUndefined();
  });
});
