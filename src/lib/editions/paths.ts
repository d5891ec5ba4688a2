/**
 * What the editions add besides routes (those are in src/lib/routes.ts): the id of an indicator's row
 * on an edition's page, and the feeds' stylesheet, a static file in public/.
 */
export function editionIndicatorAnchor(id: string): string {
  return `indikator-${id}`;
}

/** The CSS the feed stylesheet links to (public/feed.css), not a page. */
export const FEED_CSS_PATH = 'feed.css';
