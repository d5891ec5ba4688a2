import { describe, expect, it } from 'vitest';
import { isWeakMatch, unmatchedWords } from '../../src/lib/search/weak-match.ts';

const content = 'Vi ved, så meget som muligt. Sagsnr.2009-9512 Konferencen fandt sted. Udgiften blev betalt. EU';
// Words: Vi(0) ved,(1) så(2) meget(3) som(4) muligt.(5) Sagsnr.2009-9512(6) Konferencen(7) fandt(8) sted.(9) Udgiften(10) blev(11) betalt.(12) EU(13)

describe('isWeakMatch', () => {
  it('rejects a back-off to a short word the query only starts with', () => {
    expect(isWeakMatch('sagsnumre', content, [2])).toBe(true);
    expect(isWeakMatch('anførselstegn', 'an', [0])).toBe(true);
  });

  it('rejects a back-off to a word that shares only the first letters of a long word', () => {
    // No page has »natteravnene«: Pagefind backs off to »natt…« and finds »natten«.
    expect(isWeakMatch('natteravnene', 'Om natten var der uro', [1])).toBe(true);
    expect(unmatchedWords('natteravnene Nørrebro', 'Om natten på Nørrebro', [1, 3])).toEqual(['natteravnene']);
  });

  it('accepts a typo late in a word and an inflection that shares the stem', () => {
    expect(isWeakMatch('Eberhorst', 'Kontakt: Eberholst', [1])).toBe(false);
    expect(isWeakMatch('sagsnumre', 'Se sagsnummer 12', [1])).toBe(false);
    expect(isWeakMatch('fodboldturneingen', 'Til fodboldturneringen', [1])).toBe(false);
  });

  it('accepts inflections, typos that keep the stem, and names', () => {
    expect(isWeakMatch('konferencer', content, [7])).toBe(false);
    expect(isWeakMatch('konferense', content, [7])).toBe(false);
    expect(isWeakMatch('udgifterne', content, [10])).toBe(false);
    expect(isWeakMatch('Morten Binder', 'Morten.Binder@bif.kk.dk', [0])).toBe(false);
  });

  it('compares the parts of glued and hyphenated words', () => {
    expect(isWeakMatch('2009-9512', content, [6])).toBe(false);
    expect(isWeakMatch('9512', content, [6])).toBe(false);
  });

  it('takes a case number as one part: a number no page has is not found through its year', () => {
    // Pagefind backs off from »2009123456« (the number as it indexes it) to »2009«.
    expect(isWeakMatch('2009-123456', 'Dato 2. april 2009. Sagsnr. 2009-9512.', [3])).toBe(true);
    expect(isWeakMatch('2009-123456', content, [6])).toBe(true);
    expect(isWeakMatch('Sagsnr. 2009-123456', 'I 2009 blev', [1])).toBe(true);
    // The number itself, with punctuation around it, and a number still being typed.
    expect(isWeakMatch('2009-9512', 'Sagsnr. (2009-9512).', [1])).toBe(false);
    expect(isWeakMatch('2009-95', content, [6])).toBe(false);
    expect(isWeakMatch('2009-9512', 'Sagsnr. 2009-95.', [1])).toBe(true);
    // An age range is typed with a hyphen and printed with an en dash.
    expect(isWeakMatch('16-64', 'Beskæftigelsesfrekvens for 16–64-årige', [2])).toBe(false);
    expect(isWeakMatch('25-64', 'Blandt 25–64-årige i 2020', [1])).toBe(false);
    // A period of years is no case number: a page may name the years apart.
    expect(isWeakMatch('2012-2020', 'Fra 2012 til 2020 steg andelen', [1])).toBe(false);
    // A year alone is still a year.
    expect(isWeakMatch('2009', 'Dato 2. april 2009.', [3])).toBe(false);
    expect(unmatchedWords('Binder 2009-123456', 'Morten Binder i 2009', [1, 3])).toEqual(['2009-123456']);
  });

  it('accepts short query words that match in full, and meta-only matches', () => {
    expect(isWeakMatch('EU', content, [13])).toBe(false);
    expect(isWeakMatch('02-04-2009', content, [])).toBe(false);
  });

  it('is weak only when every matched word is unrelated', () => {
    expect(isWeakMatch('sagsnumre konferencen', content, [2, 7])).toBe(false);
    expect(isWeakMatch('"så meget"', content, [2, 3])).toBe(false);
  });
});

describe('unmatchedWords', () => {
  it('names the query words no matched word relates to', () => {
    const content = 'Brev fra Marianne Jensen om budget.';
    expect(unmatchedWords('Marianne Oestergaard', content, [2])).toEqual(['Oestergaard']);
    expect(unmatchedWords('Marianne Jensen', content, [2, 3])).toEqual([]);
    expect(unmatchedWords('"Marianne Jensen"', content, [2, 3])).toEqual([]);
    expect(unmatchedWords('om budget', content, [5])).toEqual([]);
  });
});
