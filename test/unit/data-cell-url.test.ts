/** A source address on the site goes where it says: src/lib/data/rules/cell-url.ts. */
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../src/lib/data/rules/cell-url.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const check = (raw: string) => {
  const r = checkUrl({ file: 'data/measurements.csv', line: 7, cells: { source_url: { column: 9, raw } } }, 'source_url');
  return r.error ? formatError(r.error) : r.value;
};

describe('a source address', () => {
  it('is kept when it is a full http(s) address', () => {
    for (const url of [
      'https://www.statistikbanken.dk/RAS200',
      'http://www.kk.dk/artikel/tryghedsundersoegelsen',
      'https://københavn.dk/x?a=1#b',
    ])
      expect(check(url)).toBe(url);
  });

  it('is refused without »//« after the scheme: the link would lead to a page on the site itself', () => {
    for (const url of ['https:evil.example', 'https:/evil.example', 'www.dst.dk', 'javascript:alert(1)', 'ftp://x.dk/a', 'https://'])
      expect(check(url)).toBe(
        `data/measurements.csv:7:9: ugyldig adresse (fik "${url}", forventede en fuld adresse, der begynder med https://)`,
      );
  });

  it('is refused with a user name before the host, which hides where the link goes', () => {
    for (const url of ['https://www.statistikbanken.dk@evil.example/', 'https://user:pass@evil.example', 'https://:x@evil.example'])
      expect(check(url)).toMatch(
        /^data\/measurements\.csv:7:9: adressen har et brugernavn foran værtsnavnet, .*forventede en adresse uden »navn@«/,
      );
  });

  it('is refused with an invisible character, named by its code', () => {
    expect(check('https://evil.example/\u202E')).toBe(
      'data/measurements.csv:7:9: adressen har et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen (U+202E) (fik "https://evil.example/<U+202E>", forventede en adresse uden usynlige tegn)',
    );
    expect(check('https://www.dst.dk/\u200Bda')).toMatch(/et usynligt tegn uden bredde \(U\+200B\)/);
  });
});
