/**
 * Quotes and lists nested deeper than the build can walk are refused with one positioned message,
 * measured from the source without recursion (attacker test: 1,000 ">" passed the check and broke
 * the build with "Maximum call stack size exceeded").
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { checkMarkdownNesting, MAX_NESTING } from '../../scripts/lib/check/rules/markdown-nesting.ts';
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
