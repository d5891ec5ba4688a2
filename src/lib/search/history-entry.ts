/**
 * Which searches get their own entry in the browser's history, so Back returns to the previous
 * search instead of leaving /soeg/. The page searches as the visitor types; an entry per keystroke
 * would make Back step through »k«, »ko«, »kon« …, so typing replaces the current entry until the
 * visitor has settled on it: pressed Enter or had its results in front of them for SETTLED_AFTER_MS.
 * Only then does the next different search push a new entry. A filter, the order or the dates are
 * chosen for the results on screen, so changing them always keeps the search before. An empty
 * search page is never kept: the first search replaces it.
 */

/** Why the page searched. */
export type SearchCause =
  /** A pause in typing. */
  | 'typing'
  /** Enter in the search field, or a suggestion chosen. */
  | 'submit'
  /** A filter, the order or the date range changed (also Enter in a date field), or the filters were cleared. */
  | 'refine'
  /** The page loaded with a search in its address, or Back/Forward brought one. */
  | 'address';

/** The search the current history entry holds. */
export interface HistoryEntry {
  /** The entry's query string (»?q=…&aar=…«, or »« for the empty search page). */
  query: string;
  /** Kept on Back: the visitor chose it, or read its results long enough. */
  settled: boolean;
  /** When its results were shown (performance.now()); undefined while they are still coming. */
  shownAt?: number;
}

/** Results on screen this long count as read: the next search gets its own entry. */
export const SETTLED_AFTER_MS = 3_000;

export interface HistoryStep {
  /** push: a new entry; replace: the current entry's address changes; none: it stays. */
  action: 'push' | 'replace' | 'none';
  entry: HistoryEntry;
}

/** Whether an entry would be kept if the visitor searched for something else now. */
export function isSettled(entry: HistoryEntry, now: number): boolean {
  return entry.settled || (entry.shownAt !== undefined && now - entry.shownAt >= SETTLED_AFTER_MS);
}

/** What a search with this query string, for this cause, does to the history. */
export function historyStep(current: HistoryEntry, query: string, cause: SearchCause, now: number): HistoryStep {
  const chosen = cause !== 'typing';
  if (cause === 'address') return { action: query === current.query ? 'none' : 'replace', entry: { query, settled: true } };
  if (query === current.query) {
    // Enter on the search already shown settles it without a second entry for the same address.
    return { action: 'none', entry: { ...current, settled: current.settled || chosen } };
  }
  // A filter or an order is chosen for the results on screen: those are kept whatever their age.
  const keep = current.query !== '' && (cause === 'refine' || isSettled(current, now));
  return { action: keep ? 'push' : 'replace', entry: { query, settled: chosen } };
}

/** The current entry with its results now on screen (for isSettled). */
export function shown(entry: HistoryEntry, query: string, now: number): HistoryEntry {
  return entry.query === query && entry.shownAt === undefined ? { ...entry, shownAt: now } : entry;
}

/** The form as the visitor typed it, kept with its history entry: Back shows »2009« in »Fra måned«, not the address's »2009-01«. */
export interface TypedForm {
  q: string;
  fra: string;
  til: string;
}

/** A history entry's typed form, or undefined when the entry holds none (a page loaded from its address, or another page's state). */
export function typedForm(state: unknown): TypedForm | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { q, fra, til } = state as Record<string, unknown>;
  return typeof q === 'string' && typeof fra === 'string' && typeof til === 'string' ? { q, fra, til } : undefined;
}
