/**
 * A hidden character written as a character reference (&#x202E;, &#8238;, &zwj;) is published as
 * the character itself, so the check refuses it as it refuses the typed one: in text, in raw HTML
 * attributes and in a link's title, in letters (.md) and reports (.mdx), at the reference's line
 * and column. In code the reference is shown as written and stays allowed. Attacker test:
 * »sagsnr 2008-&#x202E;4321« passed and showed a reversed case number.
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { hiddenReferences } from '../../scripts/lib/check/hidden-references.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { charCode } from '../../src/lib/data/rules/hidden-chars.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
const LETTER = '---\ntitle: Et brev\ndate: 2009-04-02\nsagsnr: "2009-9512"\n---\n\n';
const REPORT = '---\ntitle: Konference\nyear: 2009\nstatus: afholdt\ndate: 2009-01-22\nplace: Rådhuset\ntheme: Køn\n---\n\n';

/** "line:column code reference" of each refused reference; the body starts on line 7 (letter) or 10 (report). */
function refused(body: string, format: 'md' | 'mdx' = 'md'): string[] {
  const file = format === 'md' ? 'content/letters/x.md' : 'content/conferences/2009.mdx';
  const text = (format === 'md' ? LETTER : REPORT) + body;
  return checkContentFile(text, file, format === 'md' ? 'letters' : 'conferences', ctx)
    .filter((e) => e.message.startsWith('teksten indeholder'))
    .map(
      (e) =>
        `${e.line}:${e.column} ${/^teksten indeholder (?:styretegnet )?(U\+[0-9A-F]+) \(skrevet som tegnkoden (\S+)\)/.exec(e.message)?.slice(1).join(' ')}`,
    );
}

describe('hidden characters written as character references', () => {
  it('names the character as the typed-character message does, with the reference and what to do', () => {
    const [error] = checkContentFile(`${LETTER}Sagsnr 2008-&#x202E;4321.\n`, 'content/letters/x.md', 'letters', ctx).map(formatError);
    expect(error).toBe(
      'content/letters/x.md:7:13: teksten indeholder U+202E (skrevet som tegnkoden &#x202E;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "Sagsnr 2008-&#x202E;4321.", forventede tekst uden usynlige tegn – slet tegnkoden &#x202E;)',
    );
  });

  // Every invisible and control character the typed rule refuses, in each way of writing it.
  const hidden = [0x07, 0x1b, 0x85, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2060, 0x2066, 0x2069, 0xfeff];
  it.each(hidden.map((c) => [charCode(String.fromCodePoint(c)), c] as const))(
    'refuses %s written as hex, decimal, with leading zeros or without ";" in HTML',
    (code, c) => {
      const hex = c.toString(16);
      const references = [`&#x${hex};`, `&#X${hex.toUpperCase()};`, `&#${c};`, `&#x0000${hex};`, `&#${c}`];
      const body = `a ${references[0]} b ${references[1]} c ${references[2]} d ${references[3]} e <span title="${references[4]}">f</span>\n`;
      let from = 0;
      const columns = references.map((r) => (from = body.indexOf(r, from) + 1));
      expect(refused(body)).toEqual(references.map((r, i) => `7:${columns[i]} ${code} ${r}`));
    },
  );

  it.each([
    ['&zwj;', 'U+200D'],
    ['&zwnj;', 'U+200C'],
    ['&lrm;', 'U+200E'],
    ['&rlm;', 'U+200F'],
    ['&ZeroWidthSpace;', 'U+200B'],
    ['&NegativeThinSpace;', 'U+200B'],
    ['&NoBreak;', 'U+2060'],
    ['&InvisibleTimes;', 'U+2062'],
  ])('refuses the named reference %s (%s)', (reference, code) => {
    expect(refused(`Ord${reference}ord\n`)).toEqual([`7:4 ${code} ${reference}`]);
  });

  it('finds them in text, raw HTML attributes, link titles and addresses, headings, lists and quotes', () => {
    const body = [
      '# Over&#x202E;skrift',
      '',
      '<abbr title="&#x202E;evil">x</abbr> og <span title="a&#x200B;b">t</span>',
      '',
      '[Brevet](/breve/&#x200B;x/ "&rlm;titel")',
      '',
      '- punkt &#xFEFF;',
      '> citat &#x2028;',
      '',
      '| a | b&zwj; |',
      '|---|---|',
    ].join('\n');
    expect(refused(body)).toEqual([
      '7:7 U+202E &#x202E;',
      '9:14 U+202E &#x202E;',
      '9:54 U+200B &#x200B;',
      '11:17 U+200B &#x200B;',
      '11:29 U+200F &rlm;',
      '13:9 U+FEFF &#xFEFF;',
      '14:9 U+2028 &#x2028;',
      '16:8 U+200D &zwj;',
    ]);
  });

  it('refuses them in a report (.mdx) too', () => {
    expect(refused('Sagsnr. 2008-&#x202E;4321 og &zwj;ord.\n', 'mdx')).toEqual(['10:14 U+202E &#x202E;', '10:30 U+200D &zwj;']);
  });

  it('leaves references in code, visible characters and unknown names alone', () => {
    const body = [
      'Kode: `&#x202E;` og',
      '',
      '```',
      '&zwj; &#8238;',
      '```',
      '',
      '    &lrm; indrykket kode',
      '',
      '&amp; &shy; &nbsp; &#x41; &#0; &#xD800; &foo; &#x110000;',
    ].join('\n');
    expect(refused(body)).toEqual([]);
  });
});

describe('hiddenReferences', () => {
  it('gives the offset, the reference as written and the character', () => {
    expect(hiddenReferences('2008-&#x202E;4321 &zwj;')).toEqual([
      { index: 5, reference: '&#x202E;', char: '\u202e' },
      { index: 18, reference: '&zwj;', char: '\u200d' },
    ]);
    expect(hiddenReferences('ingen tegnkoder')).toEqual([]);
  });
});
