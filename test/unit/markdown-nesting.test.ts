/**
 * Quotes and lists nested deeper than the build can walk are refused with one positioned message,
 * measured from the source without recursion (attacker test: 1,000 ">" passed the check and broke
 * the build with "Maximum call stack size exceeded"). The same for HTML elements and for emphasis
 * and links (attacker report U1: 600 nested <span>, 1,000 <div>, 2,000 "*" on each side).
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { checkMarkdownNesting, MAX_HTML_NESTING, MAX_INLINE_NESTING, MAX_NESTING } from '../../scripts/lib/check/rules/markdown-nesting.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
const FM = '---\ntitle: Et brev\ndate: 2009-04-02\nsagsnr: "2009-9512"\n---\n\n';
const F = 'content/letters/dybt.md';
const EXPECTED = `forventede højst ${MAX_NESTING} niveauer af citater (>) og lister inden i hinanden`;
const nesting = (body: string) => checkMarkdownNesting(body, 7, F).map(formatError);

describe('markdown nesting', () => {
  it('refuses 1,000 ">" with one message at the marker that is one too deep', () => {
    const started = performance.now();
    const errors = checkContentFile(FM + '>'.repeat(1000) + ' hej\n', F, 'letters', ctx).map(formatError);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toEqual([
      `${F}:7:21: citater og lister ligger for dybt inden i hinanden (1000 niveauer), så siden kan ikke bygges (fik "${'>'.repeat(79)}…", ${EXPECTED})`,
    ]);
  });

  it('refuses 100,000 ">" quickly, without crashing', () => {
    const started = performance.now();
    const errors = checkContentFile(FM + '>'.repeat(100_000) + '\n', F, 'letters', ctx);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 7, column: 21, message: expect.stringContaining('(100000 niveauer)') });
  });

  it('lets a letter quote and list a few levels deep', () => {
    expect(nesting('> > > > > fem niveauer\n')).toEqual([]);
    expect(nesting('- a\n  - b\n    > c\n    > - d\n')).toEqual([]);
    expect(nesting('>'.repeat(MAX_NESTING) + ' lige til grænsen\n')).toEqual([]);
  });

  it('counts nested lists, by indentation and on one line, and quotes with them', () => {
    const indented = Array.from({ length: 25 }, (_, k) => `${' '.repeat(2 * k)}- punkt ${k + 1}`).join('\n');
    expect(nesting(indented)).toEqual([
      `${F}:27:41: citater og lister ligger for dybt inden i hinanden (21 niveauer), så siden kan ikke bygges (fik "${' '.repeat(40)}- punkt 21", ${EXPECTED})`,
    ]);
    expect(nesting('1. '.repeat(30) + 'x\n')).toHaveLength(1);
    expect(nesting('> - '.repeat(11) + 'x\n')[0]).toContain('(22 niveauer)');
    // A lazy line (no indentation) still belongs to the item, so the next level counts on.
    const lazy = Array.from({ length: 21 }, (_, k) => `${' '.repeat(2 * k)}- punkt\nfortsat`).join('\n');
    expect(nesting(lazy)).toHaveLength(1);
  });

  it('reports each deep passage once, not every line of it', () => {
    const deep = '>'.repeat(25);
    expect(nesting(`${deep} a\n${deep} b\n\ntekst\n\n${deep} c\n`).map((e) => e.split(': ')[0])).toEqual([`${F}:7:21`, `${F}:12:21`]);
  });

  it('does not count ">" or list markers in code or a thematic break', () => {
    expect(nesting('```\n' + '> '.repeat(30) + '\n```\n')).toEqual([]);
    expect(nesting('    ' + '> '.repeat(30) + '\n')).toEqual([]);
    expect(nesting('- '.repeat(19) + '* * *\n')).toEqual([]);
  });
});

describe('HTML and emphasis nesting', () => {
  const body = (text: string) => checkContentFile(FM + text + '\n', F, 'letters', ctx).map(formatError);
  const HTML_EXPECTED = `forventede højst ${MAX_HTML_NESTING} HTML-elementer inden i hinanden: luk hvert element med sit sluttag (fx </div>), før det næste åbnes`;
  const HTML_TOO_DEEP = `HTML-elementer ligger mere end ${MAX_HTML_NESTING} niveauer inden i hinanden, så siden kan ikke bygges`;
  const INLINE_EXPECTED = `forventede højst ${MAX_INLINE_NESTING} niveauer af *kursiv*, **fed**, ~~overstregning~~ og links inden i hinanden`;

  it('refuses 600 nested <span> at the first one too deep', () => {
    expect(body('Tekst ' + '<span>'.repeat(600) + 'x')).toEqual([`${F}:7:247: ${HTML_TOO_DEEP} (fik "<span>", ${HTML_EXPECTED})`]);
  });

  it('refuses 1,000 nested <div> in one HTML block, and open blocks that nest the blocks after them', () => {
    expect(body('<div>'.repeat(1000))).toEqual([`${F}:7:201: ${HTML_TOO_DEEP} (fik "<div>", ${HTML_EXPECTED})`]);
    // Each <div> is a block of its own, left open: the build nests every later block inside it.
    expect(body('<div>\n\n'.repeat(60) + 'x')).toEqual([`${F}:87:1: ${HTML_TOO_DEEP} (fik "<div>", ${HTML_EXPECTED})`]);
    // Inline HTML counts on top of the open blocks, also inside emphasis of the same paragraph.
    expect(body('<div>\n\n'.repeat(30) + 'a ' + '<span>'.repeat(5) + '*' + '<span>'.repeat(6) + 'x*')[0]).toMatch(
      /^[^:]+:67:\d+: HTML-elementer/,
    );
  });

  it('lets real HTML pass: closed elements, paragraphs HTML closes itself, a paragraph\u2019s tags ending with it', () => {
    expect(body('<p>a\n\n'.repeat(60) + 'x')).toEqual([]);
    expect(body('<ul>\n' + '<li>punkt\n'.repeat(100) + '</ul>')).toEqual([]);
    expect(body('<table><tr><td>a<td>b<tr><td>c</table>\n\n'.repeat(50))).toEqual([]);
    expect(body('a <span>\n\n'.repeat(60) + 'x')).toEqual([]);
    expect(body('<div>'.repeat(MAX_HTML_NESTING) + 'x' + '</div>'.repeat(MAX_HTML_NESTING))).toEqual([]);
    expect(body('Linje<br>linje<br>' + '<span>'.repeat(MAX_HTML_NESTING - 1) + '<img src="/bilag/x.png" alt="">')).toEqual([]);
  });

  it('refuses emphasis 2,000 "*" deep once, with the depth it reaches', () => {
    expect(body('*'.repeat(2000) + 'x' + '*'.repeat(2000))).toEqual([
      `${F}:7:41: fremhævninger og links ligger for dybt inden i hinanden (1000 niveauer), så siden kan ikke bygges (fik "${'*'.repeat(79)}…", ${INLINE_EXPECTED})`,
    ]);
    // A link or a strikethrough around them is one level more.
    const limit = '*'.repeat(2 * MAX_INLINE_NESTING) + 'x' + '*'.repeat(2 * MAX_INLINE_NESTING);
    expect(body(`[${limit}](/a)`)[0]).toContain(`(${MAX_INLINE_NESTING + 1} niveauer)`);
    expect(body(`~~${limit}~~`)[0]).toContain(`(${MAX_INLINE_NESTING + 1} niveauer)`);
  });

  it('lets ordinary emphasis pass, up to the limit', () => {
    expect(body('***fed og kursiv*** og [et **link**](https://www.kk.dk) ~~slettet *ord*~~')).toEqual([]);
    expect(body('*'.repeat(2 * MAX_INLINE_NESTING) + 'x' + '*'.repeat(2 * MAX_INLINE_NESTING))).toEqual([]);
  });

  it('stays quick on 100,000 levels of either', () => {
    const started = performance.now();
    expect(body('*'.repeat(100_000) + 'x' + '*'.repeat(100_000))).toHaveLength(1);
    expect(body('<div>'.repeat(100_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
