/** Prefix a site-internal path with the base path, so the site works at a root and under a sub-path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Site-internal link for the current build; use this for every href and src. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
