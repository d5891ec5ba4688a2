import { describe, expect, it } from 'vitest';
import { committeeName, dateSpellings, searchAttributes } from '../../src/lib/search-attributes.ts';

describe('search attributes', () => {
  it('gives a letter its type, year, month, areas, committees (as stable slugs), numbers and date', () => {
    const a = searchAttributes({
      type: 'brev',
      date: new Date('2009-04-02'),
      areas: ['beskaeftigelse', 'beskaeftigelse'],
      committees: ['BIU', 'ØKF', 'Socialudvalget'],
      caseNumbers: ['2009-9512'],
      documentNumbers: ['2009-194106'],
      journalNumbers: ['2009-45212'],
    });
    expect(a.filters).toEqual([
      { name: 'type', value: 'brev' },
      { name: 'år', value: '2009' },
      { name: 'måned', value: '2009-04' },
      { name: 'område', value: 'beskaeftigelse' },
      { name: 'udvalg', value: 'beskaeftigelse-og-integration' },
      { name: 'udvalg', value: 'oekonomi' },
      { name: 'udvalg', value: 'Socialudvalget' },
    ]);
    expect(a.meta).toEqual([
      { name: 'type', value: 'brev' },
      { name: 'date', value: '2009-04-02' },
      { name: 'datoer', value: '2009-04-02 02-04-2009 02.04.2009 2.4.2009 02.04.09 2.4.09' },
      { name: 'sagsnr', value: '2009-9512' },
      { name: 'doknr', value: '2009-194106' },
      { name: 'jnr', value: '2009-45212' },
    ]);
    expect(a.sortDate).toBe('2009-04-02');
  });

  it("keeps a report's source case numbers apart from its own", () => {
    const a = searchAttributes({ type: 'konferencerapport', relatedCaseNumbers: ['2009-9512', '2007-102467'] });
    expect(a.meta).toContainEqual({ name: 'kildesagsnr', value: '2009-9512, 2007-102467' });
    expect(a.meta.find((m) => m.name === 'sagsnr')).toBeUndefined();
  });

  it("gives a goal the »Mål« type, its administration and budget year as facets and in its result line, its source's case number and its example mark", () => {
    const a = searchAttributes({
      type: 'mål',
      areas: ['uddannelse'],
      committees: ['BUF'],
      administrations: ['BUF'],
      budgetYears: [2007],
      relatedCaseNumbers: ['292118'],
      illustrative: true,
    });
    expect(a.filters).toEqual([
      { name: 'type', value: 'maal' },
      { name: 'område', value: 'uddannelse' },
      { name: 'udvalg', value: 'boerne-og-ungdom' },
      { name: 'forvaltning', value: 'boerne-og-ungdom' },
      { name: 'budgetår', value: '2007' },
      { name: 'eksempeldata', value: 'ja' },
    ]);
    expect(a.meta).toEqual([
      { name: 'type', value: 'mål' },
      { name: 'kildesagsnr', value: '292118' },
      { name: 'forvaltning', value: 'BUF' },
      { name: 'budgetår', value: '2007' },
      { name: 'eksempeldata', value: 'ja' },
    ]);
    expect(a.sortDate).toBeUndefined();
    expect(searchAttributes({ type: 'mål', illustrative: false }).meta).toEqual([{ name: 'type', value: 'mål' }]);
  });

  it('gives types with Danish letters an ASCII slug and boosts a name', () => {
    expect(searchAttributes({ type: 'idékatalog' }).filters).toEqual([{ name: 'type', value: 'idekatalog' }]);
    const area = searchAttributes({ type: 'område', areas: ['tryghed'], name: 'Tryghed' });
    expect(area.filters).toEqual([
      { name: 'type', value: 'omraade' },
      { name: 'område', value: 'tryghed' },
    ]);
    expect(area.meta).toContainEqual({ name: 'navn', value: 'Tryghed' });
  });

  it('leaves out what a page does not have', () => {
    const a = searchAttributes({ type: 'indikator' });
    expect(a).toEqual({
      filters: [{ name: 'type', value: 'indikator' }],
      meta: [{ name: 'type', value: 'indikator' }],
      sortDate: undefined,
    });
  });

  it('names committees in full and keeps unknown names', () => {
    expect(committeeName('ØU')).toBe('Økonomiudvalget');
    expect(committeeName('SOF')).toBe('Socialudvalget');
    expect(committeeName('Borgerrepræsentationen')).toBe('Borgerrepræsentationen');
    expect(dateSpellings(new Date('2007-11-20'))).toBe('2007-11-20 20-11-2007 20.11.2007 20.11.07');
  });

  it('writes the two-digit years people type (»2.4.09«)', () => {
    expect(dateSpellings(new Date('2009-04-02')).split(' ')).toEqual(expect.arrayContaining(['02.04.09', '2.4.09']));
  });

  it('gives a page that is no dated document no year, month, date or place in date order', () => {
    // The accessibility statement passed the day it was last reviewed (2026-11-23).
    const a = searchAttributes({ type: 'side', date: new Date('2026-11-23') });
    expect(a.filters.map((f) => f.name)).toEqual(['type']);
    expect(a.meta.map((m) => m.name)).toEqual(['type']);
    expect(a.sortDate).toBeUndefined();
    for (const type of ['område', 'indikator', 'mål'] as const)
      expect(searchAttributes({ type, date: new Date('2026-11-23') }).sortDate, type).toBeUndefined();
    expect(searchAttributes({ type: 'idékatalog', date: new Date('2009-01-22') }).sortDate).toBe('2009-01-22');
  });

  it('marks a page of example data with the filter the index merge reads', () => {
    const a = searchAttributes({ type: 'mål', illustrative: true });
    expect(a.filters).toContainEqual({ name: 'eksempeldata', value: 'ja' });
    expect(a.meta).toContainEqual({ name: 'eksempeldata', value: 'ja' });
    expect(searchAttributes({ type: 'mål' }).filters).not.toContainEqual({ name: 'eksempeldata', value: 'ja' });
  });
});
