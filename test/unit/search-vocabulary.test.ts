import { describe, expect, it } from 'vitest';
import {
  archiveSpelling,
  closestWords,
  digraphFold,
  editDistance,
  looseFold,
  restoreDanishLetters,
  shardKey,
  withFoldPrefix,
  type VocabularyEntry,
  type VocabularyShard,
} from '../../src/lib/search/vocabulary.ts';
import { collect, entries } from '../../scripts/lib/search/post-index.ts';

const shard = (words: VocabularyEntry[]): VocabularyShard => ({
  words: [...words].sort((a, b) => (digraphFold(a[0]) < digraphFold(b[0]) ? -1 : 1)),
});

describe('vocabulary', () => {
  it('folds æ/ø/å to the letters people type for them', () => {
    expect(digraphFold('Rådhuset')).toBe('raadhuset');
    expect(digraphFold('Økonomiudvalget')).toBe('oekonomiudvalget');
    expect(digraphFold('fællesindstillinger')).toBe('faellesindstillinger');
    expect(digraphFold('Idékatalog')).toBe('idekatalog');
    expect(looseFold('Økonomiudvalget')).toBe('okonomiudvalget');
    expect(shardKey('Økonomi')).toBe('o');
    expect(shardKey('Ærø')).toBe('a');
    expect(shardKey('2009')).toBe('0');
  });

  it('restores æ/ø/å typed as ae/oe/aa, as a prefix the search extends', () => {
    const r = shard([
      ['rådhuset', 6, 0],
      ['radio', 1, 0],
      ['råd', 4, 0],
    ]);
    expect(restoreDanishLetters('Raadhuset', r)).toBe('rådhuset');
    expect(restoreDanishLetters('raadhus', r)).toBe('rådhus');
    const o = shard([
      ['økonomiudvalget', 2, 0],
      ['oekumenisk', 1, 0],
    ]);
    expect(restoreDanishLetters('Oekonomiudvalget', o)).toBe('økonomiudvalget');
    const f = shard([
      ['fællesindstillinger', 1, 0],
      ['falde', 3, 0],
    ]);
    expect(restoreDanishLetters('faellesindstillinger', f)).toBe('fællesindstillinger');
  });

  it('restores o/a for ø/æ/å only when that is unambiguous', () => {
    const o = shard([
      ['økonomiudvalget', 2, 0],
      ['ordning', 3, 0],
    ]);
    expect(restoreDanishLetters('okonomiudvalget', o)).toBe('økonomiudvalget');
    // "far" could be "fær" or "får".
    const both = shard([
      ['fær', 1, 0],
      ['får', 2, 0],
      ['før', 3, 0],
    ]);
    expect(restoreDanishLetters('far', both)).toBeUndefined();
    expect(restoreDanishLetters('for', both)).toBe('før');
  });

  it('does not touch words that really have aa, oe or ae', () => {
    const h = shard([
      ['Hougaard', 4, 1],
      ['hus', 2, 0],
    ]);
    expect(restoreDanishLetters('Hougaard', h)).toBeUndefined();
  });

  it('respells a name typed with å as the archive spells it with aa', () => {
    // »Hougård« and »Laigård« found nothing and offered nothing: the letters spell Hougaard, Laigaard.
    const h = shard([
      ['Hougaard', 4, 1],
      ['Laigaard', 1, 1],
      ['hus', 2, 0],
    ]);
    expect(restoreDanishLetters('Hougård', h)).toBe('hougaard');
    expect(restoreDanishLetters('Laigård', h)).toBe('laigaard');
    expect(restoreDanishLetters('Husård', h)).toBeUndefined();
  });

  it("gives the archive's most used spelling of a word typed with ae/oe/aa", () => {
    const b = shard([
      ['beskaeftigelse', 1, 0],
      ['beskæftigelse', 30, 0],
      ['beskæftigelsen', 4, 0],
    ]);
    expect(archiveSpelling(b, 'beskaeftigelse')).toEqual({ word: 'beskæftigelse', pages: 30 });
    expect(archiveSpelling(b, 'Beskæftigelse')).toEqual({ word: 'beskæftigelse', pages: 30 });
    expect(archiveSpelling(b, 'beskaeftig')).toBeUndefined();
  });

  it('measures typos as edits, a swap of neighbours as one', () => {
    expect(editDistance('hougard', 'hougaard')).toBe(1);
    expect(editDistance('konferecne', 'konference')).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
  });

  it('suggests the closest words, names first at the same distance', () => {
    const h = shard([
      ['Hougaard', 4, 1],
      ['hougaards', 1, 0],
      ['Hovgaard', 1, 1],
      ['housing', 9, 0],
    ]);
    expect(closestWords('Hougard', [h]).map((s) => s.word)).toEqual(['Hougaard', 'Hovgaard', 'hougaards']);
    expect(closestWords('xqzjvw', [h])).toEqual([]);
  });

  it('finds entries by folded prefix', () => {
    const r = shard([
      ['rådhuset', 6, 0],
      ['raadgiver', 1, 0],
      ['rabat', 1, 0],
    ]);
    expect(withFoldPrefix(r, 'raad').map((e) => e[0])).toEqual(['raadgiver', 'rådhuset']);
  });

  it('is built from the index: pages per word, names by their capitals, index-only parts left out', () => {
    const { words, counts, months, pages } = collect([
      {
        url: '/a/',
        content: 'Brev fra Jakob Hougaard om integrationspriser, ⁅integrations priser⁆ og budget.',
        filters: { type: ['brev'], måned: ['2009-04'] },
        meta: {},
      },
      { url: '/b/', content: 'Hougaard skrev. Budget igen og budget.', filters: { type: ['brev', 'brev'], måned: ['2007-03'] }, meta: {} },
    ]);
    expect(pages).toBe(2);
    expect(counts).toEqual({ type: { brev: 2 } });
    expect(months).toEqual(['2007-03', '2009-04']);
    const list = entries(words);
    expect(list).toContainEqual(['Hougaard', 2, 1]);
    expect(list).toContainEqual(['budget', 2, 0]);
    expect(list.find((e) => e[0] === 'priser')).toBeUndefined();
  });
});
