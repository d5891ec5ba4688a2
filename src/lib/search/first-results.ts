/**
 * Precomputed first results for the words so common that Pagefind would fetch more than the search
 * budget to answer them (a word on nearly every letter of a 20,000-letter archive has a page list of
 * 100–250 KB). The build runs the search page's own search (engine.ts) for each such word with
 * Pagefind in Node and writes the first page of results as the page would show them
 * (result-view.ts) with the total count; the search page shows that answer and loads Pagefind's
 * page list only when the visitor asks for more, filters, a date range or another order.
 *
 * Files (written by scripts/lib/search/first-results.ts):
 *   soeg/svar/<shard>.json  { "<word>": "<answer id>" } for the words whose first letter is <shard>
 *   soeg/svar/<id>.json     FirstResultsAnswer
 * filtre.json lists the shards that exist, so a search for a rare word asks for nothing extra.
 */
import { searchDataPath } from '../routes.ts';
import type { PagefindResult } from './pagefind-api.ts';
import type { ResultView } from './result-view.ts';
import { hasFilters, pagefindSort, type SearchState } from './url-state.ts';
import { shardKey } from './vocabulary.ts';
import type { Buried, Outcome } from './engine.ts';

/** Results in a precomputed answer: one page of the search page. */
export const FIRST_RESULTS_PAGE = 10;

export interface FirstResultsAnswer {
  /** The query the answer is for (lowercase, one word). */
  q: string;
  /** What engine.ts searched, and the note and suggestions it gave (as in its Outcome). */
  searched: string;
  restoredFrom?: string;
  suggestions: string[];
  buried?: Buried[];
  /** All results Pagefind finds for the query. */
  count: number;
  /** Pagefind's ids of the first FIRST_RESULTS_PAGE results, in order. */
  ids: string[];
  views: ResultView[];
}

/** Answer ids by word, for one shard. */
export type FirstResultsShard = Record<string, string>;

/**
 * The key a query is answered under, or undefined when it cannot be: one word (Pagefind treats
 * case alike), no quotes, no spaces.
 */
export function firstResultsKey(term: string): string | undefined {
  const key = term.trim().toLowerCase();
  if (key === '' || /[\s"]/.test(key)) return undefined;
  return key;
}

/** The shard a key is listed in: its first letter, as the vocabulary shards. */
export function firstResultsShardKey(key: string): string {
  return shardKey(key);
}

/** Site paths (relative to the base) of a shard's word list and of an answer. */
export function firstResultsShardPath(shard: string): string {
  return searchDataPath(`svar/${shard}`);
}

export function firstResultsAnswerPath(id: string): string {
  return searchDataPath(`svar/${id}`);
}

/** A precomputed answer is the search only without filters, a date range or an order other than relevance. */
export function canUseFirstResults(state: Pick<SearchState, 'filters' | 'range' | 'sort'>): boolean {
  return !hasFilters(state) && pagefindSort(state.sort) === undefined;
}

/** A result the search page can show: Pagefind's, or a precomputed one that carries its view. */
export type ShownResult = PagefindResult & { view?: ResultView };

/**
 * The answer as the page's result list: `count` results, the first ones with their views; asking
 * for any result's data (the next page) runs the full search once, through `full`.
 */
export function answerResults(answer: FirstResultsAnswer, full: () => Promise<PagefindResult[]>): ShownResult[] {
  let running: Promise<PagefindResult[]> | undefined;
  const data = (i: number) => async () => {
    if (!running) {
      running = full();
      running.catch(() => (running = undefined));
    }
    const r = (await running)[i];
    if (!r) throw new Error(`search result ${i} missing`);
    return r.data();
  };
  return Array.from({ length: answer.count }, (_, i) => {
    const view = answer.views[i];
    return { id: answer.ids[i] ?? `#${i}`, score: 0, data: data(i), ...(view ? { view } : {}) };
  });
}

/** The answer as the engine's outcome: what it searched, its notes and suggestions, and answerResults. */
export function answerOutcome(answer: FirstResultsAnswer, full: () => Promise<PagefindResult[]>): Outcome & { results: ShownResult[] } {
  const { searched, restoredFrom, suggestions, buried } = answer;
  return {
    searched,
    suggestions,
    results: answerResults(answer, full),
    ...(restoredFrom ? { restoredFrom } : {}),
    ...(buried ? { buried } : {}),
  };
}
