/**
 * The entries of the per-indicator and per-area feeds, and the revisions and status changes that
 * reach the site's own feed: value changes (value-entries.ts), status changes (status-events.ts)
 * and letters about the indicator or area. Newest first, capped so a feed stays small. Pure.
 */
import type { AtomEntry } from '../archive/atom.ts';
import { sortEntries } from '../archive/feed-entries.ts';
import { COLOUR_NAME } from '../copy/index.ts';
import { FEED_TEXT } from '../copy/editions.ts';
import type { StatusEvent } from './status-events.ts';

/** Entries per topic feed: a reader's feed reader only needs the recent ones. */
export const MAX_TOPIC_ENTRIES = 50;

/**
 * Entries in the site feed and on /nyheder/: the newest only, so the news page stays far under the
 * 150 KB page budget however many indicators and letters the site has (250 entries, one per
 * indicator of a 200-indicator archive, made a 211 KB page).
 */
export const MAX_SITE_ENTRIES = 60;

export function statusEntry(e: StatusEvent, pageUrl: string, subject: string): AtomEntry {
  const from = `${COLOUR_NAME[e.from.colour]}: ${e.from.status}`;
  const to = `${COLOUR_NAME[e.to.colour]}: ${e.to.status}`;
  return {
    id: `${pageUrl}#status-${e.sha.slice(0, 12)}`,
    title: `${FEED_TEXT.statusChange}: ${subject}: ${from} → ${to}`,
    updated: new Date(e.date),
    link: `${pageUrl}#status`,
    summary: `${FEED_TEXT.statusChanged(subject, from, to)} ${e.explanation}`,
    categories: ['status', e.area],
  };
}

/** Newest first (ties by title), at most `max`. */
export function newestEntries(entries: readonly AtomEntry[], max = MAX_TOPIC_ENTRIES): AtomEntry[] {
  return sortEntries(entries).slice(0, max);
}
