/**
 * Astro integration: after the build, list the built HTML files and write sitemap.xml (an index of
 * sitemap-N.xml files past 50,000 pages) next to them. Reading the output (not the routes) means
 * pages added by any route are included.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSitemapFiles } from '../lib/archive/sitemap.ts';

function htmlFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(root, full, out);
    else if (entry.name.endsWith('.html')) out.push(relative(root, full));
  }
  return out;
}

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
        const root = fileURLToPath(dir);
        for (const f of buildSitemapFiles(htmlFiles(root), site, base)) writeFileSync(join(root, f.name), f.xml);
      },
    },
  };
}
