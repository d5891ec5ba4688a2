/**
 * The body-HTML rule reports every refused element and attribute in every HTML piece, whatever
 * came before it: an element removed with its content covers only what lies before its written
 * end tag in the same paragraph or HTML block (attacker test: nothing after <script> mid-sentence).
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
const FM = '---\ntitle: Et brev\ndate: 2009-04-02\nsagsnr: "2009-9512"\n---\n\n';
const F = 'content/letters/angreb.md';
/** "line:column message" of each error; the body starts on line 7. */
const check = (body: string): string[] => checkContentFile(FM + body, F, 'letters', ctx).map((e) => `${e.line}:${e.column} ${e.message}`);

describe('body HTML after an element written mid-sentence', () => {
  it('reports the pieces in later paragraphs after <script>…</script> in a sentence', () => {
    const body = [
      'Se <script>alert(1)</script> her.',
      '',
      '<iframe src=x>',
      '',
      '<img src=x onerror=alert(1)>',
      '',
      '<p style="color:red">',
      '',
    ];
    expect(check(body.join('\n'))).toEqual([
      '7:4 rå <script> er ikke tilladt i teksten',
      '9:1 rå <iframe> er ikke tilladt i teksten',
      '11:6 billedet ligger ikke på sitet',
      '11:12 inline hændelseskode (onerror=) er ikke tilladt i teksten',
      '13:4 style= er ikke tilladt i teksten (på <p>)',
    ]);
  });

  it('reports what follows <svg><script>…</script></svg>, and one message for the svg', () => {
    const body = ['Tekst <svg><script>alert(1)</script></svg> mere.', '', 'Et <img src=x onerror=alert(2)> billede.', ''];
    expect(check(body.join('\n'))).toEqual([
      '7:7 rå <svg> er ikke tilladt i teksten',
      '9:9 billedet ligger ikke på sitet',
      '9:15 inline hændelseskode (onerror=) er ikke tilladt i teksten',
    ]);
  });

  it('reports every payload of a long letter with its own line', () => {
    const payloads = Array.from({ length: 35 }, (_, i) =>
      i % 2 === 0 ? `Punkt ${i} <svg><script>alert(${i})</script></svg> slut.` : `Punkt ${i} <b onclick=alert(${i})>fed</b> slut.`,
    );
    const errors = check(payloads.join('\n\n') + '\n');
    expect(errors).toHaveLength(35);
    expect(errors.map((e) => Number(e.split(':')[0]))).toEqual(payloads.map((_, i) => 7 + 2 * i));
  });

  it('reports an unclosed element and what follows it in the same paragraph', () => {
    expect(check('Se <script> og <img src="/x.png" onerror="alert(1)"> her.\n')).toEqual([
      '7:4 rå <script> er ikke tilladt i teksten',
      '7:34 inline hændelseskode (onerror=) er ikke tilladt i teksten',
    ]);
  });

  it('mixes HTML blocks and inline HTML without one hiding the other', () => {
    const body = [
      '<div>',
      '<svg onload=alert(1)><circle onclick=alert(2)/></svg>',
      '</div>',
      '',
      'Tekst <style>p{}</style> og <span class=x>tekst</span>.',
      '',
      '<script>',
      'alert(3)',
      '</script>',
      '',
      '- punkt med <iframe src=x></iframe>',
      '- punkt med <a href="javascript:alert(4)">link</a>',
      '',
      '> citat med <object data=x>',
      '',
      '<form action=x>',
      '',
    ];
    expect(check(body.join('\n'))).toEqual([
      '8:1 rå <svg> er ikke tilladt i teksten',
      '11:7 rå <style> er ikke tilladt i teksten',
      '11:35 attributten class= er ikke tilladt på <span>: klasser er sitets egne (fx sr-only, der skjuler tekst)',
      '13:1 rå <script> er ikke tilladt i teksten',
      '17:13 rå <iframe> er ikke tilladt i teksten',
      '18:16 javascript:-links er ikke tilladt i teksten',
      '20:13 rå <object> er ikke tilladt i teksten',
      '22:1 rå <form> er ikke tilladt i teksten',
    ]);
  });

  it('keeps the full message for a refused element', () => {
    expect(checkContentFile(FM + 'Se <script>alert(1)</script> her.\n\n<iframe src=x>\n', F, 'letters', ctx).map(formatError)).toEqual([
      `${F}:7:4: rå <script> er ikke tilladt i teksten (fik "<script>", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
      `${F}:9:1: rå <iframe> er ikke tilladt i teksten (fik "<iframe src=x>", forventede almindelig Markdown; <iframe> fjernes med sit indhold)`,
    ]);
  });
});

describe('a report component in a letter', () => {
  it('says components work only in a report (.mdx) instead of calling it raw HTML', () => {
    expect(check('Se figuren:\n\n<IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" />\n\n<AreaCard area="bolig" />\n')).toEqual([
      '9:1 <IndicatorFigure> virker kun i en konferencerapport (.mdx), ikke i et brev eller en side (.md)',
      '11:1 <AreaCard> virker kun i en konferencerapport (.mdx), ikke i et brev eller en side (.md)',
    ]);
  });
});
