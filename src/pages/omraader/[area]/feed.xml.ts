/** /omraader/<area>/feed.xml: Atom feed of the area's new values, revisions, status changes and letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { da } from '../../../lib/copy/index.ts';
import { buildAtom } from '../../../lib/archive/atom.ts';
import { absoluteUrl } from '../../../lib/archive/sitemap.ts';
import { AREAS, type AreaId } from '../../../lib/registry/areas.ts';
import { areaFeedEntries } from '../../../loaders/site-feeds.ts';
import { FEED_TEXT } from '../../../lib/copy/editions.ts';
import { areaFeedPath, feedXslPath, areaPath } from '../../../lib/routes.ts';
import { href } from '../../../lib/url.ts';

export const getStaticPaths = (() =>
  AREAS.map((a) => ({ params: { area: a.id }, props: { area: a.id, name: a.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { area, name } = props as { area: AreaId; name: string };
  const url = (path: string) => absoluteUrl(String(site), import.meta.env.BASE_URL, path);
  const xml = buildAtom({
    id: url(areaFeedPath(area)),
    title: FEED_TEXT.areaFeedTitle(name),
    subtitle: FEED_TEXT.areaSubtitle,
    self: url(areaFeedPath(area)),
    alternate: url(areaPath(area)),
    author: da.owner,
    lang: 'da',
    entries: areaFeedEntries(area, await getCollection('letters'), url),
    stylesheet: href(feedXslPath()),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
