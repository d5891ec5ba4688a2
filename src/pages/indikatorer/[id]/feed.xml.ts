/** /indikatorer/<id>/feed.xml: Atom feed of the indicator's new values, revisions, status changes and letters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TEXT } from '../../../lib/copy/editions.ts';
import { indicatorFeedPath, indicatorPath } from '../../../lib/routes.ts';
import { feedResponse } from '../../../loaders/feed-response.ts';
import { getBarometer } from '../../../loaders/site-data.ts';
import { indicatorFeedEntries } from '../../../loaders/site-feeds.ts';

export const getStaticPaths = (() =>
  getBarometer().indicators.map((i) => ({ params: { id: i.id }, props: { id: i.id, title: i.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { id, title } = props as { id: string; title: string };
  return feedResponse(site, {
    feedPath: indicatorFeedPath(id),
    pagePath: indicatorPath(id),
    title: FEED_TEXT.indicatorFeedTitle(title),
    subtitle: FEED_TEXT.indicatorSubtitle,
    entries: (letters, url) => indicatorFeedEntries(id, letters, url),
  });
};
