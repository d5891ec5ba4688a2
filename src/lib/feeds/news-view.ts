/**
 * The site feed's entries as a page for people (/nyheder/): a browser may stop showing a feed as a
 * page (its XSLT), and a visitor without a feed reader should still find what is new.
 */
import type { AtomEntry } from '../archive/atom.ts';
import { NEWS_TEXT } from '../copy/news.ts';
import { copenhagenDay, timestampText } from '../editions/day-text.ts';
import { MAX_SITE_ENTRIES } from './topic-feeds.ts';

export interface NewsItem {
  title: string;
  /** The entry's link as given (the page passes site hrefs). */
  href: string;
  /** Copenhagen day, ÅÅÅÅ-MM-DD, for <time datetime>. */
  day: string;
  dayText: string;
  /** »Brev«, »Nyeste tal«, »Rettet tal«, »Ændret status«; absent for an unknown category. */
  kind?: string;
  summary: string;
  /** About invented example data: the page prints the »Eksempeldata« mark beside it. */
  illustrative: boolean;
}

/**
 * The summary without a first sentence that only repeats the heading: a feed entry »Nyeste tal: X«
 * has the summary »X. Omfatter: …«, and on a page the reader would read X twice.
 */
export function withoutRepeatedTitle(title: string, summary: string, kind?: string): string {
  const core = kind !== undefined && title.startsWith(`${kind}: `) ? title.slice(kind.length + 2) : title;
  if (core === '' || !summary.startsWith(core)) return summary;
  const next = summary.charAt(core.length);
  if (next !== '' && next !== '.' && next !== ':') return summary;
  return summary.slice(core.length + 1).trimStart();
}

export function newsItems(entries: readonly AtomEntry[]): NewsItem[] {
  return entries.map((e) => {
    const iso = e.updated.toISOString();
    const named = e.categories.map((c) => NEWS_TEXT.kinds[c]).find((k) => k !== undefined);
    // »Nyeste tal: …« already says its kind; saying it twice is noise to a screen reader.
    const kind = named && !e.title.startsWith(named) ? named : undefined;
    return {
      title: e.title,
      href: e.link,
      day: copenhagenDay(iso),
      dayText: timestampText(iso),
      kind,
      summary: withoutRepeatedTitle(e.title, e.summary, named),
      illustrative: e.illustrative === true,
    };
  });
}

/** The note under a list cut at the newest `max` entries (the site feed's own cap); undefined when nothing may be left out. */
export function newsLimitNote(count: number, max = MAX_SITE_ENTRIES): string | undefined {
  return count >= max ? NEWS_TEXT.limited(max) : undefined;
}
