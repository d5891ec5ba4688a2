import { describe, expect, it } from 'vitest';
import type { AtomEntry } from '../../src/lib/archive/atom.ts';
import { newsItems, newsLimitNote, withoutRepeatedTitle } from '../../src/lib/feeds/news-view.ts';
import { MAX_SITE_ENTRIES, newestEntries } from '../../src/lib/feeds/topic-feeds.ts';
import { NEWS_TEXT } from '../../src/lib/copy/news.ts';

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
    expect(items.map((i) => i.kind)).toEqual(['Brev', 'Nyeste tal', 'Rettet tal', 'Ændret status']);
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
    const [item] = newsItems([entry({ title: 'Nyeste tal: Bolig: 0 områder i 2023', categories: ['måling', 'bolig'] })]);
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

describe('newsLimitNote', () => {
  it('says the list holds only the newest entries when it is as long as the cap', () => {
    expect(newsLimitNote(MAX_SITE_ENTRIES)).toBe(NEWS_TEXT.limited(MAX_SITE_ENTRIES));
    expect(newsLimitNote(3, 3)).toContain('de 3 nyeste');
  });

  it('says nothing when the list is shorter than the cap', () => {
    expect(newsLimitNote(MAX_SITE_ENTRIES - 1)).toBeUndefined();
    expect(newsLimitNote(0)).toBeUndefined();
  });
});

describe('newestEntries with the site feed’s cap', () => {
  it('keeps the newest MAX_SITE_ENTRIES of many, newest first', () => {
    const many = Array.from({ length: 250 }, (_, i) => entry({ title: `e${i}`, updated: new Date(Date.UTC(2020, 0, 1 + i)) }));
    const kept = newestEntries(many, MAX_SITE_ENTRIES);
    expect(kept).toHaveLength(MAX_SITE_ENTRIES);
    expect(kept[0]?.title).toBe('e249');
    expect(kept.at(-1)?.title).toBe(`e${250 - MAX_SITE_ENTRIES}`);
  });
});

describe('withoutRepeatedTitle', () => {
  it('drops a first sentence that repeats the heading without its kind', () => {
    const title = 'Nyeste tal: Københavnere, der bor trangt: 18,59\u00a0pct. i 2026';
    const summary = 'Københavnere, der bor trangt: 18,59\u00a0pct. i 2026. Omfatter: alle københavnere.';
    expect(withoutRepeatedTitle(title, summary, 'Nyeste tal')).toBe('Omfatter: alle københavnere.');
    const [item] = newsItems([entry({ title, summary, categories: ['måling', 'bolig'] })]);
    expect(item?.summary).toBe('Omfatter: alle københavnere.');
  });

  it('keeps a summary that only begins with the same letters, or says something else', () => {
    expect(withoutRepeatedTitle('Bolig', 'Boligområder i 2020.')).toBe('Boligområder i 2020.');
    expect(withoutRepeatedTitle('Vedrørende budget', 'Brev fra udvalget.')).toBe('Brev fra udvalget.');
  });

  it('leaves nothing when the summary is the heading alone', () => {
    expect(withoutRepeatedTitle('Rettet: X', 'X.')).toBe('X.');
    expect(withoutRepeatedTitle('Rettet: X', 'X.', 'Rettet')).toBe('');
  });
});
