/**
 * Every address the editions and feeds add to the site, built in one place (site paths without the
 * base path: pass them through href() or an absolute-URL helper). Moves to src/lib/routes.ts when the
 * shared routes module lands.
 */
export const EDITIONS_PATH = 'udgaver/';

export function editionPath(date: string): string {
  return `${EDITIONS_PATH}${date}/`;
}

/** The anchor of one indicator's row on an edition's page. */
export function editionIndicatorAnchor(id: string): string {
  return `indikator-${id}`;
}

export function editionIndicatorHref(date: string, id: string): string {
  return `${editionPath(date)}#${editionIndicatorAnchor(id)}`;
}

/** The indicator's rows of measurements.csv as they stood in the edition. */
export function editionCsvPath(date: string, id: string): string {
  return `${editionPath(date)}indikatorer/${id}/data.csv`;
}

/** The edition's chart for framing on other sites; it never changes. */
export function editionEmbedPath(date: string, id: string): string {
  return `${editionPath(date)}indikatorer/${id}/indlejr/`;
}

export function indicatorFeedPath(id: string): string {
  return `indikatorer/${id}/feed.xml`;
}

export function areaFeedPath(area: string): string {
  return `omraader/${area}/feed.xml`;
}

export const SITE_FEED_PATH = 'feed.xml';
/** The XSLT stylesheet that lets a browser show a feed as a Danish page, and its CSS. */
export const FEED_XSL_PATH = 'feed.xsl';
export const FEED_CSS_PATH = 'feed.css';
