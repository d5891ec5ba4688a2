// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { siteSettings } from './src/lib/site-settings.ts';
import { paragraphAnchors, wantsAnchors } from './src/lib/archive/paragraph-anchors.ts';
import { compoundParts } from './src/lib/search/compound-parts-plugin.ts';
import { sitemapIntegration } from './src/lib/archive/sitemap-integration.ts';

// One setting for where the site lives: BASE_PATH (e.g. /integrationsbarometer/) and SITE_URL.
// OUT_DIR and ASTRO_CACHE_DIR let the build script and the benchmark build into their own folders.
const settings = siteSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Archive text is printed as written: no smart quotes; letters and reports get paragraph anchors.
  markdown: {
    processor: satteri({
      features: { smartPunctuation: false },
      hastPlugins: [
        paragraphAnchors({ folders: ['letters', 'conferences'] }),
        // Index-only parts of Danish compounds, so the search finds them by a part.
        (doc) =>
          wantsAnchors(doc.fileURL?.href, ['letters', 'conferences', 'areas', 'pages'])
            ? compoundParts(doc.source, /** @type {{ astro?: { frontmatter?: Record<string, unknown> } }} */ (doc.data).astro?.frontmatter)
            : null,
      ],
    }),
  },
  integrations: [mdx(), sitemapIntegration()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  // Content-Security-Policy as a <meta> on every page. Astro hashes every script and <style> it
  // emits, so neither needs 'unsafe-inline'; style attributes (SVG charts) stay allowed via
  // style-src-attr. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. Only the site itself.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
