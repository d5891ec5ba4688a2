/**
 * aria-current on the site's navigation links (WCAG 1.3.1, 4.1.2): "page" only on a link to the
 * page being shown; "true" on a link to the section or list the page is part of (the main
 * navigation's »Breve« on a letter, an archive filter on its list's later pages); nothing
 * otherwise. Marking a section link "page" told screen reader users they were on a page they were not.
 */
export type AriaCurrent = 'page' | 'true' | undefined;

/** A path compared as an address: decoded, without »index.html«, with its trailing slash. */
function normalPath(path: string): string {
  let p = path.split(/[?#]/)[0] ?? '';
  try {
    p = decodeURI(p);
  } catch {
    // A malformed escape is compared as written.
  }
  p = p.replace(/index\.html$/, '');
  return p.endsWith('/') ? p : `${p}/`;
}

/**
 * `linkPath` and `pagePath` are both as the browser sees them (with the base path). `within`: the
 * page belongs to what the link leads to.
 */
export function ariaCurrent(linkPath: string, pagePath: string, within: boolean): AriaCurrent {
  if (normalPath(linkPath) === normalPath(pagePath)) return 'page';
  return within ? 'true' : undefined;
}
