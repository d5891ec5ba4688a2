/** /feed.xml: Atom feed of the newest letters, each indicator's newest measurement, revisions and area status changes. */
import type { APIRoute } from 'astro';
import { archiveCopy, da } from '../lib/copy/index.ts';
import { feedPath } from '../lib/routes.ts';
import { feedResponse } from '../loaders/feed-response.ts';
import { siteFeedEntries } from '../loaders/site-feeds.ts';

export const GET: APIRoute = ({ site }) =>
  feedResponse(site, {
    feedPath: feedPath(),
    pagePath: '',
    idPath: '',
    title: da.siteName,
    subtitle: archiveCopy.feedSubtitle(da.siteTagline),
    entries: siteFeedEntries,
  });
