import { describe, expect, it } from 'vitest';
import { committeeSlug, filterLabel, knownSlugs, resolveFilterValue, slugify, typeSlug } from '../../src/lib/search/filter-values.ts';

describe('filter values as stable slugs', () => {
  it('gives every value an ASCII slug from the registries', () => {
    expect(typeSlug('idékatalog')).toBe('idekatalog');
    expect(typeSlug('område')).toBe('omraade');
    expect(committeeSlug('ØU')).toBe('oekonomi');
    expect(committeeSlug('BIF')).toBe('beskaeftigelse-og-integration');
    expect(knownSlugs('omraade')).toEqual(['beskaeftigelse', 'bolig', 'tryghed', 'uddannelse', 'sundhed-og-omsorg', 'kultur-og-fritid']);
    expect(slugify('Børne- og Ungdomsudvalget')).toBe('boerne-og-ungdomsudvalget');
  });

  it('shows labels for slugs', () => {
    expect(filterLabel('omraade', 'kultur-og-fritid')).toBe('Kultur og fritid');
    expect(filterLabel('udvalg', 'oekonomi')).toBe('Økonomiudvalget');
    expect(filterLabel('type', 'omraade')).toBe('Indsatsområde');
    expect(filterLabel('aar', '2009')).toBe('2009');
  });

  it('resolves slugs, old labels and abbreviations, and nothing else', () => {
    expect(resolveFilterValue('omraade', 'tryghed')).toBe('tryghed');
    expect(resolveFilterValue('omraade', 'TRYGHED')).toBe('tryghed');
    expect(resolveFilterValue('omraade', 'Sundhed og omsorg')).toBe('sundhed-og-omsorg');
    expect(resolveFilterValue('udvalg', 'Økonomiudvalget')).toBe('oekonomi');
    expect(resolveFilterValue('udvalg', 'Økonomiforvaltningen')).toBe('oekonomi');
    expect(resolveFilterValue('udvalg', 'SOF')).toBe('social');
    expect(resolveFilterValue('type', 'idékatalog')).toBe('idekatalog');
    expect(resolveFilterValue('aar', '2009')).toBe('2009');
    expect(resolveFilterValue('aar', 'i år')).toBeUndefined();
    expect(resolveFilterValue('omraade', 'xyz')).toBeUndefined();
  });
});
