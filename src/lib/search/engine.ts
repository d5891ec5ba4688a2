/**
 * One search as the visitor means it: Pagefind's search of the normalised query, and when that
 * finds little, a look in the archive's vocabulary (fetched only then, or for a word with ae/oe/aa)
 * for æ/ø/å typed as ae/oe/aa or o/a ("Raadhuset" → "rådhuset", searched at once; also when the
 * typed spelling finds far less, RESTORED_FACTOR), or å typed for a name's aa ("Hougård" →
 * "Hougaard"), for typos ("Hougard" → “Mente du »Hougaard«?”, offered, not searched), and, when
 * nothing helped, for a compound's parts ("beskæftigelsesindsats" → "beskæftigelse indsats",
 * searched, compound-query.ts). When no page has every word although the archive has each, a word
 * may be misspelt into another real word (»Jacob« for »Jakob«): each word's closest words are
 * offered, and the pages with the most of the words are shown (some-words.ts). A query that is
 * only a date is searched as that date (date-query.ts), one naming a month as that month
 * (month-query.ts). Real pages come before example pages
 * (ordering.ts). Shared by the search page, the build's precomputed answers and the gold set, so
 * the figures in README measure what a visitor gets.
 */
import type { PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { closestWords, exactEntry, restoreDanishLetters, shardKey } from './vocabulary.ts';
import { overStemmedWords } from './weak-match.ts';
import { pagefindStem } from './stem.ts';
import { known, loadPrefixChunks, searchChecked, searchStrong, startRun, type EngineDeps, type Run } from './engine-search.ts';
import { correctableParts, correctableWords, matchCase, queryWords, replaceWord } from './query-words.ts';
import { compoundParts } from './compound-query.ts';
import { someWords } from './some-words.ts';
import { dateQuery, dateToken, dateWithin, impossibleDate, searchDate, searchDateWith } from './date-query.ts';
import { monthLabel, monthWithin, searchMonth } from './month-query.ts';

export { OVER_STEMMED_CHECK, type EngineDeps } from './engine-search.ts';
export { queryWords } from './query-words.ts';

/**
 * Fewer results than this, or a query word the best result does not match, and the vocabulary is
 * asked whether the query meant something else.
 */
export const FEW_RESULTS = 3;
/** At most this many »Mente du …?« suggestions. */
export const MAX_SUGGESTIONS = 3;

/** A query word the archive has, on pages beyond the ones checked for it (OVER_STEMMED_CHECK). */
export interface Buried {
  word: string;
  /** Pages the archive has the word on (the vocabulary's count). */
  pages: number;
  /** Pagefind's stem for it, which the search matched instead (»den« for »denne«). */
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
  /** No page has every word: the results are the pages with the most of them (some-words.ts). */
  someWords?: boolean;
  /**
   * Query words no page has (as typed, and not restored): Pagefind leaves such a word out of the
   * search, so the results are the other words'. Set only when there are results.
   */
  missing?: string[];
  /** The query is this date (ISO day): the results are the pages with it, none when no page has it (date-query.ts). */
  date?: string;
  /** The query's words beside its date (»Hougaard« of »Hougaard 2.4.2009«): the results have the date and these. */
  dateWords?: string;
  /** The query is a date that does not exist (»31.02.2009«): nothing is searched (date-query.ts). */
  impossibleDate?: boolean;
  /** The query names these months (»2008-05« of »maj 2008«): the results are their documents, then pages that write one out (month-query.ts). */
  months?: string[];
  /** Of a month query's results, how many are documents dated in the months (the rest write one out). */
  monthDated?: number;
  /** The query's words beside its month (»konference« of »konference maj 2008«). */
  monthWords?: string;
}

/**
 * A query with æ/ø/å typed as ae/oe/aa is searched with the archive's spelling too, and that answer
 * shown when it finds clearly more: »beskaeftigelse« matches one slug on the data page, while
 * »beskæftigelse« is on 30 pages. This many times as many results, and FEW_RESULTS more at least.
 */
export const RESTORED_FACTOR = 2;

/**
 * Of a long query (a pasted paragraph of up to 70 words), only this many words are asked whether
 * the archive knows them: one search each, and a pasted paragraph made 40–70 searches per keystroke.
 */
export const MAX_CHECKED_WORDS = 8;

/** Queries of at most this many words have each word's closest words tried when no page has them all. */
export const MAX_CORRECTED_WORDS = 4;

export async function runSearch(deps: EngineDeps, term: string, options: PagefindSearchOptions = {}): Promise<Outcome> {
  const run = startRun(deps);
  const date = dateQuery(term);
  // Searched as the date's own index word, which the filter counts then count too.
  if (date) return { searched: dateToken(date), results: await searchDate(run, date, options), suggestions: [], date };
  // Searched as numbers, »31.02.2009« found pages with »310« as if they had the date.
  if (impossibleDate(term)) return { searched: term, results: [], suggestions: [], impossibleDate: true };
  // »Hougaard 2.4.2009«: the pages of that day with the other words, not every page with »2« and »4«.
  const within = dateWithin(term);
  if (within)
    return {
      searched: `${within.rest} ${dateToken(within.iso)}`,
      results: await searchDateWith(run, within, options),
      suggestions: [],
      date: within.iso,
      dateWords: within.rest,
    };
  // »maj 2008«: the documents of that month, not every page with »maj« and »2008« somewhere.
  const month = monthWithin(term);
  if (month) {
    const { results, dated } = await searchMonth(run, month, options);
    const words = month.rest ? { monthWords: month.rest } : {};
    const searched = month.rest || `"${monthLabel(month.months[0] ?? '')}"`;
    return { searched, results, suggestions: [], months: month.months, monthDated: dated, ...words };
  }
  // A word with ae/oe/aa has its vocabulary shard read after the search in any case
  // (digraphAlternative, or the typo check): asked for now, it arrives while Pagefind searches.
  for (const w of digraphWords(term)) void run.shard(shardKey(w)).catch(() => undefined);
  const literal = await searchAsTyped(run, term, options);
  if (literal.restoredFrom) return literal;
  const outcome = (await digraphAlternative(run, term, literal.results.length, options)) ?? literal;
  const helpless = outcome.results.length === 0 && outcome.suggestions.length === 0 && !outcome.buried;
  const split = helpless ? await compoundParts(run, term, options) : undefined;
  if (split) return split;
  if (outcome.results.length > 0) return outcome;
  // No page has every word: the pages with the most of them, beside any »Mente du …?«.
  const some = await someWords(run, term, options);
  return some.length > 0 ? { ...outcome, results: some, someWords: true } : outcome;
}

/** The query words that may hold æ/ø/å typed as two letters. */
function digraphWords(term: string): string[] {
  return correctableWords(term).filter((w) => /ae|oe|aa/i.test(w));
}

/**
 * The query with the archive's æ/ø/å spelling of its ae/oe/aa words, searched, when that finds
 * clearly more than the `found` results of the query as typed (RESTORED_FACTOR); else undefined.
 */
async function digraphAlternative(run: Run, term: string, found: number, options: PagefindSearchOptions): Promise<Outcome | undefined> {
  const words = digraphWords(term);
  if (words.length === 0) return undefined;
  let restored = term;
  for (const w of words) {
    const shard = await run.shard(shardKey(w));
    const fixed = shard ? restoreDanishLetters(w, shard) : undefined;
    if (fixed && /[æøå]/i.test(fixed)) restored = replaceWord(restored, w, matchCase(w, fixed));
  }
  if (restored === term) return undefined;
  await loadPrefixChunks(run, restored);
  const again = await searchStrong(run, restored, options);
  const clearlyMore = again.length >= found * RESTORED_FACTOR && again.length - found >= FEW_RESULTS;
  return clearlyMore ? { searched: restored, results: again, restoredFrom: term, suggestions: [] } : undefined;
}

/** Pagefind's search of the query as typed, with æ/ø/å restored only for words the archive lacks. */
async function searchAsTyped(run: Run, term: string, options: PagefindSearchOptions): Promise<Outcome> {
  await loadPrefixChunks(run, term);
  const { results, unmatched } = await searchChecked(run, term, options, run.firstPaint);
  const suspects = (results.length >= FEW_RESULTS ? correctableParts(unmatched) : correctableWords(term)).slice(0, MAX_CHECKED_WORDS);
  if (suspects.length === 0) return { searched: term, results, suggestions: [] };

  // Few results, or a word the best result does not match: which words does the archive not know as typed?
  // (A one-word query searched without filters is the word's own search: the run has it already.)
  const unknown: string[] = [];
  for (const w of suspects) if (!(await known(run, w))) unknown.push(w);
  if (unknown.length === 0) {
    // Every word is known, yet no page has them all: one may be another word misspelt (»Jacob« for »Jakob«).
    const fixes =
      results.length === 0 && queryWords(term).length <= MAX_CORRECTED_WORDS ? await wordByWord(run, term, suspects, options) : [];
    return { searched: term, results, suggestions: fixes };
  }

  // A word the archive has, found only through a short stem on too many pages (»denne« through
  // »den« in a large archive): no typo, and said as such when nothing was found.
  const buried: Buried[] = [];
  const typos: string[] = [];
  for (const w of unknown) {
    const shard = overStemmedWords(w).length > 0 ? await run.shard(shardKey(w)) : undefined;
    const entry = shard ? exactEntry(shard, w) : undefined;
    if (!entry || entry[1] === 0) typos.push(w);
    else if (results.length === 0) buried.push({ word: w, pages: entry[1], stem: pagefindStem(w) });
  }
  const withBuried = (o: Outcome): Outcome => (buried.length > 0 ? { ...o, buried } : o);
  if (typos.length === 0) return withBuried({ searched: term, results, suggestions: [] });

  // æ/ø/å typed as ae/oe/aa or o/a, or å for aa: search the archive's spelling straight away.
  let restored = term;
  const stillUnknown: string[] = [];
  for (const w of typos) {
    const shard = await run.shard(shardKey(w));
    const fixed = shard ? restoreDanishLetters(w, shard) : undefined;
    if (fixed && (await known(run, fixed))) restored = replaceWord(restored, w, matchCase(w, fixed));
    else stillUnknown.push(w);
  }
  let outcome: Outcome = { searched: term, results, suggestions: [] };
  if (restored !== term) {
    // The restored query matches every word; the one typed did not.
    const again = await searchStrong(run, restored, options);
    if (again.length > 0) outcome = { searched: restored, results: again, restoredFrom: term, suggestions: [] };
  }
  // »konference xyzzy« found the 20 pages of »konference«: said, not passed off as pages with both.
  const withMissing = (o: Outcome, words: string[]): Outcome => (o.results.length > 0 && words.length > 0 ? { ...o, missing: words } : o);
  if (stillUnknown.length === 0) return withBuried(withMissing(outcome, outcome.restoredFrom ? [] : typos));

  // Typos: offer the closest words the archive has, as whole queries that find something.
  const suggestions: string[] = [];
  const perWord = await Promise.all(
    stillUnknown.map(async (w) => {
      const shard = await run.shard(shardKey(w));
      return { w, options: shard ? closestWords(w, [shard], MAX_SUGGESTIONS) : [] };
    }),
  );
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
    if ((await searchStrong(run, q, options)).length > 0) suggestions.push(q);
  }
  return withBuried(withMissing({ ...outcome, suggestions }, outcome.restoredFrom ? stillUnknown : typos));
}

/**
 * Queries with one known word replaced by a close word the archive has, that find something:
 * »Jacob Hougaard« → »Jakob Hougaard«. Closest first, at most MAX_SUGGESTIONS.
 */
async function wordByWord(run: Run, term: string, words: readonly string[], options: PagefindSearchOptions): Promise<string[]> {
  const candidates: { q: string; distance: number }[] = [];
  for (const w of words) {
    const shard = await run.shard(shardKey(w));
    for (const s of shard ? closestWords(w, [shard], MAX_SUGGESTIONS) : [])
      candidates.push({ q: replaceWord(term, w, s.name ? s.word : matchCase(w, s.word)), distance: s.distance });
  }
  const found: string[] = [];
  for (const { q } of candidates.sort((a, b) => a.distance - b.distance)) {
    if (found.length >= MAX_SUGGESTIONS) break;
    if (q !== term && !found.includes(q) && (await searchStrong(run, q, options)).length > 0) found.push(q);
  }
  return found;
}
