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
