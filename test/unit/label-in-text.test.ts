import { describe, expect, it } from 'vitest';
import { labelInText, labelsAfterFirst } from '../../src/lib/format/label-in-text.ts';

describe('a series label in running text', () => {
  it('keeps a place name and an abbreviation, and writes any other label with a small letter', () => {
    expect(labelInText('København')).toBe('København');
    expect(labelInText('Aarhus')).toBe('Aarhus');
    expect(labelInText('Hele landet')).toBe('hele landet');
    expect(labelInText('Kvinder')).toBe('kvinder');
    expect(labelInText('EU-borgere')).toBe('EU-borgere');
    expect(labelInText('Ældre')).toBe('ældre');
    expect(labelInText('')).toBe('');
  });

  it('leaves the first of a list as written: it may begin a clause', () => {
    expect(labelsAfterFirst(['Hele landet', 'København', 'Kvinder'])).toEqual(['Hele landet', 'København', 'kvinder']);
  });
});
