/** /feed.xml: Atom feed of the newest letters, each indicator's newest measurement, revisions and area status changes. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { da } from '../lib/i18n/da.ts';
import { buildAtom } from '../lib/archive/atom.ts';
import { letterEntries, measurementEntries, sortEntries } from '../lib/archive/feed-entries.ts';
import { absoluteUrl } from '../lib/archive/sitemap.ts';
import { getBarometer } from '../lib/data/site-data.ts';
import { siteHistory } from '../lib/history/site-history.ts';
import { siteChangeEntries } from '../lib/feeds/site-feeds.ts';
import { FEED_XSL_PATH } from '../lib/editions/paths.ts';
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
    subtitle: `${da.siteTagline}: nye breve og målinger, rettelser og ændret status`,
    self: url('feed.xml'),
    alternate: url(''),
    author: da.owner,
    lang: 'da',
    entries,
    stylesheet: href(FEED_XSL_PATH),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
