/**
 * sitemap.xml from the list of HTML files that were actually built, so every page of every
 * route is listed whoever wrote it, and every URL carries the site's base path.
 */
import { withBase } from '../url.ts';
import { escapeXml } from '../format/escape.ts';

/** Public path of a built HTML file ("breve/index.html" → "breve/"); undefined for the 404 page. */
export function pagePath(file: string): string | undefined {
  const f = file.replace(/\\/g, '/').replace(/^\/+/, '');
  if (!f.endsWith('.html') || f === '404.html' || f === '404/index.html') return undefined;
  if (f === 'index.html') return '';
  return f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f;
}

/** Absolute URL of a page: site origin + base path + page path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** True when a page's HTML asks search engines not to index it: such a page does not belong in the sitemap. */
export function isNoindex(html: string): boolean {
  for (const m of html.matchAll(/<meta\s[^>]*>/gi)) {
    const tag = m[0];
    if (/\bname\s*=\s*["']?robots["']?/i.test(tag) && /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag)) return true;
  }
  return false;
}

/** robots.txt: everything may be crawled, and the sitemap is named by its absolute address. */
export function robotsTxt(site: string, base: string): string {
  return `User-agent: *\nAllow: ${withBase(base, '')}\n\nSitemap: ${absoluteUrl(site, base, 'sitemap.xml')}\n`;
}

function sortedUrls(files: readonly string[], site: string, base: string): string[] {
  return [...new Set(files.map(pagePath).filter((p): p is string => p !== undefined))].map((p) => absoluteUrl(site, base, p)).sort();
}

function urlset(urls: readonly string[]): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** The sitemap document for these built files, URLs sorted so the file is stable between builds. */
export function buildSitemap(files: readonly string[], site: string, base: string): string {
  return urlset(sortedUrls(files, site, base));
}

/** The sitemap protocol allows at most 50,000 URLs in one file. */
export const MAX_SITEMAP_URLS = 50_000;

/**
 * The sitemap files to write: sitemap.xml alone while the site has at most `max` pages; beyond
 * that (a 50,000-letter archive) sitemap.xml becomes a sitemap index of sitemap-1.xml, sitemap-2.xml …
 */
export function buildSitemapFiles(
  files: readonly string[],
  site: string,
  base: string,
  max = MAX_SITEMAP_URLS,
): { name: string; xml: string }[] {
  const urls = sortedUrls(files, site, base);
  if (urls.length <= max) return [{ name: 'sitemap.xml', xml: urlset(urls) }];
  const parts: { name: string; xml: string }[] = [];
  for (let i = 0; i < urls.length; i += max) parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: urlset(urls.slice(i, i + max)) });
  const entries = parts.map((p) => `  <sitemap><loc>${escapeXml(absoluteUrl(site, base, p.name))}</loc></sitemap>`).join('\n');
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
  return [{ name: 'sitemap.xml', xml: index }, ...parts];
}
