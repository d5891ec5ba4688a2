/**
 * A minimal Atom 1.0 (RFC 4287) writer: feed id, title, updated, author, self and alternate links,
 * and entries with id, title, updated, alternate link, summary and categories. Pure, so the
 * output is tested as a string.
 */
import { escapeXml } from '../format/escape.ts';
export interface AtomEntry {
  /** Permanent IRI of the entry; an absolute URL here. */
  id: string;
  title: string;
  updated: Date;
  /** Absolute URL of the page the entry is about. */
  link: string;
  summary: string;
  categories: string[];
  /** About invented example data (the title and summary say so too); not written to the feed's XML. */
  illustrative?: boolean;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site's front page. */
  alternate: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
  /** Site path (with the base path) of an XSLT stylesheet that lets a browser show the feed as a page. */
  stylesheet?: string;
}

/** RFC 3339 timestamp without milliseconds, in UTC. */
export function atomDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The feed's own `updated` is the newest entry's, not the build time, so an unchanged site
 * produces a byte-identical feed and readers do not see phantom updates.
 */
export function buildAtom(feed: AtomFeed): string {
  const newest = feed.entries.reduce((max, e) => Math.max(max, e.updated.getTime()), 0);
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <updated>${atomDate(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <summary type="text">${escapeXml(e.summary)}</summary>
${e.categories.map((c) => `    <category term="${escapeXml(c)}"/>\n`).join('')}  </entry>
`,
  );
  const pi = feed.stylesheet ? `<?xml-stylesheet type="text/xsl" href="${escapeXml(feed.stylesheet)}"?>\n` : '';
  return `<?xml version="1.0" encoding="utf-8"?>
${pi}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${escapeXml(feed.id)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>
  <updated>${atomDate(new Date(newest))}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
${entries.join('')}</feed>
`;
}
