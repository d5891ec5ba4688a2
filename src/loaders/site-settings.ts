/** Where the site is published. Read once from the environment so every link honours one base path. */
export interface SiteSettings {
  /** Absolute origin used for feeds, sitemap and citations. */
  site: string;
  /** Base path with leading and trailing slash, e.g. "/" or "/integrationsbarometer/". */
  base: string;
  /** Folder with content (letters, conferences, areas, pages). */
  contentDir: string;
  /** Folder with CSV data. */
  dataDir: string;
  /** Astro's cache (content store, incremental build, letter bodies); kept between builds. */
  cacheDir: string;
}

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  return {
    site: env.SITE_URL ?? 'https://www.kk.dk',
    base: normaliseBase(env.BASE_PATH),
    contentDir: env.BAROMETER_CONTENT_DIR ?? './content',
    dataDir: env.BAROMETER_DATA_DIR ?? './data',
    cacheDir: env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  };
}
