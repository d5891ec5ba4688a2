/** Reading a built site from disk for the quality gates: its files and the page paths it publishes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { normaliseBase, siteSettings } from '../../src/loaders/site-settings.ts';
import { firstMatching, locPath, readSitemap } from './quality/sitemap.ts';

export interface BuiltSite {
  /** Absolute folder of the built site. */
  dir: string;
  base: string;
  siteOrigin: string;
}

/** The built site the gates look at: OUT_DIR (default dist/), BASE_PATH and SITE_URL as for the build. */
export function builtSite(env: Record<string, string | undefined> = process.env, root = process.cwd()): BuiltSite {
  const settings = siteSettings(env);
  return { dir: resolve(root, env.OUT_DIR ?? 'dist'), base: normaliseBase(env.BASE_PATH), siteOrigin: new URL(settings.site).origin };
}

/** Every file under dir, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The page paths the site publishes: the <loc>s of dist/sitemap.xml (or sitemap-index.xml and its
 * parts); without a sitemap, every folder with an index.html (Pagefind's own files excluded).
 */
export function publishedPaths(site: BuiltSite): { paths: string[]; source: string } {
  const fromSitemap = (name: string, seen = new Set<string>()): string[] => {
    const file = join(site.dir, name);
    if (seen.has(name) || !existsSync(file)) return [];
    seen.add(name);
    const map = readSitemap(readFileSync(file, 'utf8'));
    if (map.kind === 'urlset') return map.locs.map(locPath);
    if (map.kind === 'sitemapindex') {
      return map.locs.flatMap((loc) => fromSitemap(locPath(loc).slice(site.base.length), seen));
    }
    return [];
  };
  for (const name of ['sitemap.xml', 'sitemap-index.xml']) {
    const paths = fromSitemap(name);
    if (paths.length) return { paths: [...new Set(paths)], source: name };
  }
  const paths = listFiles(site.dir)
    .filter((f) => f === 'index.html' || (f.endsWith('/index.html') && !f.startsWith('pagefind/')))
    .map((f) => site.base + f.slice(0, -'index.html'.length));
  return { paths, source: 'index.html-filer (ingen sitemap.xml)' };
}

/**
 * Pages that are built but not in the sitemap: those that ask not to be indexed (the embed pages).
 * The browser tests visit them too; the sitemap leaves them out for search engines.
 */
export function unlistedPages(site: BuiltSite, listed: readonly string[]): string[] {
  const known = new Set(listed);
  return listFiles(site.dir)
    .filter((f) => f.endsWith('/index.html') && !f.startsWith('pagefind/') && f !== '404/index.html')
    .map((f) => site.base + f.slice(0, -'index.html'.length))
    .filter((p) => !known.has(p));
}

/** URL patterns of the page types, under the base path; tests pick "the first indicator" by pattern. */
export function pagePatterns(base: string) {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = (rel: string) => new RegExp(`^${escaped}${rel}$`);
  return {
    home: at(''),
    area: at('omraader/[^/]+/'),
    indicator: at('indikatorer/[^/]+/'),
    /** Chart-only pages for iframes on other sites: no site chrome, no <main>. */
    embed: at('indikatorer/[^/]+/indlejr/'),
    /** One letter; not a year (/breve/aar/2009/) or committee list. */
    letter: at('breve/(?!aar/|udvalg/)[^/]+/'),
    search: at('soeg/'),
  };
}

export { firstMatching };
