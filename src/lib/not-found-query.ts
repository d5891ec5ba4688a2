/**
 * Search words guessed from a URL that was not found, to pre-fill the 404 page's search field:
 * "/integrationsbarometer/breve/budget-redegoerelse-2007/" → "budget redegoerelse 2007".
 * Only the last path segment counts (the folders are the site's own sections).
 */
export function queryFromMissingPath(pathname: string, base: string): string {
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const last =
    rel
      .split('/')
      .filter((s) => s !== '' && !/^index\.html?$/i.test(s))
      .pop() ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: drop the escapes, keep any plain words.
    decoded = last.replace(/%[0-9a-f]{0,2}/gi, ' ');
  }
  return decoded
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .split(/[-_+.\s]+/)
    .filter((w) => /\p{L}/u.test(w) || /^\d{4}$/.test(w))
    .join(' ')
    .slice(0, 100);
}
