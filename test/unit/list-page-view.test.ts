/**
 * What a letter list page shows (src/lib/archive/list-page-view.ts): totals and filter counts on the
 * first page only, so a later page, and its cache key, stay the same when a letter elsewhere in the
 * archive is added.
 */
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/archive/pagination.ts';
import { listPageDescription, listPageRange, shownList } from '../../src/lib/archive/list-page-view.ts';
import type { ArchiveFilterSet } from '../../src/lib/archive/archive-nav.ts';
import { cacheKey } from '../../src/lib/cache-key.ts';

const letters = (n: number) => Array.from({ length: n }, (_, i) => `brev-${n - i}`);

function filters(total: number, perYear: number): ArchiveFilterSet {
  return {
    years: [
      { key: '2011', label: '2011', count: perYear, path: 'breve/aar/2011/', current: true },
      { key: '2010', label: '2010', count: 12, path: 'breve/aar/2010/', current: false },
    ],
    organisations: [{ key: 'oeu', label: 'Økonomiudvalget (ØU/ØKF)', count: total - 3, path: 'breve/udvalg/oekonomi/', current: false }],
    allCurrent: false,
    total,
  };
}

describe('shownList', () => {
  it('shows the first page as it is: the list total and every count', () => {
    const [first] = paginate(letters(250));
    const shown = shownList(first!, filters(20_007, 423));
    expect(shown.page).toEqual(first);
    expect(shown.filters).toEqual(filters(20_007, 423));
  });

  it('shows a later page without the list total and the filter links without counts', () => {
    const second = paginate(letters(250))[1]!;
    const shown = shownList(second, filters(20_007, 423));
    expect(shown.page.total).toBeUndefined();
    expect(shown.page).toMatchObject({ number: 2, count: 3, from: 101, to: 200, items: second.items });
    expect(shown.filters.total).toBeUndefined();
    expect([...shown.filters.years, ...shown.filters.organisations].some((l) => 'count' in l)).toBe(false);
    expect(shown.filters.years.map((l) => [l.label, l.path, l.current])).toEqual([
      ['2011', 'breve/aar/2011/', true],
      ['2010', 'breve/aar/2010/', false],
    ]);
  });

  it('gives a later page the same view and cache key when a letter is added after it, and a new one for the first page', () => {
    const before = paginate(letters(250));
    // One more letter, older than all: pages 1 and 2 keep their letters; the totals change.
    const after = paginate([...letters(250), 'brev-0']);
    const key = (i: number, pages: typeof before, total: number) => {
      const s = shownList(pages[i]!, filters(total, 250 + (total - 20_007)));
      return cacheKey(s.page, s.filters);
    };
    expect(key(1, after, 20_008)).toBe(key(1, before, 20_007));
    expect(key(0, after, 20_008)).not.toBe(key(0, before, 20_007));
    // The last page's letters changed: its key too.
    expect(key(2, after, 20_008)).not.toBe(key(2, before, 20_007));
  });

  it('works for lists without filters (an indicator’s letters)', () => {
    const [first, second] = paginate(letters(150));
    expect(shownList(first!).page.total).toBe(150);
    expect(shownList(second!).page.total).toBeUndefined();
    expect('filters' in shownList(second!)).toBe(false);
  });
});

describe('list page texts', () => {
  it('says the total on the first page and the page’s place after it', () => {
    const [first, second] = paginate(letters(1378)).map((p) => shownList(p).page);
    expect(listPageRange(first!)).toBe('Breve 1–100 af 1.378, nyeste først.');
    expect(listPageRange(second!)).toBe('Breve 101–200, nyeste først.');
    expect(listPageDescription('Breve fra 2010', first!)).toBe('Breve fra 2010: 1.378 breve i Integrationsbarometerets brevarkiv.');
    expect(listPageDescription('Breve fra 2010', second!)).toBe('Breve fra 2010, side 2 af 14, i Integrationsbarometerets brevarkiv.');
  });
});
