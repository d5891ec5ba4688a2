/** An attachment given by a site address must be a file in public/, and never point out of the site. */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = {
  indicatorIds: new Set<string>(),
  letterSlugs: new Set<string>(),
  publicFile: (p: string) => p === '/bilag/notat.pdf',
};
const letter = (href: string) =>
  `---\ntitle: Et brev\ndate: 2009-04-02\nsagsnr: "2009-9512"\nattachments:\n  - title: Notat\n    href: "${href}"\n---\n\nTekst.\n`;
const check = (href: string) => checkContentFile(letter(href), 'content/letters/brev.md', 'letters', ctx).map(formatError);

describe('attachments[].href on the site', () => {
  it('accepts a file in public/ and an address on another site', () => {
    expect(check('/bilag/notat.pdf')).toEqual([]);
    expect(check('https://www.kk.dk/notat.pdf')).toEqual([]);
  });

  it('refuses a missing file at the href line, naming the file expected', () => {
    expect(check('/bilag/findes-ikke.svg')).toEqual([
      'content/letters/brev.md:7:5: filen findes ikke i public/ (fik "/bilag/findes-ikke.svg", forventede en fil public/bilag/findes-ikke.svg, eller en rettet adresse)',
    ]);
  });

  it('refuses an address that climbs out of the site, also %-encoded', () => {
    for (const href of ['/../../etc/passwd', '/bilag/%2e%2e/%2e%2e/etc/passwd'])
      expect(check(href)[0]).toMatch(/:7:5: adressen peger ud af sitet \(\.\.\)/);
  });
});
