/**
 * The pages the browser tests visit, read from the built site on disk (OUT_DIR or dist/): the
 * sitemap's URLs, or every index.html when there is no sitemap. Concrete pages (an indicator, a
 * letter) are picked by URL pattern, so no test hard-codes a slug that content could change.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSite, firstMatching, pagePatterns, publishedPaths, unlistedPages } from '../../scripts/lib/dist.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE = builtSite(process.env, ROOT);
const published = existsSync(SITE.dir) ? publishedPaths(SITE) : { paths: [], source: 'intet bygget site' };

/**
 * Every published page path (with the base path): the sitemap's, in its order, then the pages that are
 * built but kept out of the sitemap because they ask not to be indexed (the embed pages).
 */
export const PAGES: string[] = [
  ...published.paths,
  ...(existsSync(SITE.dir) && published.paths.length > 0 ? unlistedPages(SITE, published.paths) : []),
];
export const PAGES_SOURCE = published.source;
/** A path that does not exist, to test the 404 page as a visitor meets it. */
export const NOT_FOUND_PATH = `${SITE.base}denne-side-findes-ikke/`;
export const NO_PAGES_HINT = `Ingen sider fundet i ${SITE.dir} (${PAGES_SOURCE}): byg sitet først med \`npm run build\``;

export const PATTERNS = pagePatterns(SITE.base);

/** The first published page matching a pattern, or undefined. */
export const firstPage = (pattern: RegExp) => firstMatching(PAGES, pattern);

/** A word that is on most pages of the site, to exercise search with results. */
export const SEARCH_WORD = 'integration';
