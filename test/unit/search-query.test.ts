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
