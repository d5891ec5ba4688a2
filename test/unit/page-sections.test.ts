/**
 * Page prose in content/pages/ with named places for the computed parts (lib/page-text/page-sections.ts),
 * and /om/'s text agreeing with the code it describes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_SECTIONS, pageSections } from '../../src/lib/page-text/page-sections.ts';
import { POLICY_BASE_YEAR } from '../../src/lib/status/baseline-rule.ts';
import { PACE_SHARE } from '../../src/lib/status/status.ts';
import { MUNICIPALITIES } from '../../src/lib/registry/municipalities.ts';
import { elements, parseHtml, text } from '../helpers/html.ts';

const base = (path: string) => `/base${path}`;
const HTML = [
  '<p>Intro med <a href="/data/">data</a> og <a href="https://example.org/">ude</a>.</p>',
  '<h2>Første afsnit {#foerste}<span hidden data-pagefind-weight="3"> ⁅afsnit⁆</span></h2>',
  '<p>Tekst.</p>',
  '<p>{#efter-tabellen}</p>',
  '<dl><dt>a</dt><dd>b</dd></dl>',
  '<h3>Uden navn</h3>',
  '<h3>Andet <em>afsnit</em> {#andet}</h3>',
].join('\n');

describe('PAGE_SECTIONS', () => {
  it('lists the names /om/ asks for, in its order (the editor check holds om.md to this list)', () => {
    const page = readFileSync('src/pages/om.astro', 'utf8');
    const asked = /pageText\('om',\s*(?:PAGE_SECTIONS\.om|\[([^\]]*)\])/.exec(page);
    expect(asked).not.toBeNull();
    if (asked?.[1] !== undefined) expect([...asked[1].matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1])).toEqual([...PAGE_SECTIONS.om]);
  });
});

describe('pageSections', () => {
  const { intro, sections } = pageSections(HTML, 'content/pages/x.md', base, ['foerste', 'efter-tabellen', 'andet']);

  it('splits at the named places; text before the first is the intro', () => {
    expect(text(parseHtml(intro)).trim()).toBe('Intro med data og ude.');
    const first = parseHtml(sections.foerste);
    expect(elements(first, 'h2').map((h) => [h.attribs.id, text(h)])).toEqual([['foerste', 'Første afsnit ⁅afsnit⁆']]);
    expect(elements(first, 'p').map(text)).toEqual(['Tekst.']);
  });

  it('a heading keeps its words and gets the name as id; the marker is gone everywhere', () => {
    const second = parseHtml(sections.andet);
    expect(elements(second, 'h3').map((h) => [h.attribs.id, text(h).trim()])).toEqual([['andet', 'Andet afsnit']]);
    expect(Object.values(sections).join('') + intro).not.toContain('{#');
  });

  it('a paragraph that only names a place is not printed; an unnamed heading stays in its section', () => {
    const after = parseHtml(sections['efter-tabellen']);
    expect(elements(after, 'p')).toEqual([]);
    expect(elements(after, 'h3').map(text)).toEqual(['Uden navn']);
  });

  it('site-internal links get the base path; definition lists the site style', () => {
    expect(elements(parseHtml(intro), 'a').map((a) => a.attribs.href)).toEqual(['/base/data/', 'https://example.org/']);
    expect(elements(parseHtml(sections['efter-tabellen']), 'dl').map((d) => d.attribs.class)).toEqual(['ib-meta']);
  });

  it('names the file and the place when the page and the text disagree', () => {
    expect(() => pageSections(HTML, 'content/pages/x.md', base, ['foerste', 'efter-tabellen', 'andet', 'tredje'])).toThrow(
      'content/pages/x.md: {#tredje} mangler',
    );
    expect(() => pageSections(HTML, 'content/pages/x.md', base, ['foerste', 'andet'])).toThrow(
      'content/pages/x.md: {#efter-tabellen} har ingen plads på siden',
    );
    expect(() =>
      pageSections(`${HTML}\n<h2>Igen {#andet}</h2>`, 'content/pages/x.md', base, ['foerste', 'efter-tabellen', 'andet']),
    ).toThrow('står to gange');
    // A missing name and an unknown one in one message; a misspelt name told as the slip it is.
    expect(() => pageSections(HTML, 'content/pages/x.md', base, ['foerste', 'efter-tabellen', 'anden', 'tredje'])).toThrow(
      'content/pages/x.md: {#tredje} mangler; siden sætter tabeller og lister ind efter de afsnit. {#andet} er ukendt – mente du {#anden}?',
    );
  });
});

describe("/om/'s text states what the code does", () => {
  const om = readFileSync('content/pages/om.md', 'utf8');

  it('the policy base year, the pace share and the city codes', () => {
    expect(om).toContain(`integrationspolitikkens basisår ${POLICY_BASE_YEAR} `);
    expect(om).toContain(`Hvor basisåret ikke er ${POLICY_BASE_YEAR},`);
    expect(om).toContain(`mindst ${Math.round(PACE_SHARE * 100)} % af den nødvendige`);
    const codes = MUNICIPALITIES.map((m) => `${m.name} (${m.code})`).join(', ');
    expect(om.replace(/\s+/g, ' ')).toContain(`officielle kommunekoder: ${codes}.`);
  });
});
