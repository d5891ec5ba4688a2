// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteSettings } from './src/lib/site-settings.ts';

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
  integrations: [mdx()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
