/**
 * Pagefind expands a query word to the longer index words its stem begins, but only among the
 * word-index chunks it has loaded, and a fresh search loads only the chunk holding the word (and
 * its stem). So »fritid« missed »Fritidsudvalget«, the first word of the next chunk. The search page
 * therefore also loads the chunks that begin with the stem: their starts are written by the build,
 * one small file per first letter (scripts/lib/search/post-index.ts), and preloading a chunk's
 * start loads that chunk. At most MAX_PREFIX_CHUNKS of them, so a short, common stem never fetches
 * half the index; such words are answered ahead by the build anyway (first-results.ts).
 */
import { pagefindStem } from './stem.ts';

/** Chunks beginning with a stem that a search loads besides its own; more, and it loads none of them. */
export const MAX_PREFIX_CHUNKS = 3;
/**
 * The same for a one-word query the build answers ahead (first-results.ts). Its first results cost
 * the visitor no chunk, so they can be what a small archive gives: every word the stem begins. At
 * 20,000 letters »integration« found 17 pages instead of 20,076 (its compounds lie in 14 chunks
 * after its own), »fritid« 4,663 instead of 16,554. More results, a filter or another order then
 * load the same chunks (about 600 KB for »integration«), so they keep to the answer. A stem that
 * begins more chunks than this (»for«: 46), or is shorter than MIN_ANSWERED_PREFIX_STEM (»bol« of
 * »bolig«, »sam«), is a short word whose longer words are other words: it keeps MAX_PREFIX_CHUNKS.
 */
export const MAX_ANSWERED_PREFIX_CHUNKS = 16;
export const MIN_ANSWERED_PREFIX_STEM = 5;

/** How many chunks beginning with a stem a search loads (prefixChunkStarts' `max`). */
export function prefixChunkLimit(stem: string, answered: boolean): number {
  return answered && [...stem].length >= MIN_ANSWERED_PREFIX_STEM ? MAX_ANSWERED_PREFIX_CHUNKS : MAX_PREFIX_CHUNKS;
}
/** Shorter stems are not expanded into other chunks. */
export const MIN_PREFIX_STEM = 3;

/** Letter words only: a case number or a date is searched in its own way (engine.ts). */
const LETTER_WORD = /^\p{L}+$/u;

/** The file (key) a chunk start or a stem is listed in: its first letter, or u + its code point. */
export function chunkStartsKey(term: string): string {
  const first = term.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  return /^[a-z0-9]$/.test(ch) ? ch : `u${first.toString(16)}`;
}

/**
 * The chunk starts to preload for a stem (Pagefind's form: lowercase, stemmed, å → a): every chunk
 * beginning with the stem, or none when there are more than `max` or the stem is short.
 */
export function prefixChunkStarts(stem: string, starts: readonly string[], max = MAX_PREFIX_CHUNKS): string[] {
  if ([...stem].length < MIN_PREFIX_STEM) return [];
  const found = starts.filter((s) => s.startsWith(stem));
  return found.length <= max ? found : [];
}

/** The build's shards of chunk starts: key → starts in index order. */
export function chunkStartShards(starts: readonly string[]): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const s of starts) {
    const key = chunkStartsKey(s);
    const list = shards.get(key) ?? [];
    list.push(s);
    shards.set(key, list);
  }
  return shards;
}

/**
 * Whether every index word a stem begins is in one chunk: no chunk starts after the stem with the
 * stem. Then a longer word the visitor goes on to type is in that chunk too whenever its stem begins
 * with this one, which is the rule; the exception is a word whose ending the stemmer strips back
 * past what was typed (»skolern« is its own stem, »skolerne« is »skol«), and costs one small chunk.
 */
export function stemInOneChunk(stem: string, starts: readonly string[]): boolean {
  return [...stem].length >= MIN_PREFIX_STEM && !starts.some((s) => s > stem && s.startsWith(stem));
}

/**
 * The query words whose chunks can be loaded while the visitor types (site-files.ts,
 * preloadTyped): each word finished with a space, which the search reads in any case, and the
 * word being typed once its stem is long enough to lie in one chunk (stemInOneChunk). `starts`
 * gives the chunk starts under a key when they have arrived; a word without them waits. A query of
 * one word that may become a word the build answers ahead (`mayBeAnswered`, first-results.ts)
 * loads nothing: its answer needs no chunk, and a common word's chunk can be 130 KB.
 */
export function wordsToPreload(
  words: readonly string[],
  lastDone: boolean,
  starts: (key: string) => readonly string[] | undefined,
  mayBeAnswered: (word: string) => boolean,
): string[] {
  if (words.length === 1 && mayBeAnswered(words[0] ?? '')) return [];
  return words.filter((w, i) => {
    const stem = pagefindStem(w);
    if (!LETTER_WORD.test(w) || [...stem].length < MIN_PREFIX_STEM) return false;
    if (i < words.length - 1 || lastDone) return true;
    const list = starts(chunkStartsKey(stem));
    return list !== undefined && stemInOneChunk(stem, list);
  });
}
