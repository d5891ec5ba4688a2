/** /indikatorer/<id>/feed.xml: Atom feed of the indicator's new values, revisions, status changes and letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { da } from '../../../lib/copy/index.ts';
import { buildAtom } from '../../../lib/archive/atom.ts';
import { absoluteUrl } from '../../../lib/archive/sitemap.ts';
import { getBarometer } from '../../../loaders/site-data.ts';
import { indicatorFeedEntries } from '../../../loaders/site-feeds.ts';
import { FEED_TEXT } from '../../../lib/copy/editions.ts';
import { feedXslPath, indicatorFeedPath, indicatorPath } from '../../../lib/routes.ts';
import { href } from '../../../lib/url.ts';

export const getStaticPaths = (() =>
  getBarometer().indicators.map((i) => ({ params: { id: i.id }, props: { id: i.id, title: i.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { id, title } = props as { id: string; title: string };
  const url = (path: string) => absoluteUrl(String(site), import.meta.env.BASE_URL, path);
  const xml = buildAtom({
    id: url(indicatorFeedPath(id)),
    title: FEED_TEXT.indicatorFeedTitle(title),
    subtitle: FEED_TEXT.indicatorSubtitle,
    self: url(indicatorFeedPath(id)),
    alternate: url(indicatorPath(id)),
    author: da.owner,
    lang: 'da',
    entries: indicatorFeedEntries(id, await getCollection('letters'), url),
    stylesheet: href(feedXslPath()),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
