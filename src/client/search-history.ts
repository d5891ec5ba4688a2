/**
 * The search page's entries in the browser's history: which search the current entry holds, and
 * whether a new search pushes an entry or replaces it (the rule: src/lib/search/history-entry.ts).
 * Each entry keeps the form as typed, so Back shows »2007« in »Fra måned« and not »2007-01«.
 */
import { historyStep, shown, typedForm, type HistoryEntry, type SearchCause, type TypedForm } from '../lib/search/history-entry.ts';
import { parseSearchState, searchStateToQuery, type SearchState } from '../lib/search/url-state.ts';

export class SearchHistory {
  private entry: HistoryEntry = { query: location.search, settled: true };

  /** A search with this canonical query string begins: its entry is pushed, replaced or kept. */
  record(query: string, cause: SearchCause, form: TypedForm): void {
    const step = historyStep(this.entry, query, cause, performance.now());
    this.entry = step.entry;
    const url = `${location.pathname}${query}`;
    if (step.action === 'push') history.pushState(form, '', url);
    else if (step.action === 'replace') history.replaceState(form, '', url);
    else history.replaceState(form, '');
  }

  /** The search's results are on screen (after SETTLED_AFTER_MS they count as read). */
  shown(query: string): void {
    this.entry = shown(this.entry, query, performance.now());
  }

  /**
   * After Back or Forward: the search the entry holds, with the form as typed when the entry kept
   * it; undefined when it is the search already shown (a link within the page, »Gå til indhold«,
   * also makes an entry).
   */
  arrived(): { state: SearchState; typed?: TypedForm } | undefined {
    const state = parseSearchState(new URLSearchParams(location.search));
    if (searchStateToQuery(state) === this.entry.query) return undefined;
    this.entry = { query: location.search, settled: true };
    const typed = typedForm(history.state);
    return typed ? { state, typed } : { state };
  }
}
