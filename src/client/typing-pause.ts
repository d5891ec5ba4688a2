/**
 * How long the search page waits after a keystroke before it searches: longer than the gap between
 * this visitor's keystrokes (a quarter more than the usual gap, at least 120 ms, at most 250 ms), so
 * a search and the fragments it fetches run for the word typed, not for each of its prefixes. While
 * the visitor types, only the index chunks the search is sure to read are loaded (site-files.ts,
 * preloadTyped): a short prefix's chunk is rarely the word's.
 */
const DEBOUNCE_MS = 120;
const DEBOUNCE_MAX_MS = 250;
/** A word of one or two letters ("i", "in") matches the largest index chunks: search it only after a real pause. */
export const SHORT_WORD_PAUSE_MS = 600;
const SHORT_WORD = 3;
/** Gaps between keystrokes longer than this are pauses, not typing. */
const TYPING_GAP_MS = 1000;
/** Gaps remembered: the last few keystrokes speak for the visitor's pace. */
const GAPS_KEPT = 4;

/** A quarter more than this visitor's usual gap between keys, within bounds. */
export function typingPause(gaps: readonly number[]): number {
  if (gaps.length === 0) return DEBOUNCE_MS;
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return Math.min(DEBOUNCE_MAX_MS, Math.max(DEBOUNCE_MS, Math.round(median * 1.25)));
}

/** The wait after a keystroke, given the query so far (its last word, already normalised) and the gaps so far. */
export function searchDelay(lastWord: string, gaps: readonly number[]): number {
  return lastWord !== '' && lastWord.length < SHORT_WORD ? SHORT_WORD_PAUSE_MS : typingPause(gaps);
}

/** The gaps after a keystroke at `now`, the one before at `last` (a long pause is not a gap). */
export function withGap(gaps: readonly number[], last: number, now: number): number[] {
  return now - last < TYPING_GAP_MS ? [...gaps.slice(-(GAPS_KEPT - 1)), now - last] : [...gaps];
}
