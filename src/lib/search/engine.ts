/**
 * One search as the visitor means it: Pagefind's search of the normalised query, and when that
 * finds little, a look in the archive's vocabulary (fetched only then, or for a word with ae/oe/aa)
 * for æ/ø/å typed as ae/oe/aa or o/a ("Raadhuset" → "rådhuset", searched at once; also when the
 * typed spelling finds far less, RESTORED_FACTOR), for typos ("Hougard" →
 * «Mente du »Hougaard«?», offered, not searched), and, when nothing helped, for a compound's parts
 * ("beskæftigelsesindsats" → "beskæftigelse indsats", searched). Shared by the search page and the gold set,
 * so the figures in README measure what a visitor gets.
 */
import type { Pagefind, PagefindFragment, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { closestWords, exactEntry, isCorrectable, restoreDanishLetters, shardKey, type VocabularyShard } from './vocabulary.ts';
import { isWeakMatch, overStemmedWords, pageHasWord, relatedLocations, unmatchedWords } from './weak-match.ts';
import { chunkStartsKey, prefixChunkStarts } from './prefix-chunks.ts';
import { pagefindStem } from './stem.ts';

/**
 * Fewer results than this, or a query word the best result does not match, and the vocabulary is
 * asked whether the query meant something else.
 */
export const FEW_RESULTS = 3;
/** At most this many «Mente du …?» suggestions. */
export const MAX_SUGGESTIONS = 3;
/**
 * Of a search with an over-stemmed word («sommer», which Pagefind finds as «som»), this many of
 * Pagefind's results are checked for the word itself: a bound on the result pages fetched. Enough
 * for every result of the archive today; in an archive of tens of thousands a page with the word
 * ranked below this is not shown (README, «Søgning»).
 */
export const OVER_STEMMED_CHECK = 100;

export interface EngineDeps {
  pf: Pagefind;
  /** A vocabulary shard by key ("h"), or undefined when there is none; cached by the caller. */
  shard: (key: string) => Promise<VocabularyShard | undefined>;
  /** The starts of the word-index chunks under a key (prefix-chunks.ts); without it, Pagefind's own loading. */
  chunkStarts?: (key: string) => Promise<readonly string[] | undefined>;
  /**
   * Results the caller shows at once (the search page: three). Their page data is fetched along
   * with the top result's, which the engine reads first, instead of after it.
   */
  firstPaint?: number;
}

/** A query word the archive has, on pages beyond the ones checked for it (OVER_STEMMED_CHECK). */
export interface Buried {
  word: string;
  /** Pages the archive has the word on (the vocabulary's count). */
  pages: number;
  /** Pagefind's stem for it, which the search matched instead («den» for «denne»). */
  stem: string;
}

export interface Outcome {
  /** The query that was searched: as typed, or with æ/ø/å restored. */
  searched: string;
  results: PagefindResult[];
  /** Set when the query searched differs from the one typed. */
  restoredFrom?: string;
  /** Whole corrected queries that find something, best first. */
  suggestions: string[];
  /** Query words that are no typo but were not found among the pages checked (engine.ts, OVER_STEMMED_CHECK). */
  buried?: Buried[];
}

/** Words of a query, quotes kept out (a phrase is not corrected word by word). */
export function queryWords(term: string): string[] {
  return term
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Pagefind's results, less a top result that only matched a short word the query word begins with. */
export async function searchStrong(pf: Pagefind, term: string, options?: PagefindSearchOptions): Promise<PagefindResult[]> {
  return (await searchChecked(pf, term, options)).results;
}

/** As searchStrong, and the query words the top result did not match at all. */
async function searchChecked(
  pf: Pagefind,
  term: string,
  options?: PagefindSearchOptions,
  firstPaint = 1,
): Promise<{ results: PagefindResult[]; unmatched: string[] }> {
  const found = await pf.search(term, options);
  const over = overStemmedWords(term);
  const results = over.length > 0 ? await withWords(found.results, over, term) : found.results;
  const top = results[0];
  if (!top) return { results: [], unmatched: [] };
  // Pagefind keeps a fragment once asked for, so the caller's own data() calls find these loaded or on their way.
  for (const r of results.slice(1, firstPaint)) r.data().catch(() => undefined);
  const d = await top.data();
  if (isWeakMatch(term, d.content, d.locations)) return { results: [], unmatched: [] };
  return { results, unmatched: unmatchedWords(term, d.content, d.locations) };
}

/**
 * The results (of the first OVER_STEMMED_CHECK) on whose page Pagefind matched each of the words
 * itself, not only its stem; their pages keep only the matches that relate to the query, so the
 * paragraph shown and its marks are «Sommer», not «som».
 */
async function withWords(results: PagefindResult[], words: readonly string[], term: string): Promise<PagefindResult[]> {
  const checked = await Promise.all(
    results.slice(0, OVER_STEMMED_CHECK).map(async (r) => {
      const d = await r.data();
      return words.every((w) => pageHasWord(w, d.content, d.locations)) ? { ...r, data: async () => onlyRelated(d, term) } : undefined;
    }),
  );
  return checked.filter((r) => r !== undefined);
}

function onlyRelated(d: PagefindFragment, term: string): PagefindFragment {
  const kept = new Set(relatedLocations(term, d.content, d.locations));
  return {
    ...d,
    locations: d.locations.filter((l) => kept.has(l)),
    weighted_locations: d.weighted_locations.filter((w) => kept.has(w.location)),
  };
}

/** True when the word alone finds something (through stemming and prefixes, as Pagefind does). */
async function known(pf: Pagefind, word: string): Promise<boolean> {
  return (await searchStrong(pf, word)).length > 0;
}

function replaceWord(term: string, from: string, to: string): string {
  const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return term.replace(new RegExp(`(^|[\\s"])${esc}(?=$|[\\s"])`, 'u'), `$1${to}`);
}

/** Keep the typed word's capital: "Raadhuset" → "Rådhuset". */
function matchCase(typed: string, word: string): string {
  return /^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Load the other chunks holding words a query word's stem begins, so Pagefind can match them (prefix-chunks.ts). */
async function loadPrefixChunks(deps: EngineDeps, term: string): Promise<void> {
  const { chunkStarts } = deps;
  if (!chunkStarts) return;
  const stems = queryWords(term).map(pagefindStem);
  // The lists of starts are fetched side by side (one round trip, not one per word); the chunks
  // are then loaded one after another, so Pagefind loads them in the same order on every network.
  const lists = await Promise.all(stems.map((stem) => chunkStarts(chunkStartsKey(stem))));
  for (const [i, stem] of stems.entries()) {
    for (const start of prefixChunkStarts(stem, lists[i] ?? [])) await deps.pf.preload(start);
  }
}

/**
 * A query with æ/ø/å typed as ae/oe/aa is searched with the archive's spelling too, and that answer
 * shown when it finds clearly more: «beskaeftigelse» matches one slug on the data page, while
 * «beskæftigelse» is on 30 pages. This many times as many results, and FEW_RESULTS more at least.
 */
export const RESTORED_FACTOR = 2;

export async function runSearch(deps: EngineDeps, term: string, options: PagefindSearchOptions = {}): Promise<Outcome> {
  const literal = await searchAsTyped(deps, term, options);
  if (literal.restoredFrom) return literal;
  const outcome = (await digraphAlternative(deps, term, literal.results.length, options)) ?? literal;
  const helpless = outcome.results.length === 0 && outcome.suggestions.length === 0 && !outcome.buried;
  return (helpless && (await compoundParts(deps, term, options))) || outcome;
}

/** Parts of a compound split for a query that finds nothing are this long at least. */
export const MIN_COMPOUND_PART = 4;
/** Splits whose last part is looked up in the vocabulary, longest first part first: a bound on shards fetched. */
const MAX_COMPOUND_TRIES = 3;

/**
 * A compound the archive does not have as written («beskæftigelsesindsats»), searched as its parts
 * when the archive has both («beskæftigelse indsats»); the first part may end in a linking -s-/-e-.
 * Only for a query that found nothing and had no other help; undefined when no split finds anything.
 */
async function compoundParts(deps: EngineDeps, term: string, options: PagefindSearchOptions): Promise<Outcome | undefined> {
  let split = term;
  for (const w of queryWords(term).filter(isCorrectable)) {
    const parts = await splitWord(deps, w);
    if (parts) split = replaceWord(split, w, parts);
  }
  if (split === term) return undefined;
  await loadPrefixChunks(deps, split);
  const results = await searchStrong(deps.pf, split, options);
  return results.length > 0 ? { searched: split, results, restoredFrom: term, suggestions: [] } : undefined;
}

async function splitWord(deps: EngineDeps, word: string): Promise<string | undefined> {
  const lower = word.toLowerCase();
  const has = async (w: string) => {
    const shard = await deps.shard(shardKey(w));
    return (shard ? (exactEntry(shard, w)?.[1] ?? 0) : 0) > 0;
  };
  let tries = 0;
  for (let end = lower.length - MIN_COMPOUND_PART; end >= MIN_COMPOUND_PART && tries < MAX_COMPOUND_TRIES; end--) {
    const surface = lower.slice(0, end);
    const unlinked = /[se]$/.test(surface) && (await has(surface.slice(0, -1))) ? surface.slice(0, -1) : undefined;
    const head = unlinked && unlinked.length >= MIN_COMPOUND_PART ? unlinked : (await has(surface)) ? surface : undefined;
    if (!head) continue;
    tries++;
    const tail = lower.slice(end);
    if (await has(tail)) return `${head} ${tail}`;
  }
  return undefined;
}

/** The query words that may hold æ/ø/å typed as two letters. */
function digraphWords(term: string): string[] {
  return queryWords(term).filter((w) => isCorrectable(w) && /ae|oe|aa/i.test(w));
}

/**
 * The query with the archive's æ/ø/å spelling of its ae/oe/aa words, searched, when that finds
 * clearly more than the `found` results of the query as typed (RESTORED_FACTOR); else undefined.
 */
async function digraphAlternative(
  deps: EngineDeps,
  term: string,
  found: number,
  options: PagefindSearchOptions,
): Promise<Outcome | undefined> {
  const words = digraphWords(term);
  if (words.length === 0) return undefined;
  let restored = term;
  for (const w of words) {
    const shard = await deps.shard(shardKey(w));
    const fixed = shard ? restoreDanishLetters(w, shard) : undefined;
    if (fixed && /[æøå]/i.test(fixed)) restored = replaceWord(restored, w, matchCase(w, fixed));
  }
  if (restored === term) return undefined;
  await loadPrefixChunks(deps, restored);
  const again = await searchStrong(deps.pf, restored, options);
  const clearlyMore = again.length >= found * RESTORED_FACTOR && again.length - found >= FEW_RESULTS;
  return clearlyMore ? { searched: restored, results: again, restoredFrom: term, suggestions: [] } : undefined;
}

/** Pagefind's search of the query as typed, with æ/ø/å restored only for words the archive lacks. */
async function searchAsTyped(deps: EngineDeps, term: string, options: PagefindSearchOptions): Promise<Outcome> {
  const { pf } = deps;
  await loadPrefixChunks(deps, term);
  const { results, unmatched } = await searchChecked(pf, term, options, deps.firstPaint);
  const suspects = results.length >= FEW_RESULTS ? unmatched.filter(isCorrectable) : queryWords(term).filter(isCorrectable);
  if (suspects.length === 0) return { searched: term, results, suggestions: [] };

  // Few results, or a word the best result does not match: which words does the archive not know as typed?
  const unknown: string[] = [];
  // A one-word query searched without filters is the word's own search: it was just done.
  const unfiltered = JSON.stringify(options) === '{}';
  for (const w of suspects) if (!(unfiltered && w === term ? results.length > 0 : await known(pf, w))) unknown.push(w);
  if (unknown.length === 0) return { searched: term, results, suggestions: [] };

  // A word the archive has, found only through a short stem on too many pages («denne» through
  // «den» in a large archive): no typo, and said as such when nothing was found.
  const buried: Buried[] = [];
  const typos: string[] = [];
  for (const w of unknown) {
    const shard = overStemmedWords(w).length > 0 ? await deps.shard(shardKey(w)) : undefined;
    const entry = shard ? exactEntry(shard, w) : undefined;
    if (!entry || entry[1] === 0) typos.push(w);
    else if (results.length === 0) buried.push({ word: w, pages: entry[1], stem: pagefindStem(w) });
  }
  const withBuried = (o: Outcome): Outcome => (buried.length > 0 ? { ...o, buried } : o);
  if (typos.length === 0) return withBuried({ searched: term, results, suggestions: [] });

  // æ/ø/å typed as ae/oe/aa or o/a: search the archive's spelling straight away.
  let restored = term;
  const stillUnknown: string[] = [];
  for (const w of typos) {
    const shard = await deps.shard(shardKey(w));
    const fixed = shard ? restoreDanishLetters(w, shard) : undefined;
    if (fixed && (await known(pf, fixed))) restored = replaceWord(restored, w, matchCase(w, fixed));
    else stillUnknown.push(w);
  }
  let outcome: Outcome = { searched: term, results, suggestions: [] };
  if (restored !== term) {
    // The restored query matches every word; the one typed did not.
    const again = await searchStrong(pf, restored, options);
    if (again.length > 0) outcome = { searched: restored, results: again, restoredFrom: term, suggestions: [] };
  }
  if (stillUnknown.length === 0) return withBuried(outcome);

  // Typos: offer the closest words the archive has, as whole queries that find something.
  const suggestions: string[] = [];
  const perWord = await Promise.all(
    stillUnknown.map(async (w) => {
      const shard = await deps.shard(shardKey(w));
      return { w, options: shard ? closestWords(w, [shard], MAX_SUGGESTIONS) : [] };
    }),
  );
  const first = perWord[0];
  if (!first) return withBuried(outcome);
  for (let i = 0; i < MAX_SUGGESTIONS; i++) {
    let q = outcome.searched;
    let changed = false;
    for (const { w, options: opts } of perWord) {
      const s = opts[i] ?? opts[0];
      if (!s) continue;
      q = replaceWord(q, w, s.name ? s.word : matchCase(w, s.word));
      changed = true;
    }
    if (!changed || suggestions.includes(q)) continue;
    if ((await searchStrong(pf, q, options)).length > 0) suggestions.push(q);
  }
  return withBuried({ ...outcome, suggestions });
}
