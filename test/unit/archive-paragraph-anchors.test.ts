import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { paragraphAnchors, wantsAnchors } from '../../src/integrations/paragraph-anchors.ts';
import { createSlugger, headingSlug } from '../../src/lib/archive/heading-slug.ts';

async function render(md: string, path = 'file:///site/content/letters/brev.md'): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({
    hastPlugins: [paragraphAnchors({ folders: ['letters', 'conferences'] })],
    smartypants: false,
  });
  return (await processor.render(md, { fileURL: new URL(path) })).code;
}

describe('headingSlug', () => {
  it('spells out Danish letters and keeps digits', () => {
    expect(headingSlug('Formål og målgruppe')).toBe('formaal-og-maalgruppe');
    expect(headingSlug('ØKONOMI')).toBe('oekonomi');
    expect(headingSlug('1. Resultatkrav og Aktivitetsmål')).toBe('1-resultatkrav-og-aktivitetsmaal');
    expect(headingSlug('!!!')).toBe('afsnit');
  });
  it('numbers repeated headings', () => {
    const slug = createSlugger();
    expect([slug('Økonomi'), slug('Økonomi'), slug('Andet')]).toEqual(['oekonomi', 'oekonomi-2', 'andet']);
  });
});

describe('wantsAnchors', () => {
  it('matches only the configured folders', () => {
    expect(wantsAnchors('file:///a/content/letters/x.md', ['letters'])).toBe(true);
    expect(wantsAnchors('file:///a/content/pages/om.md', ['letters'])).toBe(false);
    expect(wantsAnchors(undefined, ['letters'])).toBe(false);
  });
});

describe('paragraphAnchors', () => {
  it('numbers paragraphs and list items in order and links each to itself', async () => {
    const html = await render('Første.\n\n- a\n- b\n\nSidste.');
    expect(html).toContain('<p id="afsnit-1">Første.<a class="ib-anchor" href="#afsnit-1" data-pagefind-ignore="">');
    expect(html).toContain('<li id="afsnit-2">a<a class="ib-anchor" href="#afsnit-2"');
    expect(html).toContain('<li id="afsnit-3">b');
    expect(html).toContain('<p id="afsnit-4">Sidste.');
    expect(html).toContain('<span aria-hidden="true">¶</span><span class="ib-visually-hidden">Link til afsnit 4</span>');
  });

  it('gives headings readable ids and names the heading in the link', async () => {
    const html = await render('## Formål og målgruppe\n\nTekst.');
    expect(html).toContain('<h2 id="formaal-og-maalgruppe">Formål og målgruppe<a class="ib-anchor" href="#formaal-og-maalgruppe"');
    expect(html).toContain('Link til afsnittet »Formål og målgruppe«');
    expect(html).toContain('<p id="afsnit-1">');
  });

  it('does not number paragraphs inside a list item twice and keeps the link on the last line', async () => {
    const html = await render('1. x\n\n   y\n\n2. z');
    expect(html).toMatch(/<li id="afsnit-1">\s*<p>x<\/p>\s*<p>y<a class="ib-anchor" href="#afsnit-1"/);
    expect(html).not.toContain('<p id=');
  });

  it('numbers a quote as one paragraph', async () => {
    const html = await render('Før.\n\n> Citat.\n\nEfter.');
    expect(html).toMatch(/<blockquote id="afsnit-2">\s*<p>Citat\.<a class="ib-anchor" href="#afsnit-2"/);
    expect(html).toContain('<p id="afsnit-3">Efter.');
  });

  it('prefixes a heading that would collide with a paragraph id', async () => {
    const html = await render('## Afsnit 1\n\nTekst.');
    expect(html).toContain('<h2 id="overskrift-afsnit-1">');
    expect(html).toContain('<p id="afsnit-1">');
  });

  it('leaves documents outside the archive folders alone', async () => {
    const html = await render('Tekst.', 'file:///site/content/pages/om.md');
    expect(html.trim()).toBe('<p>Tekst.</p>');
  });
});
