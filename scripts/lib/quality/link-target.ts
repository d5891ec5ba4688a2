/**
 * Where a reference found in a built page points: a file in the built site (with an optional
 * #fragment), another site, or nothing worth checking (mailto:, tel:, data:). Pure: the page's own
 * URL path, the base path and the site's public origin are passed in.
 */
export type LinkTarget =
  | { kind: 'internal'; path: string; fragment: string }
  | { kind: 'external'; url: string }
  | { kind: 'ignored'; scheme: string }
  | { kind: 'invalid'; reason: string };

/** Origin used to resolve relative references; it never leaves this module. */
const LOCAL = 'http://site.invalid';
const IGNORED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'sms:']);

export interface LinkContext {
  /** URL path of the page the reference is on, e.g. "/integrationsbarometer/breve/x/". */
  pagePath: string;
  /** The site's public origin (SITE_URL); absolute links to it count as internal. */
  siteOrigin: string;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function classifyReference(value: string, ctx: LinkContext): LinkTarget {
  const raw = value.trim();
  if (/^javascript:/i.test(raw)) return { kind: 'invalid', reason: 'javascript:-link (ikke tilladt; brug en knap eller et rigtigt link)' };
  let url: URL;
  try {
    url = new URL(raw, LOCAL + ctx.pagePath);
  } catch {
    return { kind: 'invalid', reason: 'kan ikke læses som en URL' };
  }
  if (IGNORED_SCHEMES.has(url.protocol)) return { kind: 'ignored', scheme: url.protocol };
  const local = url.origin === LOCAL || url.origin === new URL(ctx.siteOrigin).origin;
  if (!local) {
    if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'external', url: url.href };
    return { kind: 'ignored', scheme: url.protocol };
  }
  return { kind: 'internal', path: decode(url.pathname), fragment: decode(url.hash.replace(/^#/, '')) };
}

/** URL path of a built file, e.g. "breve/x/index.html" → "/base/breve/x/". */
export function pagePathForFile(file: string, base: string): string {
  const rel = file.replace(/\\/g, '/').replace(/^\/+/, '');
  const dir = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return base + dir;
}

export type FileForPath = { file: string; needsSlash?: true } | { outsideBase: true };

/**
 * The file in the built site that serves a URL path: folders serve their index.html. The base path
 * itself without its trailing slash ("/integrationsbarometer") is flagged, since the site is built
 * with trailing slashes and not every static host redirects.
 */
export function fileForPath(path: string, base: string): FileForPath {
  if (`${path}/` === base) return { file: 'index.html', needsSlash: true };
  if (!path.startsWith(base)) return { outsideBase: true };
  const rel = path.slice(base.length);
  return { file: rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel };
}
