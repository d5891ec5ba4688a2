import { describe, expect, it } from 'vitest';
import { correctableWords, matchCase, queryWords, replaceWord } from '../../src/lib/search/query-words.ts';

describe('query words', () => {
  it('splits on spaces, quotes kept out', () => {
    expect(queryWords('"fakta og fordomme" Hougaard')).toEqual(['fakta', 'og', 'fordomme', 'Hougaard']);
  });

  it('corrects the parts of a hyphenated compound, not the hyphen with them', () => {
    // »Boerne-« was kept whole and never corrected: »Boerne- og Ungdomsudvalget« found nothing.
    expect(correctableWords('Boerne- og Ungdomsudvalget')).toEqual(['Boerne', 'Ungdomsudvalget']);
    expect(correctableWords('Beskaeftigelses- og Integrationsforvaltningen')).toEqual(['Beskaeftigelses', 'Integrationsforvaltningen']);
    expect(correctableWords('Sundheds-/Omsorgsforvaltningen')).toEqual(['Sundheds', 'Omsorgsforvaltningen']);
    // Numbers, labels and short words are not corrected.
    expect(correctableWords('Sagsnr.2009-9512 2007-114951 og i')).toEqual([]);
    expect(correctableWords('raadhus raadhus')).toEqual(['raadhus']);
  });

  it('replaces a word between spaces, quotes, hyphens or slashes, keeping them', () => {
    expect(replaceWord('Boerne- og Ungdomsudvalget', 'Boerne', 'Børne')).toBe('Børne- og Ungdomsudvalget');
    expect(replaceWord('Sundheds-/Omsorgsforvaltningen', 'Sundheds', 'Sundhed')).toBe('Sundhed-/Omsorgsforvaltningen');
    expect(replaceWord('"Raadhuset i dag"', 'Raadhuset', 'Rådhuset')).toBe('"Rådhuset i dag"');
    // Only a whole word: »Raad« is not the start of »Raadhuset«.
    expect(replaceWord('Raadhuset', 'Raad', 'Råd')).toBe('Raadhuset');
    expect(matchCase('Raadhuset', 'rådhuset')).toBe('Rådhuset');
  });
});
