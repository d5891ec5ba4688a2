import { describe, expect, it } from 'vitest';
import type { AtomEntry } from '../../src/lib/archive/atom.ts';
import { newsItems } from '../../src/lib/feeds/news-view.ts';

const entry = (over: Partial<AtomEntry>): AtomEntry => ({
  id: '/x/',
  title: 'Titel',
  updated: new Date('2026-12-01T09:30:00Z'),
  link: '/x/',
  summary: 'Resumé.',
  categories: [],
  ...over,
});

describe('newsItems', () => {
  it('gives each entry its Danish kind, its Copenhagen day in words and its link as given', () => {
    const items = newsItems([
      entry({ title: 'Vedrørende budget', link: '/breve/2007-03-26-x/', categories: ['brev'], updated: new Date('2007-03-26T00:00:00Z') }),
      entry({ title: 'Bolig: 3 områder i 2020', categories: ['måling', 'bolig'] }),
      entry({ title: 'Rettet', categories: ['rettelse', 'bolig'] }),
      entry({ title: 'Status', categories: ['status', 'tryghed'] }),
    ]);
    expect(items.map((i) => i.kind)).toEqual(['Brev', 'Ny måling', 'Rettet tal', 'Ændret status']);
    expect(items[0]).toMatchObject({ href: '/breve/2007-03-26-x/', day: '2007-03-26', dayText: '26. marts 2007' });
  });

  it('dates an entry by Copenhagen’s day, not UTC’s (23.30 UTC on 30 November is 1 December here)', () => {
    const [item] = newsItems([entry({ updated: new Date('2026-11-30T23:30:00Z') })]);
    expect(item).toMatchObject({ day: '2026-12-01', dayText: '1. december 2026' });
  });

  it('carries an entry’s example-data flag, so the page can mark it', () => {
    const items = newsItems([entry({ illustrative: true }), entry({})]);
    expect(items.map((i) => i.illustrative)).toEqual([true, false]);
  });

  it('does not repeat a kind the title already begins with', () => {
    const [item] = newsItems([entry({ title: 'Ny måling: Bolig: 0 områder i 2023', categories: ['måling', 'bolig'] })]);
    expect(item?.kind).toBeUndefined();
  });

  it('keeps the order it is given and leaves an unknown category without a kind', () => {
    const items = newsItems([entry({ title: 'b', categories: ['andet'] }), entry({ title: 'a' })]);
    expect(items.map((i) => [i.title, i.kind])).toEqual([
      ['b', undefined],
      ['a', undefined],
    ]);
  });
});
