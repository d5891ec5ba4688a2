/**
 * The archive's vocabulary for »Mente du …?« and for æ/ø/å typed as ae/oe/aa (or o/a): every word
 * the search index holds, with the number of pages it is on, written at build time as small JSON
 * shards by first letter (scripts/lib/search/post-index.ts) and fetched only when a query finds
 * little. Pure functions shared by the build script, the search page and the gold set.
 */

/** One entry: the word as written most often, pages it is on, 1 when it is a name (capitalised). */
export type VocabularyEntry = [word: string, pages: number, name: 0 | 1];

export interface VocabularyShard {
  /** Sorted by the word's fold (digraphFold), so prefixes can be found by binary search. */
  words: VocabularyEntry[];
}

/** Words shorter than this are neither suggested nor corrected (too many near neighbours). */
export const MIN_WORD_LENGTH = 3;

/** æ/ø/å as the two letters people type for them, other accents dropped: "Rådhuset" → "raadhuset". */
export function digraphFold(word: string): string {
  return word.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFD').replace(/\p{M}/gu, '');
}

/** æ/ø/å as one plain letter: "økonomi" → "okonomi", "fællesindstillinger" → "fallesindstillinger". */
export function looseFold(word: string): string {
  return word.toLowerCase().replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The shard a word's entry lives in: the first letter of its fold ("økonomi" → "o"), "0" for digits. */
export function shardKey(word: string): string {
  const first = digraphFold(word).charAt(0);
  if (/[a-z]/.test(first)) return first;
  return /\d/.test(first) ? '0' : '_';
}

/** A query word as the vocabulary sees it: letters only (a case number is not corrected). */
export function isCorrectable(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && /^\p{L}+$/u.test(word);
}

/** Index of the first entry whose fold is ≥ key. */
function lowerBound(words: readonly VocabularyEntry[], key: string, fold: (w: string) => string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fold(words[mid]?.[0] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entries whose digraph fold starts with the fold of `prefix` (the shard is sorted that way). */
export function withFoldPrefix(shard: VocabularyShard, prefix: string): VocabularyEntry[] {
  const key = digraphFold(prefix);
  const out: VocabularyEntry[] = [];
  for (let i = lowerBound(shard.words, key, digraphFold); i < shard.words.length; i++) {
    const e = shard.words[i];
    if (!e || !digraphFold(e[0]).startsWith(key)) break;
    out.push(e);
  }
  return out;
}

/** The entry of exactly this word (case aside), when the archive has it. */
export function exactEntry(shard: VocabularyShard, word: string): VocabularyEntry | undefined {
  const lower = word.toLowerCase();
  return withFoldPrefix(shard, word).find((e) => e[0].toLowerCase() === lower);
}

/**
 * The archive's spelling of a word typed with æ/ø/å as ae/oe/aa (or as written): of the entries
 * that fold to the same letters, the one on most pages, with its page count. »beskaeftigelse« is
 * »beskæftigelse« (30 pages), not the data file's slug »beskaeftigelse« (1).
 */
export function archiveSpelling(shard: VocabularyShard, word: string): { word: string; pages: number } | undefined {
  const key = digraphFold(word);
  let best: VocabularyEntry | undefined;
  for (const e of withFoldPrefix(shard, word)) if (digraphFold(e[0]) === key && e[1] > (best?.[1] ?? 0)) best = e;
  return best ? { word: best[0].toLowerCase(), pages: best[1] } : undefined;
}

/**
 * The start of `word` that folds to `foldedLength` letters: the part of "rådhuset" a query
 * "raadhus" stands for is "rådhus". Undefined when the fold does not end on a letter boundary.
 */
function prefixByFold(word: string, foldedLength: number, fold: (w: string) => string): string | undefined {
  let acc = '';
  for (const ch of word) {
    if (fold(acc).length === foldedLength) return acc;
    acc += ch;
  }
  return fold(acc).length === foldedLength ? acc : undefined;
}

/**
 * The word a query meant when it typed æ/ø/å as ae/oe/aa, or as o/a: the spelling the archive has,
 * as a prefix the search will extend like any other ("raadhus" → "rådhus"). Also the other way
 * round: a name the archive spells with aa, typed with å ("Hougård" → "hougaard"). Undefined when
 * the archive has no such word, or (for o/a) when the typed word could stand for more than one.
 */
export function restoreDanishLetters(typed: string, shard: VocabularyShard): string | undefined {
  const lower = typed.toLowerCase();
  const typedLetters = /[æøå]/i.test(lower);
  const byDigraph = withFoldPrefix(shard, lower).filter((e) => e[0].toLowerCase() !== lower && (typedLetters || /[æøå]/i.test(e[0])));
  const digraphHit = mostFrequent(
    byDigraph.map((e) => [prefixByFold(e[0].toLowerCase(), digraphFold(lower).length, digraphFold), e[1]] as const),
  );
  if (digraphHit && digraphHit !== lower) return digraphHit;
  // o/a for ø/æ/å: only when every candidate restores the same way ("okonomi" → "økonomi").
  const key = looseFold(lower);
  const loose = shard.words.filter((e) => /[æøå]/i.test(e[0]) && looseFold(e[0]).startsWith(key));
  const restored = new Set(loose.map((e) => prefixByFold(e[0].toLowerCase(), key.length, looseFold)));
  if (restored.size === 1) {
    const only = [...restored][0];
    if (only && only !== lower) return only;
  }
  return undefined;
}

function mostFrequent(pairs: readonly (readonly [string | undefined, number])[]): string | undefined {
  const totals = new Map<string, number>();
  for (const [w, n] of pairs) if (w) totals.set(w, (totals.get(w) ?? 0) + n);
  let best: string | undefined;
  let bestN = -1;
  for (const [w, n] of totals) if (n > bestN) [best, bestN] = [w, n];
  return best;
}

/** Damerau–Levenshtein distance (adjacent swaps count one), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] ?? max + 1;
}

/** Typos allowed: one in a short word, two from seven letters. */
export function allowedDistance(word: string): number {
  return word.length >= 7 ? 2 : 1;
}

export interface Suggestion {
  word: string;
  distance: number;
  pages: number;
  name: boolean;
}

/**
 * The archive's words closest to a typed word: by edit distance on the folded spelling (so "ae"
 * for "æ" costs nothing), names before other words at the same distance (people search for
 * people), then by how many pages use the word.
 */
export function closestWords(typed: string, shards: readonly VocabularyShard[], limit = 3): Suggestion[] {
  const key = digraphFold(typed);
  const max = allowedDistance(key);
  const found = new Map<string, Suggestion>();
  for (const shard of shards) {
    for (const [word, pages, name] of shard.words) {
      if (word.length < MIN_WORD_LENGTH) continue;
      const folded = digraphFold(word);
      if (folded === key) continue;
      const distance = editDistance(key, folded, max);
      if (distance > max) continue;
      const prev = found.get(folded);
      if (!prev || pages > prev.pages) found.set(folded, { word, distance, pages, name: name === 1 });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.distance - b.distance || Number(b.name) - Number(a.name) || b.pages - a.pages || a.word.localeCompare(b.word, 'da'))
    .slice(0, limit);
}

/** Shards a typo of `word` may be in: its own and, for a mistyped first letter, none other (kept small). */
export function shardsFor(word: string): string[] {
  return [shardKey(word)];
}
