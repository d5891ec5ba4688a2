/**
 * When no page has every word of a query although the archive has each (engine.ts): a close word
 * for each word is offered (“Mente du »Jakob Hougaard«?”), and the pages with the most of the words
 * are shown (some-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/engine.ts';
import { byWordsMatched, MAX_SOME_WORDS, wordsToSearchAlone } from '../../src/lib/search/some-words.ts';
import type { Pagefind, PagefindResult } from '../../src/lib/search/pagefind-api.ts';
import { digraphFold, type VocabularyEntry, type VocabularyShard } from '../../src/lib/search/vocabulary.ts';
import { fakeFragment, prefixPagefind } from '../helpers/fake-pagefind.ts';

const fakePagefind = (pages: string[]): Pagefind => prefixPagefind(pages, 'b/');

function shards(pages: string[]): (key: string) => Promise<VocabularyShard | undefined> {
  const counts = new Map<string, { word: string; n: number }>();
  for (const p of pages)
    for (const w of new Set(p.split(/\s+/))) {
      const e = counts.get(w.toLowerCase()) ?? { word: w, n: 0 };
      e.n++;
      counts.set(w.toLowerCase(), e);
    }
  return async (key) => ({
    words: [...counts.values()]
      .filter(({ word }) => digraphFold(word).startsWith(key))
      .map(({ word, n }): VocabularyEntry => [word, n, /^\p{Lu}/u.test(word) ? 1 : 0])
      .sort((a, b) => (digraphFold(a[0]) < digraphFold(b[0]) ? -1 : 1)),
  });
}

const pages = [
  'Jakob Hougaard om konferencen',
  'Jakob Hougaard om budgettet',
  'Hougaard igen',
  'Jacob Eberholst svarer',
  'sagsnr. 2007-114951 om målingen',
  'sagsnr. 2006-742 om budgettet',
];
const deps = () => ({ pf: fakePagefind(pages), shard: shards(pages) });
const texts = async (results: PagefindResult[]) => Promise.all(results.map(async (r) => (await r.data()).content));

describe('runSearch: no page has every word', () => {
  it('offers the close word that makes the query find something, and shows the pages with some of the words', async () => {
    // »Jacob Hougaard«: the letters say »Jakob Hougaard«; »Jacob« is on another letter. Was: nothing at all.
    const outcome = await runSearch(deps(), 'Jacob Hougaard');
    expect(outcome.suggestions).toEqual(['Jakob Hougaard']);
    expect(outcome.someWords).toBe(true);
    expect(await texts(outcome.results)).toEqual(expect.arrayContaining([pages[0], pages[1], pages[2], pages[3]]));
    const other = await runSearch(deps(), 'Jakob Eberholst');
    expect(other.suggestions).toEqual(['Jacob Eberholst']);
  });

  it('finds both letters for two pasted case numbers', async () => {
    const outcome = await runSearch(deps(), '2007-114951 2006-742');
    expect(outcome.someWords).toBe(true);
    expect(await texts(outcome.results)).toEqual([pages[4], pages[5]]);
  });

  it('shows the pages with the most of the words first', async () => {
    const outcome = await runSearch(deps(), 'Hougaard budgettet Eberholst');
    expect((await texts(outcome.results))[0]).toBe(pages[1]);
  });

  it('leaves a query that finds something, a phrase, and a single word alone', async () => {
    expect((await runSearch(deps(), 'Jakob Hougaard')).someWords).toBeUndefined();
    expect((await runSearch(deps(), '"Jacob Hougaard"')).results).toEqual([]);
    expect((await runSearch(deps(), 'xyzzy')).someWords).toBeUndefined();
  });
});

describe('runSearch: a query word no page has', () => {
  it("says the word was left out: the results are the other words' (Pagefind leaves it out)", async () => {
    // Was: »2 resultater for »Hougaard budgettet xyzzy«« with no word that »xyzzy« is nowhere.
    const outcome = await runSearch(deps(), 'Hougaard budgettet xyzzy');
    expect(outcome.missing).toEqual(['xyzzy']);
    expect(await texts(outcome.results)).toEqual([pages[1]]);
    expect((await runSearch(deps(), 'konferencen qqq xyzzy')).missing).toEqual(['qqq', 'xyzzy']);
  });

  it("names a typo with a »Mente du …?« too, but not a word restored to the archive's spelling", async () => {
    const typo = await runSearch(deps(), 'Jakob Hougaarx');
    expect(typo.missing).toEqual(['Hougaarx']);
    expect(typo.suggestions).toEqual(['Jakob Hougaard']);
    const restored = await runSearch(
      { pf: fakePagefind(['Mødet på Rådhuset', 'Rådhuset og Jakob']), shard: shards(['Mødet på Rådhuset', 'Rådhuset og Jakob']) },
      'Jakob Raadhuset',
    );
    expect(restored.restoredFrom).toBe('Jakob Raadhuset');
    expect(restored.missing).toBeUndefined();
  });

  it('is not set when every word is found, or when nothing is', async () => {
    expect((await runSearch(deps(), 'Jakob Hougaard')).missing).toBeUndefined();
    expect((await runSearch(deps(), 'xyzzy')).missing).toBeUndefined();
    expect((await runSearch(deps(), 'xyzzy qqq')).missing).toBeUndefined();
  });
});

describe('the words searched alone', () => {
  it('keeps words of three letters or with a digit, each once, without quotes or short stems', () => {
    expect(wordsToSearchAlone('Jacob i Hougaard, jacob og 2006-742')).toEqual(['Jacob', 'Hougaard', '2006-742']);
    // »dette« is found through »det«, on nearly every page.
    expect(wordsToSearchAlone('dette budget')).toEqual(['budget']);
    expect(wordsToSearchAlone('"Jacob Hougaard"')).toEqual([]);
  });

  it('of a long pasted question, the longest words, in order', () => {
    const question =
      'hvad skrev borgmesteren om integrationskonferencen og beskæftigelsesindsatsen for kvinder i bydelene i foråret hvor mange deltog fra forvaltningerne';
    const words = wordsToSearchAlone(question);
    expect(words).toHaveLength(MAX_SOME_WORDS);
    expect(words).toContain('integrationskonferencen');
    expect(words).not.toContain('hvad');
  });

  it('ranks by the number of words matched, then by summed score', () => {
    const r = (id: string, score: number) => ({ id, score, data: async () => fakeFragment('', []) });
    const ranked = byWordsMatched([[r('b/1', 5), r('b/2', 1)], [r('b/2', 1), r('b/3', 9)], [r('b/~4', 9), r('b/~5', 1)], [r('b/~5', 1)]]);
    expect(ranked.map((x) => x.id)).toEqual(['b/2', 'b/3', 'b/1', 'b/~5', 'b/~4']);
  });
});
