/**
 * Text into XML or HTML markup (content or a double-quoted attribute): the one escaping helper of the
 * site. Feeds, sitemaps, chart files, the page's chart and the search results all use it.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
