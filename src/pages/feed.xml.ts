/** /feed.xml: Atom feed of the newest letters, each indicator's newest measurement, revisions and area status changes. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildAtom } from '../lib/archive/atom.ts';
import { letterEntries, measurementEntries, sortEntries } from '../lib/archive/feed-entries.ts';
import { absoluteUrl } from '../lib/archive/sitemap.ts';
import { getBarometer } from '../loaders/site-data.ts';
import { siteHistory } from '../loaders/site-history.ts';
import { feedPath, feedXslPath } from '../lib/routes.ts';
import { archiveCopy, da } from '../lib/copy/index.ts';
import { siteChangeEntries } from '../loaders/site-feeds.ts';
import { href } from '../lib/url.ts';

/** Letters in the feed; a reader only needs the recent ones, and the feed stays small with 5,000 letters. */
const MAX_LETTERS = 50;

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => absoluteUrl(String(site), import.meta.env.BASE_URL, path);
  const letters = await getCollection('letters');
  const { indicators, measurements } = getBarometer();
  const history = siteHistory();
  const entries = sortEntries([
    ...letterEntries(letters, url, MAX_LETTERS),
    ...measurementEntries(indicators, measurements, (id) => history.byIndicator.get(id), url),
    // Corrections and the areas' status changes: a revised value reaches readers, not only new ones.
    ...siteChangeEntries(url),
  ]);
  const xml = buildAtom({
    id: url(''),
    title: da.siteName,
    subtitle: archiveCopy.feedSubtitle(da.siteTagline),
    self: url(feedPath()),
    alternate: url(''),
    author: da.owner,
    lang: 'da',
    entries,
    stylesheet: href(feedXslPath()),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
