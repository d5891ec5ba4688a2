/** /omraader/<area>/feed.xml: Atom feed of the area's new values, revisions, status changes and letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TEXT } from '../../../lib/copy/editions.ts';
import { AREAS, type AreaId } from '../../../lib/registry/areas.ts';
import { areaFeedPath, areaPath } from '../../../lib/routes.ts';
import { feedResponse } from '../../../loaders/feed-response.ts';
import { areaFeedEntries } from '../../../loaders/site-feeds.ts';

export const getStaticPaths = (() =>
  AREAS.map((a) => ({ params: { area: a.id }, props: { area: a.id, name: a.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { area, name } = props as { area: AreaId; name: string };
  return feedResponse(site, {
    feedPath: areaFeedPath(area),
    pagePath: areaPath(area),
    title: FEED_TEXT.areaFeedTitle(name),
    subtitle: FEED_TEXT.areaSubtitle,
    entries: (letters, url) => areaFeedEntries(area, letters, url),
  });
};
