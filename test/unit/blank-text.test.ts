/** A required text field of only spaces (title: "   ") is empty: it would publish an empty heading. */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>(), today: new Date('2026-12-03T12:00:00Z') };

describe('blank required text', () => {
  it("refuses a letter's blank title and sender name", () => {
    const text = '---\ntitle: "   "\ndate: 2009-05-01\nsagsnr: "2009-1"\nsender:\n  name: " "\n---\n\nTeksten.\n';
    expect(checkContentFile(text, 'brev.md', 'letters', ctx).map(formatError)).toEqual([
      'brev.md:2:1: feltet "title" er tomt (fik "   ", forventede en titel, fx title: Opsamling fra konferencen)',
      'brev.md:6:3: feltet "sender.name" er tomt (fik " ", forventede en værdi)',
    ]);
  });

  it("refuses a page's blank title and description, and a conference's blank place", () => {
    const page = '---\ntitle: "\t"\ndescription: "  "\n---\n\nTekst.\n';
    expect(checkContentFile(page, 'tilgaengelighed.md', 'pages', ctx).map(formatError)).toEqual([
      'tilgaengelighed.md:2:1: feltet "title" er tomt (fik "\\t", forventede en titel, fx title: Opsamling fra konferencen)',
      'tilgaengelighed.md:3:1: feltet "description" er tomt (fik "  ", forventede en værdi)',
    ]);
    const conference = '---\ntitle: Konference\nyear: 2009\nstatus: afholdt\ndate: 2009-04-02\nplace: " "\ntheme: Tema\n---\n\nTekst.\n';
    expect(checkContentFile(conference, '2009.mdx', 'conferences', ctx).map(formatError)).toEqual([
      '2009.mdx:6:1: feltet "place" er tomt (fik " ", forventede en værdi)',
    ]);
  });

  it('keeps text with letters, trimmed', () => {
    const text = '---\ntitle: " Brev "\ndate: 2009-05-01\nsagsnr: "2009-1"\n---\n\nTeksten.\n';
    expect(checkContentFile(text, 'brev.md', 'letters', ctx)).toEqual([]);
  });
});
