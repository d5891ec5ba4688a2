import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { paragraphAnchors, wantsAnchors } from '../../src/integrations/paragraph-anchors.ts';
import { createSlugger, headingSlug } from '../../src/lib/archive/heading-slug.ts';
import { childElements, elements, parseHtml, text, type HtmlElement } from '../helpers/html.ts';

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

/** The link a numbered block carries to itself, and where it sits. */
function selfLink(el: HtmlElement): HtmlElement | undefined {
  return elements(el, 'a', { class: 'ib-anchor', href: `#${el.attribs.id}` })[0];
}

/** Each block with an id, in document order: tag, id, its own words and the words of its self-link. */
async function blocks(md: string, path?: string) {
  const doc = parseHtml(await render(md, path));
  return elements(doc, '*', { id: true }).map((el) => {
    const link = selfLink(el);
    return {
      tag: el.name,
      id: el.attribs.id,
      text: text(el)
        .replace(link ? text(link) : '', '')
        .trim(),
      link: link ? text(link) : undefined,
    };
  });
}

describe('paragraphAnchors', () => {
  it('numbers paragraphs and list items in order and links each to itself', async () => {
    expect(await blocks('Første.\n\n- a\n- b\n\nSidste.')).toEqual([
      { tag: 'p', id: 'afsnit-1', text: 'Første.', link: '¶Link til afsnit 1' },
      { tag: 'li', id: 'afsnit-2', text: 'a', link: '¶Link til afsnit 2' },
      { tag: 'li', id: 'afsnit-3', text: 'b', link: '¶Link til afsnit 3' },
      { tag: 'p', id: 'afsnit-4', text: 'Sidste.', link: '¶Link til afsnit 4' },
    ]);
  });

  it('the link comes after the words, is left out of the search index and speaks its purpose', async () => {
    const p = elements(parseHtml(await render('Sidste.')), 'p', { id: 'afsnit-1' })[0]!;
    const link = selfLink(p)!;
    expect(childElements(p).at(-1)).toBe(link);
    expect(link.attribs['data-pagefind-ignore']).toBeDefined();
    const [mark, words] = childElements(link);
    expect([mark?.attribs['aria-hidden'], mark && text(mark)]).toEqual(['true', '¶']);
    expect([words?.attribs.class, words && text(words)]).toEqual(['ib-visually-hidden', 'Link til afsnit 1']);
  });

  it('gives headings readable ids and names the heading in the link', async () => {
    expect(await blocks('## Formål og målgruppe\n\nTekst.')).toEqual([
      { tag: 'h2', id: 'formaal-og-maalgruppe', text: 'Formål og målgruppe', link: '¶Link til afsnittet »Formål og målgruppe«' },
      { tag: 'p', id: 'afsnit-1', text: 'Tekst.', link: '¶Link til afsnit 1' },
    ]);
  });

  it('does not number paragraphs inside a list item twice and keeps the link on the last line', async () => {
    const doc = parseHtml(await render('1. x\n\n   y\n\n2. z'));
    const li = elements(doc, 'li', { id: 'afsnit-1' })[0]!;
    const paragraphs = elements(li, 'p');
    expect(paragraphs.map((p) => text(p).replace(/¶.*/, ''))).toEqual(['x', 'y']);
    expect(elements(paragraphs[1]!, 'a', { class: 'ib-anchor' })[0]).toBe(selfLink(li));
    expect(elements(doc, 'p', { id: true })).toEqual([]);
  });

  it('numbers a quote as one paragraph', async () => {
    expect(await blocks('Før.\n\n> Citat.\n\nEfter.')).toEqual([
      { tag: 'p', id: 'afsnit-1', text: 'Før.', link: '¶Link til afsnit 1' },
      { tag: 'blockquote', id: 'afsnit-2', text: 'Citat.', link: '¶Link til afsnit 2' },
      { tag: 'p', id: 'afsnit-3', text: 'Efter.', link: '¶Link til afsnit 3' },
    ]);
    const quote = elements(parseHtml(await render('> Citat.')), 'blockquote')[0]!;
    expect(elements(quote, 'p')[0]).toBe(selfLink(quote)?.parent);
  });

  it('prefixes a heading that would collide with a paragraph id', async () => {
    expect((await blocks('## Afsnit 1\n\nTekst.')).map((b) => [b.tag, b.id])).toEqual([
      ['h2', 'overskrift-afsnit-1'],
      ['p', 'afsnit-1'],
    ]);
  });

  it('leaves documents outside the archive folders alone', async () => {
    const doc = parseHtml(await render('Tekst.', 'file:///site/content/pages/om.md'));
    expect(elements(doc, '*', { id: true })).toEqual([]);
    expect(elements(doc, 'a')).toEqual([]);
    expect(elements(doc, '*').map((el) => [el.name, text(el)])).toEqual([['p', 'Tekst.']]);
  });
});
