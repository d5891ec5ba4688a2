import { EMBED_TEXT } from '../copy/embed.ts';
import { escapeXml } from '../format/escape.ts';
/**
 * Embedding an indicator's chart on another site: the embed page's address, the standalone SVG's
 * address, and the <iframe> code shown on the indicator page for copying.
 */

/**
 * Tall enough for the wide chart, its title, whom it covers, the flag legend, source and link at common
 * column widths (measured on every indicator's embed page at 700 px; most fit at 360 px too).
 */
export const EMBED_HEIGHT = 600;

/**
 * The embed page's <title> for a chart (`subject`: what iframeCode is given): »Graf: …«, as the
 * iframe's title says, so the frame's document is not titled like the indicator page (WCAG 2.4.2).
 */
export function embedPageTitle(subject: string): string {
  return EMBED_TEXT.pageTitle(subject);
}

/** The subject of an edition's frozen embed, for its iframe code and its page alike. */
export function editionEmbedSubject(indicatorTitle: string, editionTitle: string, day: string): string {
  return EMBED_TEXT.editionSubject(indicatorTitle, editionTitle, day);
}

/** The code an editor of another site pastes: a titled, lazy, borderless iframe at full width. */
export function iframeCode(embedUrl: string, title: string): string {
  const t = escapeXml(EMBED_TEXT.iframeTitle(title));
  return `<iframe src="${escapeXml(embedUrl)}" title="${t}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}
