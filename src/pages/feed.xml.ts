/** /feed.xml: Atom feed of the newest letters, each indicator's newest measurement, revisions and area status changes. */
import type { APIRoute } from 'astro';
import { letterEntries, measurementEntries, sortEntries } from '../lib/archive/feed-entries.ts';
import { archiveCopy, da } from '../lib/copy/index.ts';
import { feedPath } from '../lib/routes.ts';
import { feedResponse } from '../loaders/feed-response.ts';
import { getBarometer } from '../loaders/site-data.ts';
import { siteChangeEntries } from '../loaders/site-feeds.ts';
import { siteHistory } from '../loaders/site-history.ts';

/** Letters in the feed; a reader only needs the recent ones, and the feed stays small with 5,000 letters. */
const MAX_LETTERS = 50;

export const GET: APIRoute = ({ site }) =>
  feedResponse(site, {
    feedPath: feedPath(),
    pagePath: '',
    idPath: '',
    title: da.siteName,
    subtitle: archiveCopy.feedSubtitle(da.siteTagline),
    entries: (letters, url) => {
      const { indicators, measurements } = getBarometer();
      const history = siteHistory();
      return sortEntries([
        ...letterEntries(letters, url, MAX_LETTERS),
        ...measurementEntries(indicators, measurements, (id) => history.byIndicator.get(id), url),
        // Corrections and the areas' status changes: a revised value reaches readers, not only new ones.
        ...siteChangeEntries(url),
      ]);
    },
  });
