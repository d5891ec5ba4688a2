import { describe, expect, it } from 'vitest';
import { urlText } from '../../src/lib/format/url-text.ts';

describe('a web address as link text', () => {
  it('drops the scheme and shows æ/ø/å decoded', () => {
    // Was: »politiken.dk/indland/art7528126/Tre-boligomr%C3%A5der-er-r%C3%B8get-af…«, read out as »procent C 3«.
    expect(urlText('https://politiken.dk/indland/art7528126/Tre-boligomr%C3%A5der-er-r%C3%B8get-af-listen')).toBe(
      'politiken.dk/indland/art7528126/Tre-boligområder-er-røget-af-listen',
    );
    expect(urlText('http://www.kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de')).toBe(
      'www.kk.dk/dagsordener-og-referater/Økonomiudvalget/møde',
    );
  });

  it('cuts a long address at whole characters, with »…«', () => {
    const text = urlText(`https://www.kk.dk/${'ø'.repeat(100)}`, 20);
    expect(text).toBe(`www.kk.dk/${'ø'.repeat(10)}…`);
    expect(urlText('https://www.dst.dk/da', 20)).toBe('www.dst.dk/da');
  });

  it('keeps the address as written when decoding would show an invisible character or cannot be done', () => {
    expect(urlText('https://evil.example/%E2%80%AEtxt.exe')).toBe('evil.example/%E2%80%AEtxt.exe');
    expect(urlText('https://x.dk/100%')).toBe('x.dk/100%');
    expect(urlText('https://x.dk/a%2Fb')).toBe('x.dk/a%2Fb');
  });
});
