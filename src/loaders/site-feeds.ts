/**
 * The feeds of this build: read git once (the change history and the data timeline, each cached for
 * the build) and compose the entries of the site feed, each area's and each indicator's. Status
 * changes are computed once per build for all indicators.
 */
import type { LetterData } from '../lib/content-schemas.ts';
import type { AtomEntry } from '../lib/archive/atom.ts';
import { letterEntries, measurementEntries } from '../lib/archive/feed-entries.ts';
import { getBarometer } from './site-data.ts';
import { lettersAdded } from './letters-added.ts';
import { siteHistory } from './site-history.ts';
import { isEditorCommit } from '../lib/history/commit-kind.ts';
import { siteEditions } from './site-editions.ts';
import { areaPath, indicatorPath } from '../lib/routes.ts';
import { areaName, type AreaId } from '../lib/registry/areas.ts';
import { statusEvents, type StatusEvent } from '../lib/feeds/status-events.ts';
import { MAX_SITE_ENTRIES, newestEntries, statusEntry } from '../lib/feeds/topic-feeds.ts';
import { valueEntries } from '../lib/feeds/value-entries.ts';
import { lettersAbout } from '../lib/feeds/letters-by-topic.ts';
import { FEED_TEXT } from '../lib/copy/editions.ts';

type Letter = { id: string; data: LetterData };

let events: StatusEvent[] | undefined;

function allStatusEvents(): StatusEvent[] {
  if (!events) {
    const t = siteEditions().timeline;
    events = t.available ? statusEvents(t.states) : [];
  }
  return events;
}

function isEditor(files: readonly string[]): boolean {
  return isEditorCommit(files, siteHistory().editorFolders);
}

function indicatorValueEntries(id: string, url: (path: string) => string): AtomEntry[] {
  const ind = getBarometer().indicators.find((i) => i.id === id);
  if (!ind) return [];
  return valueEntries(ind, siteHistory().byIndicator.get(id), isEditor, url(indicatorPath(id)));
}

export function indicatorFeedEntries(id: string, letters: readonly Letter[], url: (path: string) => string): AtomEntry[] {
  const page = url(indicatorPath(id));
  const ind = getBarometer().indicators.find((i) => i.id === id);
  const status = allStatusEvents()
    .filter((e) => e.indicatorId === id)
    .map((e) => statusEntry(e, page, ind?.title ?? e.title));
  const about = lettersAbout(letters, 'indicators', id);
  return newestEntries([
    ...indicatorValueEntries(id, url),
    ...status,
    ...letterEntries(about, url, Number.MAX_SAFE_INTEGER, lettersAdded()),
  ]);
}

export function areaFeedEntries(area: AreaId, letters: readonly Letter[], url: (path: string) => string): AtomEntry[] {
  const page = url(areaPath(area));
  const ids = getBarometer()
    .indicators.filter((i) => i.area === area)
    .map((i) => i.id);
  const values = ids.flatMap((id) => indicatorValueEntries(id, url));
  // The area's status is its main indicator's: those changes are the area's; the others are told as the indicator's.
  const status = allStatusEvents()
    .filter((e) => e.area === area)
    .map((e) => (e.main ? statusEntry(e, page, areaName(area)) : statusEntry(e, url(indicatorPath(e.indicatorId)), e.title)));
  const about = lettersAbout(letters, 'areas', area);
  return newestEntries([...values, ...status, ...letterEntries(about, url, Number.MAX_SAFE_INTEGER, lettersAdded())]);
}

/** For the site feed: every revision of a published value and every change of an area's status. */
export function siteChangeEntries(url: (path: string) => string): AtomEntry[] {
  const revisions = getBarometer().indicators.flatMap((i) =>
    indicatorValueEntries(i.id, url).filter((e) => e.categories.includes(FEED_TEXT.categoryRevision)),
  );
  const status = allStatusEvents()
    .filter((e) => e.main)
    .map((e) => statusEntry(e, url(areaPath(e.area)), areaName(e.area)));
  return newestEntries([...revisions, ...status]);
}

/** Letters in the site feed; a reader only needs the recent ones, and the feed stays small with 5,000 letters. */
const MAX_LETTERS = 50;

/**
 * The site feed's entries (/feed.xml), and the news page's (/nyheder/) with site hrefs for `url`:
 * the newest letters, each indicator's newest measurement, revisions and the areas' status changes;
 * the newest MAX_SITE_ENTRIES of them.
 */
export function siteFeedEntries(letters: readonly Letter[], url: (path: string) => string): AtomEntry[] {
  const { indicators, measurements } = getBarometer();
  const history = siteHistory();
  return newestEntries(
    [
      ...letterEntries(letters, url, MAX_LETTERS, lettersAdded()),
      ...measurementEntries(indicators, measurements, (id) => history.byIndicator.get(id), url),
      // Corrections and the areas' status changes: a revised value reaches readers, not only new ones.
      ...siteChangeEntries(url),
    ],
    MAX_SITE_ENTRIES,
  );
}
