/**
 * An attachment's links judged by the site's link policy (content-policy/url-policy.ts): a web,
 * mail or phone address only. A link in a downloaded PDF or Word file is opened by the reader's
 * program, so more is refused than on a page: an address without a scheme (»www.kk.dk«, »notat.pdf«)
 * is a file beside the document on the reader's computer, and »\\server\share« (or //server) makes
 * Windows send the reader's login to that server (the »Bad-PDF« leak).
 */
import { browserUrl, LINK_SCHEMES, urlScheme } from '../content-policy/url-policy.ts';
import type { ActiveContent } from './active-content.ts';

/** Undefined when the link may stay; otherwise its code: »link:unc«, »link:relative«, »link:<scheme>«. */
export function linkRefusal(value: string): ActiveContent | undefined {
  const url = browserUrl(value);
  // Nothing to open, or a place in the document itself.
  if (url === '' || url.startsWith('#')) return undefined;
  if (/^[/\\]{2}/.test(url)) return 'link:unc';
  // »C:\Windows\…«: a drive, not a scheme.
  if (/^[a-z]:[/\\]/i.test(url)) return 'link:file';
  const scheme = urlScheme(url);
  if (scheme === undefined) return 'link:relative';
  return (LINK_SCHEMES as readonly string[]).includes(scheme) ? undefined : `link:${scheme}`;
}
