import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/query.ts';

describe('normaliseQuery', () => {
  it.each([
    ['  konferencer  ', 'konferencer'],
    ['2009-9512', '2009-9512'],
    ['2009–9512', '2009-9512'],
    ['2009 — 9512', '2009-9512'],
    ['2007\u2212114951', '2007-114951'],
    ['Morten\u00a0Binder', 'Morten Binder'],
    ['Sagsnr.: 2009-9512', '2009-9512'],
    ['dok.nr. 2009-194106', '2009-194106'],
    ['J.nr.: 2009-45212', '2009-45212'],
    ['sagsnr', 'sagsnr'],
    // The whole family of labels, as people write them (they used to find nothing).
    ['sagsnummer 2007-114951', '2007-114951'],
    ['Sagsnummer: 2007-114951', '2007-114951'],
    ['sags-nr. 2007-114951', '2007-114951'],
    ['sags nr. 2007-114951', '2007-114951'],
    ['sag nr. 2007-114951', '2007-114951'],
    ['dokumentnummer 2008-255779', '2008-255779'],
    ['Dokumentnr.: 2008-255779', '2008-255779'],
    ['dok-nr. 2008-255779', '2008-255779'],
    ['Dok. nr. 2008-255779', '2008-255779'],
    ['journalnummer 2009-45212', '2009-45212'],
    ['journalnr. 2009-45212', '2009-45212'],
    ['j.nr. 2009-45212', '2009-45212'],
    ['jnr 2009-45212', '2009-45212'],
    ['sagsnummer', 'sagsnummer'],
    ['dokumentnummeret er tabt', 'dokumentnummeret er tabt'],
    ['Hougaard nr. 2', 'Hougaard nr. 2'],
    ['»Morten Binder«', '"Morten Binder"'],
    ['“fakta og fordomme”', '"fakta og fordomme"'],
    ['Børne- og Ungdomsudvalget', 'Børne- og Ungdomsudvalget'],
    // A case number typed without its hyphen; a phone number, a short number and a hyphenated one stay.
    ['2007114951', '2007-114951'],
    ['sagsnr. 2009194106 og 2007114951', '2009-194106 og 2007-114951'],
    ['20123456', '20123456'],
    ['33662851', '33662851'],
    ['2009-9512', '2009-9512'],
    ['12007114951', '12007114951'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseQuery(raw)).toBe(expected);
  });
});
