/**
 * When no page has every word of a query, the pages with the most of them. Pagefind finds only
 * pages with all the words, so »Jacob Hougaard« (the letters say »Jakob«), two pasted case numbers
 * (»2007-114951 2006-742«) or a long pasted question found nothing at all, though each word is in
 * the archive. The engine (engine.ts) searches each word alone (most of them it has searched
 * already, to see whether it is a typo) and shows the pages that have any of them, those with the
 * most words first; the page says so (»Ingen sider har alle ordene …«).
 */
import type { PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { bareWord } from './paragraph-hits.ts';
import { overStemmedWords } from './weak-match.ts';
import { queryWords } from './query-words.ts';
import { searchStrong, type Run } from './engine-search.ts';
import { illustrativeId, realFirst } from './ordering.ts';

/** At most this many of a query's words are searched one by one: a bound on the searches of a pasted paragraph. */
export const MAX_SOME_WORDS = 8;

/**
 * The words searched alone: three letters or more, or with a digit (a case number); not a word
 * Pagefind cuts to a short stem that is on nearly every page (»dette« → »det«); each once; of more
 * than MAX_SOME_WORDS, the longest (long words say most about what is sought), in the query's order.
 */
export function wordsToSearchAlone(term: string): string[] {
  if (term.includes('"')) return [];
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of queryWords(term)) {
    const w = bareWord(raw);
    const key = w.toLowerCase();
    if (seen.has(key) || !(w.length >= 3 || /\d/.test(w)) || overStemmedWords(w).length > 0) continue;
    seen.add(key);
    words.push(w);
  }
  if (words.length <= MAX_SOME_WORDS) return words;
  const longest = new Set([...words].sort((a, b) => b.length - a.length).slice(0, MAX_SOME_WORDS));
  return words.filter((w) => longest.has(w));
}

/**
 * The results of the words' searches merged: each page once, the pages found by more of the words
 * first, then by their summed score, real pages before example pages (ordering.ts).
 */
export function byWordsMatched(
  lists: readonly (readonly PagefindResult[])[],
  illustrative: (id: string) => boolean = illustrativeId,
): PagefindResult[] {
  const pages = new Map<string, { r: PagefindResult; words: number; score: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    for (const r of list) {
      const p = pages.get(r.id);
      if (p) {
        p.words++;
        p.score += r.score;
      } else pages.set(r.id, { r, words: 1, score: r.score, first: order++ });
    }
  }
  const ranked = [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first);
  return realFirst(
    ranked.map((p) => p.r),
    illustrative,
  );
}

/** The pages with some of the query's words, most words first; empty when fewer than two words can be searched alone. */
export async function someWords(run: Run, term: string, options: PagefindSearchOptions): Promise<PagefindResult[]> {
  const words = wordsToSearchAlone(term);
  if (words.length < 2) return [];
  const lists: PagefindResult[][] = [];
  // One after another, so Pagefind loads the words' chunks in the same order on every network.
  for (const w of words) lists.push(await searchStrong(run, w, options));
  return byWordsMatched(lists, run.illustrative ?? illustrativeId);
}
