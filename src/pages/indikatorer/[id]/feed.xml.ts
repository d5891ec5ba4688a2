/** /indikatorer/<id>/feed.xml: Atom feed of the indicator's new values, revisions, status changes and letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { da } from '../../../lib/i18n/da.ts';
import { buildAtom } from '../../../lib/archive/atom.ts';
import { absoluteUrl } from '../../../lib/archive/sitemap.ts';
import { getBarometer } from '../../../lib/data/site-data.ts';
import { indicatorFeedEntries } from '../../../lib/feeds/site-feeds.ts';
import { FEED_TEXT } from '../../../lib/editions/copy.ts';
import { FEED_XSL_PATH, indicatorFeedPath } from '../../../lib/editions/paths.ts';
import { href } from '../../../lib/url.ts';

export const getStaticPaths = (() => getBarometer().indicators.map((i) => ({ params: { id: i.id }, props: { id: i.id, title: i.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { id, title } = props as { id: string; title: string };
  const url = (path: string) => absoluteUrl(String(site), import.meta.env.BASE_URL, path);
  const xml = buildAtom({
    id: url(indicatorFeedPath(id)),
    title: FEED_TEXT.indicatorFeedTitle(title),
    subtitle: FEED_TEXT.indicatorSubtitle,
    self: url(indicatorFeedPath(id)),
    alternate: url(`indikatorer/${id}/`),
    author: da.owner,
    lang: 'da',
    entries: indicatorFeedEntries(id, await getCollection('letters'), url),
    stylesheet: href(FEED_XSL_PATH),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
