/**
 * Numbered paragraphs' ids, »afsnit-3«: made for documents (src/integrations/paragraph-anchors.ts)
 * and attachments' text pages (text-page.ts), read back where a search hit names its paragraph
 * (result-view.ts), so the maker and the reader cannot drift apart.
 */
const PREFIX = 'afsnit-';

export function paragraphId(n: number): string {
  return `${PREFIX}${n}`;
}

/** The paragraph's number, or undefined for any other id (a heading's, a PDF page's »side-2-1«). */
export function paragraphNumber(id: string | undefined): number | undefined {
  if (!id?.startsWith(PREFIX)) return undefined;
  const n = id.slice(PREFIX.length);
  return /^[1-9]\d*$/.test(n) ? Number(n) : undefined;
}
