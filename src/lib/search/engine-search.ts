/**
 * One Pagefind search as the engine (engine.ts) uses it: the chunks a query word's stem begins
 * loaded first (prefix-chunks.ts), an over-stemmed word's results kept to the pages that have the
 * word, a top result that only matched a shorter word dropped (weak-match.ts), and real pages before
 * example pages (ordering.ts), unless the query is the name of Pagefind's best page. A run keeps its searches, so asking twice costs one search (until more
 * of the index is loaded).
 */
import type { Pagefind, PagefindFragment, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { isWeakMatch, overStemmedWords, pageHasWord, relatedLocations, unmatchedWords } from './weak-match.ts';
import { chunkStartsKey, prefixChunkLimit, prefixChunkStarts } from './prefix-chunks.ts';
import { pagefindStem } from './stem.ts';
import { illustrativeId, realFirst, searchedByName } from './ordering.ts';
import { queryWords } from './query-words.ts';
import type { VocabularyShard } from './vocabulary.ts';

/**
 * Of a search with an over-stemmed word (»sommer«, which Pagefind finds as »som«), this many of
 * Pagefind's results are checked for the word itself: a bound on the result pages fetched. Enough
 * for every result of the archive today; in an archive of tens of thousands a page with the word
 * ranked below this is not shown (README, »Søgning«).
 */
export const OVER_STEMMED_CHECK = 100;

export interface EngineDeps {
  pf: Pagefind;
  /** A vocabulary shard by key ("h"), or undefined when there is none; cached by the caller. */
  shard: (key: string) => Promise<VocabularyShard | undefined>;
  /** The starts of the word-index chunks under a key (prefix-chunks.ts); without it, Pagefind's own loading. */
  chunkStarts?: (key: string) => Promise<readonly string[] | undefined>;
  /** Whether the build answers this query ahead (first-results.ts): its stem's chunks are loaded to a higher limit. */
  answered?: (term: string) => Promise<boolean>;
  /**
   * Results the caller shows at once (the search page: three). Their page data is fetched along
   * with the top result's, which the engine reads first, instead of after it.
   */
  firstPaint?: number;
  /** Whether a result is a page of example data; by default its merged fragment name says (ordering.ts). */
  illustrative?: (id: string) => boolean;
}

/** The dependencies of one run of the engine, and the searches it has made. */
export interface Run extends EngineDeps {
  searches: Map<string, Promise<Checked>>;
}

export interface Checked {
  results: PagefindResult[];
  /** Query words the top result did not match at all. */
  unmatched: string[];
}

export function startRun(deps: EngineDeps): Run {
  return { ...deps, searches: new Map() };
}

/** Pagefind's results, less a top result that only matched a short word the query word begins with. */
export async function searchStrong(run: Run, term: string, options: PagefindSearchOptions = {}): Promise<PagefindResult[]> {
  return (await searchChecked(run, term, options)).results;
}

/** True when the word alone finds something (through stemming and prefixes, as Pagefind does). */
export async function known(run: Run, word: string): Promise<boolean> {
  return (await searchStrong(run, word)).length > 0;
}

/** As searchStrong, and the query words the top result did not match at all; each query once per run. */
export function searchChecked(run: Run, term: string, options: PagefindSearchOptions = {}, firstPaint = 1): Promise<Checked> {
  const key = `${term}\u0000${optionsKey(options)}`;
  let found = run.searches.get(key);
  if (!found) {
    found = checkedSearch(run, term, options, firstPaint);
    run.searches.set(key, found);
  }
  return found;
}

/**
 * The options as a cache key: no filters and an empty filter object are one search. The search
 * page always passes `{ filters }`, and the word-by-word searches (known, some-words.ts) were made
 * twice, once as `{}` and once as `{ filters: {} }`.
 */
export function optionsKey(options: PagefindSearchOptions): string {
  const { filters, ...rest } = options;
  const some = filters && Object.keys(filters).length > 0;
  return JSON.stringify(some ? { ...rest, filters } : rest);
}

async function checkedSearch(run: Run, term: string, options: PagefindSearchOptions, firstPaint: number): Promise<Checked> {
  const found = await run.pf.search(term, options);
  const over = overStemmedWords(term);
  const matched = over.length > 0 ? await withWords(found.results, over, term) : found.results;
  const results = await byName(realFirst(matched, run.illustrative ?? illustrativeId), matched[0], term);
  const top = results[0];
  if (!top) return { results: [], unmatched: [] };
  // Pagefind keeps a fragment once asked for, so the caller's own data() calls find these loaded or on their way.
  for (const r of results.slice(1, firstPaint)) r.data().catch(() => undefined);
  const d = await top.data();
  if (isWeakMatch(term, d.content, d.locations)) return { results: [], unmatched: [] };
  return { results, unmatched: unmatchedWords(term, d.content, d.locations) };
}

/** Pagefind's best result first again when it was moved down for its example data but is the page the query names. */
async function byName(results: PagefindResult[], best: PagefindResult | undefined, term: string): Promise<PagefindResult[]> {
  if (!best || results[0] === best || !searchedByName((await best.data()).meta['navn'], term)) return results;
  return [best, ...results.filter((r) => r !== best)];
}

/**
 * The results (of the first OVER_STEMMED_CHECK) on whose page Pagefind matched each of the words
 * itself, not only its stem; their pages keep only the matches that relate to the query, so the
 * paragraph shown and its marks are »Sommer«, not »som«.
 */
async function withWords(results: PagefindResult[], words: readonly string[], term: string): Promise<PagefindResult[]> {
  const checked = await Promise.all(
    results.slice(0, OVER_STEMMED_CHECK).map(async (r) => {
      const d = await r.data();
      // Read again when asked: pagefind.js keeps one fragment object per page and sets its locations
      // to those of the search whose data() ran last, so `d` may since hold another word's (»"trygge
      // rammer"« showed the places of »rammer« alone, searched to check the word).
      return words.every((w) => pageHasWord(w, d.content, d.locations))
        ? { ...r, data: async () => onlyRelated(await r.data(), term) }
        : undefined;
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

/**
 * Load the other chunks holding words a query word's stem begins, so Pagefind can match them
 * (prefix-chunks.ts): up to MAX_PREFIX_CHUNKS, or MAX_ANSWERED_PREFIX_CHUNKS for a one-word query
 * the build answers ahead whose stem is long enough (prefixChunkLimit), in every search of it.
 */
export async function loadPrefixChunks(run: Run, term: string): Promise<void> {
  const { chunkStarts } = run;
  if (!chunkStarts) return;
  const stems = queryWords(term).map(pagefindStem);
  // The lists of starts are fetched side by side (one round trip, not one per word), with the list
  // of answered words; the chunks are then loaded one after another, so Pagefind loads them in the
  // same order on every network.
  const [answered, lists] = await Promise.all([
    stems.length === 1 ? run.answered?.(term) : false,
    Promise.all(stems.map((stem) => chunkStarts(chunkStartsKey(stem)))),
  ]);
  for (const [i, stem] of stems.entries()) {
    for (const start of prefixChunkStarts(stem, lists[i] ?? [], prefixChunkLimit(stem, answered === true))) {
      await run.pf.preload(start);
      // Pagefind may match more now: a search made before is made again.
      run.searches.clear();
    }
  }
}
