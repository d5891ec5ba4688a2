/**
 * Control characters (BEL, ESC, NUL …) in a content file, typed or written as YAML escapes, are
 * refused with their code and place: they would make the Atom feeds not well-formed XML.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../scripts/lib/check/check-dir.ts';
import { checkRawControlChars } from '../../scripts/lib/check/rules/control-chars.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
const EXPECTED = 'forventede tekst uden styretegn – slet tegnet (tabulator og linjeskift er tilladt)';

function check(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'control-chars-'));
  mkdirSync(join(dir, 'letters'));
  const path = join(dir, 'letters', '2009-05-01-brev.md');
  writeFileSync(path, text);
  return checkContentFiles([{ path, collection: 'letters' }], ctx).map((e) => formatError(e).replace(`${path}`, 'brev.md'));
}

const letter = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2009-05-01\nsagsnr: "2009-1"\n---\n\n${body}\n`;

describe('control characters', () => {
  it('reports escaped control characters in a front-matter value, with their code', () => {
    expect(check(letter('"Brev \\x07\\e[31m og \\x00"', 'Teksten.'))).toEqual([
      `brev.md:2:1: feltet "title" indeholder styretegnet U+0007 (fx skrevet som \\x07, \\e eller \\0), som ikke kan vises og gør sitets feeds ugyldige (fik "Brev <U+0007><U+001B>[31m og <U+0000>", ${EXPECTED})`,
    ]);
  });

  it('reports U+FFFE and an unpaired surrogate written as escapes', () => {
    const errors = check(letter('"a \\uFFFE"\nsummary: "b \\uD800"', 'Teksten.'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('styretegnet U+FFFE');
    expect(errors[1]).toContain('feltet "summary" indeholder styretegnet U+D800');
  });

  it('reports raw BEL, ESC and NUL in the body at their line and column', () => {
    expect(check(letter('Brev', 'Første linje.\nBrev \x07 og\x1b[31m rødt\n\nslut\x00'))).toEqual([
      `brev.md:8:6: filen indeholder styretegnet U+0007, som ikke kan vises og gør sitets feeds ugyldige (fik "Brev <U+0007> og<U+001B>[31m rødt", ${EXPECTED})`,
      `brev.md:10:5: filen indeholder styretegnet U+0000, som ikke kan vises og gør sitets feeds ugyldige (fik "slut<U+0000>", ${EXPECTED})`,
    ]);
  });

  it('reports a raw control character in front matter once, naming it rather than a YAML error', () => {
    expect(check(letter('Brev \x07', 'Teksten.'))).toEqual([
      `brev.md:2:13: filen indeholder styretegnet U+0007, som ikke kan vises og gør sitets feeds ugyldige (fik "title: Brev <U+0007>", ${EXPECTED})`,
    ]);
  });

  it('reports invisible characters that change what a reader sees: a bidi override in a case number, a zero-width space, a C1 control', () => {
    const INVISIBLE =
      'forventede tekst uden usynlige tegn – slet tegnet (det kommer ofte med, når tekst kopieres fra en PDF eller en webside)';
    const text = `---\ntitle: Brev\ndate: 2009-05-01\nsagsnr: "2008-\u202e4321"\n---\n\nSe side\u200b 2 og \u0085 her.\n`;
    expect(check(text)).toEqual([
      `brev.md:4:15: filen indeholder U+202E, et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "sagsnr: "2008-<U+202E>4321"", ${INVISIBLE})`,
      `brev.md:7:8: filen indeholder U+200B, et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "Se side<U+200B> 2 og <U+0085> her.", ${INVISIBLE})`,
    ]);
    expect(check(letter('"Brev \\u2066om\\u2069"', 'Teksten.'))).toEqual([
      `brev.md:2:1: feltet "title" indeholder U+2066 (fx skrevet som \\u202E), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "Brev <U+2066>om<U+2069>", ${INVISIBLE})`,
    ]);
    // Danish letters, a non-breaking space and a soft hyphen stay text.
    expect(check(letter('"Æblerød å\u00a0ø"', 'Integrations\u00adbarometeret.'))).toEqual([]);
  });

  it('accepts tab, CR and LF, and other text with backslashes', () => {
    expect(check(letter('"Brev\\tmed tab"', 'Tekst\tmed tab\r\nog \\* stjerne'))).toEqual([]);
    expect(checkRawControlChars('a\tb\r\nc', 'x.md')).toEqual([]);
  });

  it('quotes a long line around the character, not from its start', () => {
    const [error] = checkRawControlChars(`${'x'.repeat(200)}\x1b${'y'.repeat(200)}`, 'x.md');
    expect(error?.column).toBe(201);
    expect(error?.got).toBe(`…${'x'.repeat(30)}<U+001B>${'y'.repeat(30)}…`);
  });
});
