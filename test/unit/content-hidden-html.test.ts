/**
 * Nothing in a letter's raw HTML may hide text without a word: HTML comments and declarations
 * (refused in letters and pages as in reports; one left open swallowed the rest of the letter while
 * the check passed) and elements left open (an unclosed <details> folded the rest of the letter into
 * a closed box). Each is told at the line and column of its "<".
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile } from '../../scripts/lib/check/check-file.ts';
import { formatError } from '../../src/lib/data/errors.ts';

const ctx = { indicatorIds: new Set<string>(), letterSlugs: new Set<string>() };
const FM = '---\ntitle: Et brev\ndate: 2009-04-02\nsagsnr: "2009-9512"\n---\n\n';
const F = 'content/letters/x.md';
/** "line:column message" of each error; the body starts on line 7. */
const check = (body: string): string[] => checkContentFile(FM + body, F, 'letters', ctx).map((e) => `${e.line}:${e.column} ${e.message}`);

const COMMENT = 'en HTML-kommentar (<!-- … -->) er ikke tilladt i teksten: den vises ikke på siden';
const OPEN_COMMENT = 'en HTML-kommentar (<!-- … -->) uden afslutning (-->) er ikke tilladt: den skjuler resten af teksten på siden';
const DECLARATION = 'en HTML-erklæring (<!…> eller <?…>) er ikke tilladt i teksten: den vises ikke på siden';
const open = (end: string) =>
  `en HTML-erklæring (<!…> eller <?…>) uden afslutning (${end}) er ikke tilladt: den skjuler resten af teksten på siden`;
const unclosed = (tag: string) =>
  `<${tag}> lukkes aldrig, så resten af teksten kommer til at ligge i den${tag === 'details' ? ' og skjules i en lukket boks' : ''}`;

describe('HTML comments and declarations in a letter', () => {
  it('refuses a comment left open, which hides the rest of the letter, with its first line', () => {
    expect(
      checkContentFile(`${FM}Første afsnit.\n\n<!-- note: husk at tjekke tallene\n\nResten af brevet.\n`, F, 'letters', ctx).map(
        formatError,
      ),
    ).toEqual([
      `${F}:9:1: ${OPEN_COMMENT} (fik "<!-- note: husk at tjekke tallene", forventede teksten uden kommentaren; en note til en kollega hører til i pull requesten)`,
    ]);
  });

  it('refuses every comment and declaration, as a block, mid-sentence, inside HTML, in a list or a quote', () => {
    const body = [
      '<!-- en note -->',
      '',
      'Tekst <!-- midt i --> her.',
      '',
      '<div>',
      'Boks <!-- inde i en blok -->',
      '</div>',
      '',
      '- punkt <!-- i en liste -->',
      '',
      '> <!-- i et citat',
      '',
      '<?php echo 1; ?>',
      '',
      '<!DOCTYPE html>',
      '',
      '<![CDATA[ data ]]>',
      '',
      '<!--[if IE]><script>alert(1)</script><![endif]-->',
    ].join('\n');
    expect(check(body)).toEqual([
      `7:1 ${COMMENT}`,
      `9:7 ${COMMENT}`,
      `12:6 ${COMMENT}`,
      `15:9 ${COMMENT}`,
      `17:3 ${OPEN_COMMENT}`,
      `19:1 ${DECLARATION}`,
      `21:1 ${DECLARATION}`,
      `23:1 ${DECLARATION}`,
      `25:1 ${COMMENT}`,
    ]);
  });

  it('refuses declarations left open, which hide the rest of the letter too', () => {
    expect(check('<?php x\n\nResten.\n')).toEqual([`7:1 ${open('?>')}`]);
    expect(check('<![CDATA[ x\n\nResten.\n')).toEqual([`7:1 ${open(']]>')}`]);
    expect(check('<!DOCTYPE x\n\nResten.\n')).toEqual([`7:1 ${open('>')}`]);
  });

  it('leaves comments in code, and »<!--« as text, alone', () => {
    expect(check('Kode: `<!-- x -->`\n\n```html\n<!-- y\n```\n\nPilen <\\!-- er tekst.\n')).toEqual([]);
  });
});

describe('HTML elements left open in a letter', () => {
  it('refuses an unclosed <details> at its start tag', () => {
    expect(
      checkContentFile(`${FM}Første afsnit.\n\n<details><summary>Baggrund</summary>\n\nResten.\n`, F, 'letters', ctx).map(formatError),
    ).toEqual([`${F}:9:1: ${unclosed('details')} (fik "<details>", forventede </details> efter det, der skal stå i <details>)`]);
  });

  it.each(['details', 'div', 'section', 'blockquote', 'table', 'ul', 'ol', 'dl', 'pre'])(
    'refuses an unclosed <%s> that holds the rest of the letter',
    (tag) => {
      expect(check(`Før.\n\n<${tag}>\n\nResten af brevet.\n\nOg mere.\n`)).toEqual([`9:1 ${unclosed(tag)}`]);
    },
  );

  it('refuses <details/> (a browser reads it as an open <details>) and a block opened mid-sentence', () => {
    expect(check('<details/>\n\nResten.\n')).toEqual([`7:1 ${unclosed('details')}`]);
    expect(check('Tekst <details> mere\n\nResten.\n')).toEqual([`7:7 ${unclosed('details')}`]);
    expect(check('- punkt\n\n  <div>\n\nResten.\n')).toEqual([`9:3 ${unclosed('div')}`]);
  });

  it('accepts elements closed later, with Markdown between them, and the end tags HTML lets out', () => {
    const body = [
      '<details><summary>Mere</summary>',
      '',
      'Afsnit i boksen.',
      '',
      '</details>',
      '',
      '<div>',
      '<span>lukket af </div>',
      '',
      '<ul><li>et<li>to</ul>',
      '',
      '<table><tr><td>a<td>b</table>',
      '',
      '<p>et afsnit uden slutmærke',
      '',
      'Tekst med <span>en span, der slutter med afsnittet, og <b>fed',
      '',
      'Et <br> og <img src="/bilag/kort.png" alt="kort"> og <details>lukket</details>.',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });
});
