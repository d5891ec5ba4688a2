/**
 * Reading the site's own XML: sitemap (<urlset> or <sitemapindex>) locations for the browser tests,
 * and the links inside sitemap and Atom feed for the link check.
 */
import { Parser } from 'htmlparser2';
import type { HtmlReference } from './html-references.ts';
import { positionLookup } from './text-position.ts';

export interface SitemapInfo {
  kind: 'urlset' | 'sitemapindex' | 'other';
  /** The <loc> values, in document order. */
  locs: string[];
}

/** Links in an XML file: <loc> text (sitemaps) and href attributes (Atom <link>). */
export function extractXmlReferences(xml: string): HtmlReference[] {
  const at = positionLookup(xml);
  const refs: HtmlReference[] = [];
  let loc: { start: number; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        if (tag === 'loc') loc = { start: parser.startIndex, text: '' };
        if (attribs.href !== undefined) refs.push({ tag, attr: 'href', value: attribs.href, ...at(parser.startIndex) });
      },
      ontext(text) {
        if (loc) loc.text += text;
      },
      onclosetag(tag) {
        if (tag === 'loc' && loc) {
          refs.push({ tag, attr: 'text', value: loc.text.trim(), ...at(loc.start) });
          loc = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return refs;
}

export function readSitemap(xml: string): SitemapInfo {
  const root = /<(urlset|sitemapindex)[\s>]/.exec(xml)?.[1];
  const locs = extractXmlReferences(xml)
    .filter((r) => r.tag === 'loc')
    .map((r) => r.value);
  return { kind: root === 'urlset' || root === 'sitemapindex' ? root : 'other', locs };
}

/** Path of a sitemap location, e.g. "https://www.kk.dk/integrationsbarometer/breve/" → "/integrationsbarometer/breve/". */
export function locPath(loc: string): string {
  return new URL(loc).pathname;
}

/** Pick the first path matching a pattern, e.g. the first indicator page, so tests need no slugs. */
export function firstMatching(paths: string[], pattern: RegExp): string | undefined {
  return paths.find((p) => pattern.test(p));
}
