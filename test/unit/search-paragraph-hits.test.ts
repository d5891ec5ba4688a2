import { describe, expect, it } from 'vitest';
import { bareWord, markedWord, paragraphHits, paragraphUrl, tightMarks } from '../../src/lib/search/paragraph-hits.ts';
import { escapeXml as escapeHtml } from '../../src/lib/format/escape.ts';

// Words: Brev(0) om budget. Sagsnr.(3) 2009-9512. Konferencen(5) fandt sted <på> Rådhuset. Morten(10) Binder skrev.(12)
const content = 'Brev om budget. Sagsnr. 2009-9512. Konferencen fandt sted <på> Rådhuset. Morten Binder skrev.';
const anchors = [
  { element: 'p', id: 'afsnit-1', location: 3 },
  { element: 'p', id: 'afsnit-2', location: 5 },
  { element: 'p', id: 'afsnit-3', location: 10 },
];
const at = (location: number, balanced_score = 1) => ({ location, balanced_score });
const opts = { max: 2, excerptWords: 30 };

describe('paragraphHits', () => {
  it('assigns each matching word to the paragraph it stands in', () => {
    const hits = paragraphHits(content, [at(5, 10), at(10, 3), at(11, 3)], anchors, opts);
    expect(hits.map((h) => h.id)).toEqual(['afsnit-2', 'afsnit-3']);
    expect(hits[0]?.words).toEqual(['Konferencen']);
    expect(hits[1]?.excerpt).toBe('<mark>Morten</mark> <mark>Binder</mark> skrev.');
  });

  it('lists the matched words as written, longest first, for the page to highlight', () => {
    const [hit] = paragraphHits(content, [at(10, 9), at(11, 1), at(12, 1)], anchors, opts);
    expect(hit?.words).toEqual(['Morten', 'Binder', 'skrev']);
    const [two] = paragraphHits('og Integrationsudvalget og', [at(0, 9), at(1, 1), at(2, 9)], [], opts);
    expect(two?.words).toEqual(['Integrationsudvalget', 'og']);
  });

  it('never shows index-only compound parts, and credits a match in them to the compound', () => {
    // Words: Om(0) integrationspriser,(1) og(2) budget.(3) ⁅integrations(4) priser⁆(5)
    const text = 'Om integrationspriser, og budget. ⁅integrations priser⁆';
    const [hit] = paragraphHits(text, [at(5, 5)], [{ element: 'p', id: 'afsnit-1', location: 0 }], opts);
    expect(hit?.excerpt).toBe('Om <mark>integrationspriser</mark>, og budget.');
    expect(hit?.words).toEqual(['integrationspriser']);
    expect(hit?.id).toBe('afsnit-1');
  });

  it('keeps the excerpt inside the paragraph and escapes HTML', () => {
    const [hit] = paragraphHits(content, [at(6)], anchors, opts);
    expect(hit?.excerpt).toBe('Konferencen <mark>fandt</mark> sted &lt;på&gt; Rådhuset.');
  });

  it('gives text before the first anchor no id, so it links to the page', () => {
    const [hit] = paragraphHits(content, [at(1)], anchors, opts);
    expect(hit?.id).toBeUndefined();
    expect(hit?.excerpt).toBe('Brev <mark>om</mark> budget.');
  });

  it('marks cut excerpts with an ellipsis and ranks paragraphs by score', () => {
    const hits = paragraphHits(content, [at(7, 1), at(11, 5)], anchors, { max: 1, excerptWords: 2 });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.id).toBe('afsnit-3');
    expect(hits[0]?.excerpt).toBe('… <mark>Binder</mark> skrev.');
    const [only] = paragraphHits(content, [at(7)], anchors, { max: 1, excerptWords: 2 });
    expect(only?.excerpt).toBe('… <mark>sted</mark> &lt;på&gt; …');
  });

  it('uses the innermost of anchors that start at the same word and ignores bad locations', () => {
    const nested = [{ element: 'section', id: 'brev', location: 5 }, ...anchors];
    const hits = paragraphHits(content, [at(6), at(99), at(-1)], nested, opts);
    expect(hits.map((h) => h.id)).toEqual(['afsnit-2']);
  });

  it('prefers paragraphs to the section under a heading, then the higher score', () => {
    const mixed = [{ element: 'h2', id: 'om-brevet', location: 3 }, ...anchors.slice(1)];
    const hits = paragraphHits(content, [at(3, 50), at(4, 50), at(11, 1)], mixed, opts);
    expect(hits.map((h) => [h.id, h.precise])).toEqual([
      ['afsnit-3', true],
      ['om-brevet', false],
    ]);
  });

  it('returns nothing without matches', () => {
    expect(paragraphHits(content, [], anchors, opts)).toEqual([]);
  });
});

describe('paragraph links', () => {
  it('links to the paragraph by its anchor, with the words to highlight, never a text fragment', () => {
    expect(paragraphUrl('/breve/a/', { id: 'afsnit-2', words: ['Konferencen'] })).toBe('/breve/a/?fremhaev=Konferencen#afsnit-2');
    expect(paragraphUrl('/breve/a/?x=1#x', { id: 'afsnit-2', words: ['2009-9512', 'Binder'] })).toBe(
      '/breve/a/?fremhaev=2009-9512+Binder#afsnit-2',
    );
    expect(paragraphUrl('/breve/a/', { id: undefined, words: ['Binder'] })).toBe('/breve/a/?fremhaev=Binder');
    expect(paragraphUrl('/breve/a/', { id: 'p 1', words: [] })).toBe('/breve/a/#p%201');
    expect(paragraphUrl('/breve/a/', { id: 'afsnit-1', words: ['ligestilling'] })).not.toContain(':~:');
  });

  it('strips punctuation from words and escapes HTML', () => {
    expect(bareWord('»konferencen«,')).toBe('konferencen');
    expect(bareWord('2009-9512.')).toBe('2009-9512');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('marks without punctuation', () => {
  it('marks the word, not the full stop or quotes glued to it', () => {
    expect(markedWord('Hougaard.')).toBe('<mark>Hougaard</mark>.');
    expect(markedWord('»Rådhuset«,')).toBe('»<mark>Rådhuset</mark>«,');
    expect(markedWord('2009-9512')).toBe('<mark>2009-9512</mark>');
    expect(markedWord('<b>')).toBe('&lt;<mark>b</mark>&gt;');
    expect(markedWord('...')).toBe('...');
    const [hit] = paragraphHits('Prisen blev uddelt af Jakob Hougaard.', [at(5, 1)], [{ element: 'p', id: 'afsnit-1', location: 0 }], {
      max: 1,
      excerptWords: 20,
    });
    expect(hit?.excerpt).toBe('Prisen blev uddelt af Jakob <mark>Hougaard</mark>.');
  });

  it("draws Pagefind's own excerpt marks as tight, escaped quotes included", () => {
    expect(tightMarks('af <mark>Hougaard.</mark> og <mark>»Rådhuset«</mark>')).toBe('af <mark>Hougaard</mark>. og »<mark>Rådhuset</mark>«');
    expect(tightMarks('<mark>&quot;fakta&quot;</mark> <mark>a&amp;b.</mark>')).toBe('&quot;<mark>fakta</mark>&quot; <mark>a&amp;b</mark>.');
    expect(tightMarks('<mark>konferencen</mark> i <mark>2009</mark>')).toBe('<mark>konferencen</mark> i <mark>2009</mark>');
  });
});
