/**
 * An editor's heading never gets an id the page already has: not the site's own (PAGE_IDS, »ib-…«),
 * not the footnotes' (»footnote-label«, »user-content-fn-1«), not a numbered paragraph's or a goal
 * year's. Attacker test: »## Footnote label« took id="footnote-label", and the footnote link
 * (aria-describedby) and the skip to the notes went to the editor's heading.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/integrations/markdown-processor.ts';
import { createSlugger, GENERATED_IDS, PAGE_IDS, RESERVED_ID_PATTERNS } from '../../src/lib/archive/heading-slug.ts';
import { elements, parseHtml } from '../helpers/html.ts';

const ATTACKS = [
  'Footnote label',
  'User content fn 1',
  'User content fnref 1',
  'User content fnref 1 2',
  'ib letter title',
  'IB conf title',
  'Indhold',
  'Afsnit 1',
  'Mål 2009',
  'Forvaltningernes mål 2009',
];

const reserved = (id: string) => PAGE_IDS.includes(id) || GENERATED_IDS.includes(id) || RESERVED_ID_PATTERNS.some((p) => p.test(id));

describe('heading slugs', () => {
  it('never hands out a reserved id, and each id once', () => {
    const slug = createSlugger();
    const ids = [...ATTACKS, ...ATTACKS, 'Økonomi', 'Økonomi', 'Økonomi 2', 'Footnote label 2'].map(slug);
    expect(ids.filter(reserved)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(['footnote-label-2', 'overskrift-user-content-fn-1', 'overskrift-user-content-fnref-1']);
  });
});

const renderer = createSatteriMarkdownProcessor({ syntaxHighlight: false, ...markdownProcessorOptions() } as never);

async function ids(folder: string, body: string): Promise<{ all: string[]; headings: string[] }> {
  const { code } = await (
    await renderer
  ).render(body, { frontmatter: {}, fileURL: new URL(`file:///site/content/${folder}/x.md`) } as never);
  const doc = parseHtml(code);
  const all = elements(doc, '*', { id: true }).map((e) => e.attribs.id!);
  const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].flatMap((h) =>
    elements(doc, h, { id: true })
      .filter((e) => e.attribs.class !== 'sr-only')
      .map((e) => e.attribs.id!),
  );
  return { all, headings };
}

describe('headings in an editor\u2019s document, rendered as the site renders them', () => {
  const levels = ['#', '##', '###', '######'];
  const body = [
    ...levels.flatMap((l) => ATTACKS.map((a) => `${l} ${a}`)),
    '',
    'Tekst med en fodnote.[^1]',
    '',
    '[^1]: Den rigtige fodnote.',
    '',
  ].join('\n\n');

  it.each(['letters', 'conferences', 'areas', 'pages'])(
    'in %s: no duplicate id, no heading with an id of the page or its footnotes',
    async (folder) => {
      const { all, headings } = await ids(folder, body);
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
      expect(headings.filter(reserved)).toEqual([]);
      expect(headings).toHaveLength(levels.length * ATTACKS.length);
      // The footnotes keep theirs.
      expect(all).toEqual(expect.arrayContaining(['footnote-label', 'user-content-fn-1', 'user-content-fnref-1']));
    },
  );
});
