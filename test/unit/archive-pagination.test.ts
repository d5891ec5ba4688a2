import { describe, expect, it } from 'vitest';
import { LETTERS_PER_PAGE, pageNav, paginate } from '../../src/lib/archive/pagination.ts';
import { pageParam, pagePath } from '../../src/lib/routes.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits a list into pages of at most perPage items, numbering from 1', () => {
    const pages = paginate(items(250), 100);
    expect(pages.map((p) => [p.number, p.count, p.from, p.to, p.items.length, p.total])).toEqual([
      [1, 3, 1, 100, 100, 250],
      [2, 3, 101, 200, 100, 250],
      [3, 3, 201, 250, 50, 250],
    ]);
    expect(pages[2]?.items[0]).toBe(201);
  });
  it('gives one page for an exact multiple and one empty page for an empty list', () => {
    expect(paginate(items(200), 100).length).toBe(2);
    expect(paginate([], 100)).toEqual([{ items: [], number: 1, count: 1, total: 0, from: 0, to: 0 }]);
  });
  it('keeps list pages far below the 150 KB budget by default', () => {
    expect(LETTERS_PER_PAGE).toBeLessThanOrEqual(100);
    expect(() => paginate(items(3), 0)).toThrow(/positive integer/);
  });
});

describe('page URLs', () => {
  it('keeps the list URL for page 1 and adds side/<n>/ after it', () => {
    expect(pagePath('breve/aar/2010/', 1)).toBe('breve/aar/2010/');
    expect(pagePath('breve/aar/2010/', 2)).toBe('breve/aar/2010/side/2/');
    expect(pagePath('breve', 3)).toBe('breve/side/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('side/12');
  });
});

describe('pageNav', () => {
  const numbers = (nav: ReturnType<typeof pageNav>) =>
    nav.links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.number}]` : String(l.number)));
  it('links previous and next, and no previous on the first page or next on the last', () => {
    expect(pageNav('breve/', 1, 3)).toMatchObject({ prev: undefined, next: 'breve/side/2/' });
    expect(pageNav('breve/', 2, 3)).toMatchObject({ prev: 'breve/', next: 'breve/side/3/' });
    expect(pageNav('breve/', 3, 3)).toMatchObject({ prev: 'breve/side/2/', next: undefined });
  });
  it('shows the first, the last and two pages either side of the current, with gaps', () => {
    expect(numbers(pageNav('breve/', 10, 20))).toEqual(['1', '…', '8', '9', '[10]', '11', '12', '…', '20']);
    expect(numbers(pageNav('breve/', 1, 20))).toEqual(['[1]', '2', '3', '…', '20']);
    // A gap of a single page shows that page instead of "…".
    expect(numbers(pageNav('breve/', 5, 8))).toEqual(['1', '2', '3', '4', '[5]', '6', '7', '8']);
    expect(numbers(pageNav('breve/', 1, 1))).toEqual(['[1]']);
  });
  it('links page 1 to the list URL itself', () => {
    const first = pageNav('breve/aar/2010/', 3, 5).links[0];
    expect(first).toEqual({ number: 1, path: 'breve/aar/2010/', current: false });
  });
});
