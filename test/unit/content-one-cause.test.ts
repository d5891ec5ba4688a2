/**
 * Editor messages for content that name the mistake as the editor can see it, once, in Danish:
 * a file name with a look-alike letter from another alphabet (shown by code point, suggested with
 * the Latin letter), a YAML tag or too deep nesting in front matter (no library English for any
 * YAML error), every import/export statement of an MDX block, and a malformed attachment address
 * told by its format error alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../scripts/lib/check/body-scan.ts';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { splitFrontMatter } from '../../scripts/lib/check/front-matter.ts';
import { checkFileName, suggestedName } from '../../scripts/lib/check/rules/file-name.ts';
import { checkMdxCode } from '../../scripts/lib/check/rules/mdx-code.ts';
import { YAML_CODES } from '../../scripts/lib/check/yaml-hints.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const RULE = 'filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .md eller .mdx';

describe('a file name with characters outside a–z and æ/ø/å', () => {
  it('shows a Cyrillic look-alike by code point and suggests the Latin letter', () => {
    const e = checkFileName('content/letters/2009-06-05-оpsamling.md');
    expect(e && formatError(e)).toBe(
      `content/letters/2009-06-05-оpsamling.md:1:1: ${RULE}; tegnet о (U+043E, kyrillisk o) er ikke et af dem (fik "2009-06-05-<U+043E>psamling.md", forventede fx 2009-06-05-opsamling.md)`,
    );
  });

  it('names every such character once, Greek and accented ones too', () => {
    const e = checkFileName('content/letters/саfé-ορ-с.md');
    expect(e?.message).toBe(
      `${RULE}; tegnene с (U+0441, kyrillisk c), а (U+0430, kyrillisk a), é (U+00E9), ο (U+03BF, græsk o), ρ (U+03C1, græsk p) er ikke et af dem`,
    );
    expect(e?.got).toBe('<U+0441><U+0430>f<U+00E9>-<U+03BF><U+03C1>-<U+0441>.md');
    expect(e?.expected).toBe('fx cafe-op-c.md');
  });

  it('transliterates the common look-alikes instead of dropping them', () => {
    expect(suggestedName('АВЕКМНОРСТХ-аеорсхуіјѕ.md')).toBe('abekmhopctx-aeopcxyijs.md');
    expect(suggestedName('Brev om æbler.md')).toBe('brev-om-aebler.md');
  });

  it('leaves æ/ø/å as they are in »fik« and adds nothing to the message', () => {
    expect(checkFileName('content/letters/brev-om-æbler.md')).toMatchObject({ message: RULE, got: 'brev-om-æbler.md' });
  });
});

const fm = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\n\nTekst.\n`, 'x.md').errors.map(formatError);

describe('front matter that YAML cannot read', () => {
  it('names a tag as written, at its line and column', () => {
    expect(fm('title: !!js/function "function(){}"\ndate: 2009-01-01')).toEqual([
      'x.md:2:8: mærket !!js/function er ikke tilladt i front matter (fik "!!js/function", forventede almindelig tekst uden mærke)',
    ]);
  });

  it('names every unknown tag in one run, and lets the core tags (!!str) be', () => {
    expect(fm('title: !tekst Et brev\nsagsnr: !!str 2009\nareas: !!set {bolig}\nnote: !<tag:x> y')).toEqual([
      'x.md:2:8: mærket !tekst er ikke tilladt i front matter (fik "!tekst", forventede almindelig tekst uden mærke)',
      'x.md:4:8: mærket !!set er ikke tilladt i front matter (fik "!!set", forventede almindelig tekst uden mærke)',
      'x.md:5:7: mærket !<tag:x> er ikke tilladt i front matter (fik "!<tag:x>", forventede almindelig tekst uden mærke)',
    ]);
  });

  it.each([20000, 150])('says lists nested %i deep are nested too deeply, in Danish, where the nesting begins', (depth) => {
    const errors = fm(`title: Brev\nareas: ${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^x\.md:3:8: front matter er ikke gyldig YAML: listerne eller grupperne er indlejret for dybt \(\[ eller \{ inde i hinanden\) \(fik "areas: \[\[\[.*…", forventede en liste uden lister inde i sig, fx areas: \[bolig, tryghed\]\)$/,
    );
  });

  it('has a Danish message for every error code of the yaml package', () => {
    const codes = [...readFileSync('node_modules/yaml/dist/errors.d.ts', 'utf8').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((c) => !YAML_CODES[c])).toEqual([]);
  });

  it.each([
    'a: "x',
    "a: 'x",
    'a: [x, y',
    '- a\nb: c',
    'a: b: c',
    'a:\n\t- x',
    'a: @x',
    'a: `x',
    'a: !!int abc',
    'a: "\\q"',
    'a: 1\na: 2',
    '? [a, b]\n: c',
    'a: &x 1\nb: *y',
    'a: !t !u x',
    '%FOO\n',
    'a:\n  - b\n c: d',
    'a: |0\n x',
    'a: [x]]',
  ])('tells %j in Danish with its line, without the libraries’ English', (yaml) => {
    for (const e of fm(yaml)) {
      expect(e).toMatch(/^x\.md:\d+:\d+: (front matter |mærket |YAML-ankre )/);
      expect(e).not.toMatch(/\b(unknown|expected a|Maximum|stack|tag:yaml|indentation|mapping|scalar|sequence|fejlkode)\b|[A-Z]{3,}_[A-Z]/);
    }
  });
});

describe('MDX import and export', () => {
  const body = [
    'Tekst.',
    '',
    'import X from "./x.js"',
    'export const x = 1',
    'import "./side-effect.js"',
    '',
    'export function y() {',
    '  return { import: 1 }',
    '}',
    'export {',
    '  x as z,',
    '}',
  ].join('\n');

  it('reports every statement of a block at its own line, a statement over several lines once', () => {
    const found = checkMdxCode(scanBody(body, 'mdx', 12), 'c.mdx').map((e) => `${e.line}:${e.column} ${e.message.split(' ')[0]} ${e.got}`);
    expect(found).toEqual([
      '15:1 import import X from "./x.js"',
      '16:1 export export const x = 1',
      '17:1 import import "./side-effect.js"',
      '19:1 export export function y() {',
      '22:1 export export {',
    ]);
  });
});

describe('an attachment address the schema refuses', () => {
  const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>(), publicFile: () => false };
  const letter = (href: string) =>
    `---\ntitle: Et brev\ndate: 2009-04-02\nsagsnr: "2009-9512"\nattachments:\n  - title: Notat\n    href: ${JSON.stringify(href)}\n---\n\nTekst.\n`;
  const check = (href: string) => checkContentFile(letter(href), 'content/letters/brev.md', 'letters', ctx).map(formatError);

  it.each(['/\\evil.example/phish', '/\\\\evil.example/phish', 'ftp://evil.example/x'])('%j gets the format error alone', (href) => {
    expect(check(href)).toEqual([
      `content/letters/brev.md:7:5: feltet "attachments[1].href": adressen skal begynde med https://, http:// eller / (en fil på sitet) (fik "${href}")`,
    ]);
  });

  it('a well-formed address that is missing is still told, on one line', () => {
    expect(check('/bilag/%0a.pdf')).toEqual([
      'content/letters/brev.md:7:5: filen findes ikke i public/ (fik "/bilag/%0a.pdf", forventede en fil public/bilag/<U+000A>.pdf, eller en rettet adresse)',
    ]);
  });
});
