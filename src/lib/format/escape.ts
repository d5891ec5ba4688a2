/**
 * Text into XML or HTML markup (content or a double-quoted attribute): the one escaping helper of the
 * site. Feeds, sitemaps, chart files, the page's chart and the search results all use it.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters XML 1.0 does not allow at all, not even escaped: C0 controls other than tab, line feed
 * and carriage return, U+FFFE/U+FFFF and unpaired surrogates. One in a title (or a commit message
 * shown in a feed) would make every feed reader reject the whole feed, so they are dropped.
 */
export const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching exactly these characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Characters a reader cannot see that still change what a text says or how it looks: bidi controls
 * (U+202E shows »2008-<U+202E>4321« as »2008-1234«, so a journalist copies the wrong case number),
 * zero-width characters (two ids or values that look the same but are not), Unicode line and paragraph
 * separators, the C1 controls a wrong encoding leaves behind, and a byte-order mark inside a text.
 * The check refuses them in content and data, and messages show them as <U+202E>.
 */
export const INVISIBLE = /[\u0080-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** A control character XML cannot hold, or an invisible one: what no published text may show. */
export const HIDDEN = new RegExp(`${NOT_XML.source}|${INVISIBLE.source}`);

export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
