import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/engine.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { digraphFold, type VocabularyEntry, type VocabularyShard } from '../../src/lib/search/vocabulary.ts';
import { prefixPagefind } from '../helpers/fake-pagefind.ts';

const fakePagefind = (pages: string[]): Pagefind => prefixPagefind(pages);

/** The vocabulary of the pages, one shard per first letter, as the build writes it (words between non-letters). */
function shards(pages: string[]): (key: string) => Promise<VocabularyShard | undefined> {
  const counts = new Map<string, number>();
  for (const p of pages)
    for (const w of new Set(
      p
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ))
      counts.set(w, (counts.get(w) ?? 0) + 1);
  return async (key) => {
    const words: VocabularyEntry[] = [...counts]
      .filter(([w]) => digraphFold(w).startsWith(key))
      .map(([w, n]): VocabularyEntry => [w, n, 0])
      .sort((a, b) => (digraphFold(a[0]) < digraphFold(b[0]) ? -1 : 1));
    return { words };
  };
}

describe('runSearch: æ/ø/å typed as ae/oe/aa', () => {
  // One page has the slug »beskaeftigelse«; five have the word.
  const pages = ['datafil beskaeftigelse.csv', ...Array.from({ length: 5 }, (_, i) => `brev ${i} om beskæftigelse`)];

  it('shows the æ/ø/å spelling when the spelling typed finds far less', async () => {
    const outcome = await runSearch({ pf: fakePagefind(pages), shard: shards(pages) }, 'beskaeftigelse');
    expect(outcome.searched).toBe('beskæftigelse');
    expect(outcome.restoredFrom).toBe('beskaeftigelse');
    expect(outcome.results).toHaveLength(5);
  });

  it('keeps the spelling typed when the æ/ø/å spelling finds not clearly more', async () => {
    const city = ['Aarhus kommune', 'Aarhus byråd', 'Aarhus tal', 'Århus før 2011'];
    const outcome = await runSearch({ pf: fakePagefind(city), shard: shards(city) }, 'Aarhus');
    expect(outcome.searched).toBe('Aarhus');
    expect(outcome.restoredFrom).toBeUndefined();
    expect(outcome.results).toHaveLength(3);
  });

  it('asks the vocabulary nothing for a query without ae/oe/aa', async () => {
    let asked = 0;
    const shard = async () => {
      asked++;
      return undefined;
    };
    await runSearch({ pf: fakePagefind(pages), shard }, 'brev');
    expect(asked).toBe(0);
  });
});

describe('runSearch: a compound the archive lacks as written', () => {
  const pages = ['beskæftigelse og indsats i bydelene', 'en indsats for beskæftigelse', 'budget'];

  it('searches its parts when it finds nothing', async () => {
    const outcome = await runSearch({ pf: fakePagefind(pages), shard: shards(pages) }, 'beskæftigelsesindsats');
    expect(outcome.searched).toBe('beskæftigelse indsats');
    expect(outcome.restoredFrom).toBe('beskæftigelsesindsats');
    expect(outcome.results).toHaveLength(2);
  });

  it('leaves a word alone that no split of finds anything', async () => {
    const outcome = await runSearch({ pf: fakePagefind(pages), shard: shards(pages) }, 'budgetxyzzy');
    expect(outcome.searched).toBe('budgetxyzzy');
    expect(outcome.results).toEqual([]);
  });
});

describe('runSearch: æ/ø/å in hyphenated names and compounds', () => {
  const pages = [
    'Børne- og Ungdomsudvalget mødes',
    'brev til Børne- og Ungdomsudvalget',
    'Beskæftigelses- og Integrationsforvaltningen svarer',
    'data beskaeftigelse.csv forvaltningen',
    ...Array.from({ length: 3 }, (_, i) => `brev ${i} om beskæftigelse fra forvaltningen`),
  ];
  const deps = () => ({ pf: fakePagefind(pages), shard: shards(pages) });

  it('restores the letters of a word that ends in a hyphen', async () => {
    // »Boerne-« kept its hyphen into the vocabulary look-up: no results and no note.
    for (const typed of ['Boerne- og Ungdomsudvalget', 'Borne- og Ungdomsudvalget']) {
      const outcome = await runSearch(deps(), typed);
      expect(outcome.searched, typed).toBe('Børne- og Ungdomsudvalget');
      expect(outcome.restoredFrom, typed).toBe(typed);
      expect(outcome.results, typed).toHaveLength(2);
    }
    const b = await runSearch(deps(), 'Beskaeftigelses- og Integrationsforvaltningen');
    expect(b.searched).toBe('Beskæftigelses- og Integrationsforvaltningen');
    expect(b.results).toHaveLength(1);
  });

  it('splits a compound after restoring its letters', async () => {
    // Was »beskaeftigelse forvaltningen«, which only the data file's slug has.
    const outcome = await runSearch(deps(), 'Beskaeftigelsesforvaltningen');
    expect(outcome.searched).toBe('beskæftigelse forvaltningen');
    expect(outcome.results).toHaveLength(3);
  });

  it('searches a name typed with å for aa as the archive spells it', async () => {
    const names = ['Jakob Hougaard skrev', 'Hougaard svarede', 'Laigaard'];
    const outcome = await runSearch({ pf: fakePagefind(names), shard: shards(names) }, 'Hougård');
    expect(outcome.searched).toBe('Hougaard');
    expect(outcome.restoredFrom).toBe('Hougård');
    expect(outcome.results).toHaveLength(2);
  });
});
