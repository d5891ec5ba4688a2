/**
 * Astro integration: after the build, list the built HTML files and write sitemap.xml (an index of
 * sitemap-N.xml files past 50,000 pages) next to them. Reading the output (not the routes) means
 * pages added by any route are included; a page that asks not to be indexed (<meta name="robots"
 * content="noindex">, the embed pages) is left out.
 */
import { closeSync, openSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSitemapFiles, isNoindex } from '../lib/archive/sitemap.ts';
import { currentBuildPart } from '../loaders/build-part.ts';

/** The start of a file: the <head> is all the noindex test needs, and it keeps a 20,000-page build cheap. */
function head(file: string, bytes = 8192): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function htmlFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(root, full, out);
    else if (entry.name.endsWith('.html')) out.push(relative(root, full));
  }
  return out;
}

/** Write sitemap.xml (and its parts) for the built site in `root`. */
export function writeSitemap(root: string, site: string, base: string): void {
  const listed = htmlFiles(root).filter((f) => !isNoindex(head(join(root, f))));
  for (const f of buildSitemapFiles(listed, site, base)) writeFileSync(join(root, f.name), f.xml);
}

/**
 * The integration, for `astro build`. scripts/build.ts writes the sitemap itself with writeSitemap()
 * (SITEMAP_BY_BUILD_SCRIPT=1, or a build in parts, src/lib/build-parts.ts, where no part has every
 * page), while Pagefind indexes the pages, so it costs the build no time of its own.
 */
export function sitemapIntegration(): AstroIntegration {
  let site = 'https://www.kk.dk';
  let base = '/';
  return {
    name: 'ib-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        if (!currentBuildPart() && process.env.SITEMAP_BY_BUILD_SCRIPT !== '1') writeSitemap(fileURLToPath(dir), site, base);
      },
    },
  };
}
