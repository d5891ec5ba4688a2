// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { siteSettings } from './src/loaders/site-settings.ts';
import { markdownProcessorOptions } from './src/integrations/markdown-processor.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';

// One setting for where the site lives: BASE_PATH (e.g. /integrationsbarometer/) and SITE_URL.
// OUT_DIR and ASTRO_CACHE_DIR let the build script and the benchmark build into their own folders.
const settings = siteSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: settings.cacheDir,
  // Eight pages in flight: a warm build copies most pages from the cache, and one copy at a time
  // left the process waiting on the disk for most of that phase (README, Benchmark). The same in
  // every build: Astro's content layer empties its store when any of this config changes, so a
  // warm build with another value than the cold one re-rendered every letter (77.2 s, not 27–34 s).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // Two files for one URL (a letter's id, a route) stop the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  // Letters and reports go through the content policy inside the Markdown processor (.md and
  // .mdx): see src/integrations/markdown-processor.ts. No syntax highlighting: it would write
  // style attributes, which the policy does not allow.
  markdown: {
    syntaxHighlight: false,
    processor: satteri(markdownProcessorOptions()),
  },
  integrations: [mdx(), sitemapIntegration()],
  // The build script (scripts/build.ts) gives Astro an output folder of its own, emptied by the
  // script; a warm build first fills it with hard links to the cached pages, which Astro then keeps
  // instead of copying them again (scripts/lib/build/reuse-pages.ts). The same in every build the
  // script runs (see build above); a plain `astro build` into ./dist empties it as usual.
  vite: { build: { emptyOutDir: !process.env.OUT_DIR } },
  devToolbar: { enabled: false },
  // A page whose getStaticPaths() entry has a cacheKey is copied from the previous build (kept in
  // cacheDir) when the key and its code are unchanged: a new letter re-renders only the pages that
  // show it (README, Benchmark). src/lib/cache-key.ts says what a key must cover.
  experimental: { incrementalBuild: true },
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
