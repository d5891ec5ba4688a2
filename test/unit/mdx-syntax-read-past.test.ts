/**
 * The check reads an MDX body past the lines its parser stops at (rules/mdx-syntax.ts), so an
 * editor sees every broken line and the other rules' errors in one run, and it stops where reading
 * on would only guess.
 */
import { describe, expect, it } from 'vitest';
import { readPastSyntaxErrors } from '../../scripts/lib/check/rules/mdx-syntax.ts';

const read = (body: string) => readPastSyntaxErrors(body, 'mdx', 10, 'x.mdx');

describe('reading past MDX syntax errors', () => {
  it('finds each broken line, keeps later positions true, and leaves a body the other rules can read', () => {
    const r = read('<form><input name="x"></form>\n\nTekst<br>mere\n\nGod tekst.\n');
    expect(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '10:23 HTML-elementet <form> er ikke tilladt i teksten, og MDX kan ikke læse linjen',
      '12:6 <br> skal lukkes i MDX',
    ]);
    expect(r.scan?.syntaxError).toBeUndefined();
    expect(r.body.split('\n')).toEqual(['', '', '', '', 'God tekst.', '']);
  });

  it('a readable body is returned as it is, with no errors', () => {
    const r = read('Tekst med **fed**.\n');
    expect(r).toMatchObject({ errors: [], body: 'Tekst med **fed**.\n' });
    expect(r.scan).toBeDefined();
  });

  it('stops after ten broken lines: the other rules are not run on a body that broken', () => {
    const r = read(Array.from({ length: 12 }, (_, i) => `Linje ${i}<br>`).join('\n\n'));
    expect(r.errors).toHaveLength(10);
    expect(r.scan).toBeUndefined();
  });

  it('an error that spans lines is reported at the line that opens it, and the rest is read', () => {
    const r = read('Tekst {\nmere\n\nSe [her](javascript:alert(1)).\n');
    expect(r.errors.map((e) => `${e.line}:${e.column}`)).toEqual(['10:7']);
    expect(r.scan?.syntaxError).toBeUndefined();
  });

  it('stops when the parser points at a line with nothing to blank', () => {
    const first = { nodes: [], inline: [], code: [], syntaxError: { line: 11, column: 1, reason: 'Unexpected end of file' } };
    const r = readPastSyntaxErrors('a\n\nb', 'mdx', 10, 'x.mdx', first);
    expect(r.errors).toHaveLength(1);
    expect(r.scan).toBeUndefined();
  });
});
