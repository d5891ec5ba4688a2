import { describe, expect, it } from 'vitest';
import { leanSearchJson } from '../../scripts/lib/search/lean-results.ts';

/** A search's JSON as Pagefind's WebAssembly writes it (key order and all). */
function searchJson(
  n: number,
  extra: Record<string, unknown> = {},
  page = (i: number) => `f63b73b9/_f${i.toString(36)}`,
): { json: string; full: Record<string, unknown> } {
  const results = Array.from({ length: n }, (_, i) => ({
    p: page(i),
    g: i % 3 === 0 ? '' : `g${i}`,
    s: 1 / (i + 1.5),
    l: Array.from({ length: 1 + (i % 4) }, (__, j) => ({ w: 24, s: 212.36 + j, l: 7 + 11 * j })),
    ...(i === 0 ? { mf: ['title'] } : {}),
  }));
  const full = { filtered_counts: { aar: { '2009': 2 } }, total_counts: { aar: { '2009': n } }, results, unfiltered_total: n, ...extra };
  return { json: JSON.stringify(full), full };
}

describe('leanSearchJson', () => {
  it('keeps the first results whole and every later one in order, with its page, group and score', () => {
    const { json, full } = searchJson(25);
    const lean = leanSearchJson(json, 10);
    const all = (full as { results: { p: string; g: string; s: number }[] }).results;
    expect(lean?.results).toHaveLength(25);
    expect(lean?.results.slice(0, 10)).toEqual(all.slice(0, 10));
    expect(lean?.results.slice(10)).toEqual(all.slice(10).map((r) => ({ p: r.p, g: r.g, s: r.s, l: [] })));
    expect(lean?.unfiltered_total).toBe(25);
    expect(lean?.['filtered_counts']).toEqual(full.filtered_counts);
    expect(lean?.['total_counts']).toEqual(full.total_counts);
  });

  it('keeps whole the first real pages after the kept ones, which the engine puts before example pages', () => {
    // Twelve pages of example data ("~" in the fragment name, ordering.ts), then three real pages.
    const { json, full } = searchJson(15, {}, (i) => (i < 12 ? `f63b73b9/~${i.toString(36)}` : `f63b73b9/${i.toString(36)}`));
    const all = (full as { results: { p: string; g: string; s: number }[] }).results;
    const lean = leanSearchJson(json, 2);
    expect(lean?.results.slice(0, 2)).toEqual(all.slice(0, 2));
    expect(lean?.results.slice(2, 12)).toEqual(all.slice(2, 12).map((r) => ({ p: r.p, g: r.g, s: r.s, l: [] })));
    // The first two real pages in full, the third (beyond two of its kind) lean.
    expect(lean?.results.slice(12, 14)).toEqual(all.slice(12, 14));
    expect(lean?.results[14]).toEqual({ ...all[14], l: [] });
  });

  it('gives the whole search when it has no more results than kept, and none at all', () => {
    for (const n of [0, 1, 10]) {
      const { json, full } = searchJson(n);
      expect(leanSearchJson(json, 10)).toEqual(full);
    }
  });

  it('keeps what follows the results, such as the search keywords', () => {
    const { json, full } = searchJson(12, { search_keywords: ['og'], query_term_idfs: [{ t: 'og', i: 0.1 }] });
    const lean = leanSearchJson(json, 3);
    expect(lean?.['search_keywords']).toEqual(full['search_keywords']);
    expect(lean?.['query_term_idfs']).toEqual(full['query_term_idfs']);
  });

  it('leaves any other text, and a search in another shape, to be parsed whole', () => {
    expect(leanSearchJson('{"words":[["og",3,0]]}', 10)).toBeUndefined();
    expect(leanSearchJson('[1,2,3]', 10)).toBeUndefined();
    // Keys in another order than Pagefind 1.6's.
    const reordered = JSON.stringify({
      filtered_counts: {},
      total_counts: {},
      results: Array.from({ length: 5 }, (_, i) => ({ p: `p${i}`, s: 1, g: '', l: [] })),
      unfiltered_total: 5,
    });
    expect(leanSearchJson(reordered, 2)).toBeUndefined();
    // A score that is no number, a page id with an escape, a truncated text.
    const { json } = searchJson(6);
    expect(leanSearchJson(json.replace(/("s":)0\.1818[0-9]*/, '$1"x"'), 2)).toBeUndefined();
    expect(leanSearchJson(json.replace('_f4"', '_f4\\u0022"'), 2)).toBeUndefined();
    expect(leanSearchJson(json.slice(0, -40), 2)).toBeUndefined();
  });
});
