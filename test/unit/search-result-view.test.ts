/** What one search result shows (lib/search/result-view.ts), computed once for the page and the build's answers. */
import { describe, expect, it } from 'vitest';
import { resultView } from '../../src/lib/search/result-view.ts';
import type { PagefindFragment } from '../../src/lib/search/pagefind-api.ts';

const fragment = (over: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url: '/breve/2009-05-01-brev/',
  content: 'Første afsnit om boliger. Andet afsnit om integration i byen.',
  excerpt: 'Andet afsnit om <mark>integration</mark> i byen.',
  meta: { title: 'Brev om integration', type: 'brev', date: '2009-05-01', sagsnr: '2009-1234', eksempeldata: 'ja' },
  filters: {},
  anchors: [],
  locations: [7],
  weighted_locations: [{ balanced_score: 1, location: 7 }],
  ...over,
});

describe('resultView', () => {
  it('gives title, link and the meta line in order: type, date, numbers, the example mark', () => {
    const v = resultView(fragment(), true);
    expect(v.title).toBe('Brev om integration');
    expect(v.url).toBe('/breve/2009-05-01-brev/');
    expect(v.meta.map((m) => m.kind)).toEqual(['type', 'date', 'nr', 'mark']);
    expect(v.meta[1]).toMatchObject({ kind: 'date', dateTime: '2009-05-01' });
    expect(v.meta[2]?.text).toContain('2009-1234');
  });

  it('names a real goal’s letter its source, and an example goal’s the letter it was made after', () => {
    const goal = (eksempeldata?: string) =>
      resultView(
        fragment({ meta: { title: 'Mål', type: 'maal', kildesagsnr: '292118', ...(eksempeldata ? { eksempeldata } : {}) } }),
        false,
      ).meta.map((m) => m.text);
    expect(goal()).toContain('Kilde: sagsnr. 292118');
    expect(goal('ja')).toContain('Lavet efter sagsnr. 292118');
    expect(goal('ja').join(' ')).not.toContain('Kilde');
  });

  it('shows an excerpt when no matched paragraph has an anchor, and no jump links', () => {
    const v = resultView(fragment(), true);
    expect(v.hits).toEqual([]);
    expect(v.excerpt).toContain('<mark>');
  });

  it('links each matched paragraph that has an anchor', () => {
    const v = resultView(fragment({ anchors: [{ element: 'p', id: 'afsnit-2', text: 'Andet afsnit', location: 4 }] }), true);
    expect(v.hits).toHaveLength(1);
    expect(v.hits[0]?.href).toContain('#afsnit-2');
    // Named by its number, so two hits in one result are two different links to a screen reader.
    expect(v.hits[0]?.jump).toBe('Gå til afsnit 2');
    expect(v.excerpt).toBeUndefined();
    const other = resultView(fragment({ anchors: [{ element: 'h2', id: 'forslag', text: 'Forslag', location: 4 }] }), true);
    expect(other.hits.map((h) => h.jump)).toEqual(['Gå til afsnittet']);
  });

  it('names the letter an attachment belongs to, and hides the index-only compound parts', () => {
    const v = resultView(fragment({ meta: { title: 'Bilag ⁅del ord⁆', brev: 'Brev om integration' } }), false);
    expect(v.title).toBe('Bilag');
    expect(v.attachmentOf).toContain('»Brev om integration«');
  });
});
