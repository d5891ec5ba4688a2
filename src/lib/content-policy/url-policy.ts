/**
 * Which addresses a document may link to or show an image from, judged the way a browser reads
 * them. Before a browser parses a URL it strips leading and trailing spaces and control characters
 * and removes every tab and line break inside it, so "java\tscript:" and " javascript:" are both
 * javascript:. Entities (&#9;, &colon;) are decoded by the Markdown or HTML parser before a value
 * reaches this module; `decoded` values only.
 *
 * Links: http:, https:, mailto:, tel: and addresses on the site itself (/breve/…, #afsnit-2, ../).
 * Images: only files on the site (/bilag/kort.png): an image from another host is blocked by the
 * site's Content-Security-Policy and tells that host who reads the page; a document-relative
 * path (kort.png) is read by Astro as a file next to the Markdown file.
 */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export type UrlKind = 'link' | 'image';

export type UrlRefusal =
  /** A scheme other than the allowed ones: javascript:, data:, vbscript:, file:, … */
  | { reason: 'scheme'; scheme: string }
  /** "//host/…" (or with backslashes): another host without saying which protocol. */
  | { reason: 'other-host' }
  /** An image that is not a file on the site. */
  | { reason: 'image-not-on-site' };

/** The URL as a browser parses it: outer spaces and control characters, inner tabs and newlines gone. */
export function browserUrl(value: string): string {
  // eslint-disable-next-line no-control-regex -- a browser drops C0 control characters round a URL; so must the policy
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The URL's scheme in lower case ("javascript"), or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
}

function otherHost(url: string): boolean {
  return /^[/\\]{2}/.test(url);
}

/** Undefined when the address is allowed; otherwise why not. */
export function judgeUrl(value: string, kind: UrlKind): UrlRefusal | undefined {
  const url = browserUrl(value);
  const scheme = urlScheme(url);
  if (kind === 'image') {
    if (scheme === undefined && !otherHost(url) && url.startsWith('/')) return undefined;
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { reason: 'scheme', scheme };
    return { reason: 'image-not-on-site' };
  }
  if (scheme !== undefined) return (LINK_SCHEMES as readonly string[]).includes(scheme) ? undefined : { reason: 'scheme', scheme };
  return otherHost(url) ? { reason: 'other-host' } : undefined;
}

/**
 * An allowed address as the sanitiser (hast-util-sanitize) must see it to keep it: it compares
 * schemes case-sensitively and reads any colon before a /, ? or # as ending a scheme. So
 * »HTTPS://WWW.KK.DK« (common in old and scanned letters) gets its scheme in lower case, and a
 * relative address with a colon (»side 2:3«, which a browser reads as relative) gets a leading ./;
 * without it the published link silently lost its address. Same target in a browser.
 */
export function sanitizerUrl(value: string): string {
  const url = browserUrl(value);
  const scheme = urlScheme(url);
  if (scheme !== undefined) return `${scheme}${url.slice(scheme.length)}`;
  const colon = url.indexOf(':');
  return colon >= 0 && !/[/?#]/.test(url.slice(0, colon)) ? `./${url}` : url;
}
