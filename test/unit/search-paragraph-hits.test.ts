import { describe, expect, it } from 'vitest';
import { bareWord, escapeHtml, paragraphHits, paragraphUrl } from '../../src/lib/search/paragraph-hits.ts';

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
    expect(hits[0]?.word).toBe('Konferencen');
    expect(hits[1]?.excerpt).toBe('<mark>Morten</mark> <mark>Binder</mark> skrev.');
  });

  it('points the text fragment at the longest matching word', () => {
    const [hit] = paragraphHits(content, [at(10, 9), at(11, 1), at(12, 1)], anchors, opts);
    expect(hit?.word).toBe('Morten');
    const [two] = paragraphHits('og Integrationsudvalget og', [at(0, 9), at(1, 1), at(2, 9)], [], opts);
    expect(two?.word).toBe('Integrationsudvalget');
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
  it('links to the paragraph with a text fragment for the word', () => {
    expect(paragraphUrl('/breve/a/', { id: 'afsnit-2', word: 'Konferencen' })).toBe('/breve/a/#afsnit-2:~:text=Konferencen');
    expect(paragraphUrl('/breve/a/#x', { id: 'afsnit-2', word: '2009-9512' })).toBe('/breve/a/#afsnit-2:~:text=2009%2D9512');
    expect(paragraphUrl('/breve/a/', { id: undefined, word: 'Binder' })).toBe('/breve/a/#:~:text=Binder');
    expect(paragraphUrl('/breve/a/', { id: 'p 1', word: '' })).toBe('/breve/a/#p%201');
  });

  it('strips punctuation from words and escapes HTML', () => {
    expect(bareWord('»konferencen«,')).toBe('konferencen');
    expect(bareWord('2009-9512.')).toBe('2009-9512');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
