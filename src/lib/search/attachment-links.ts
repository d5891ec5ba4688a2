/**
 * Where a search hit in an attached file's text leads: for a PDF, into the PDF at the page the
 * paragraph is on (its anchor side-3-2 is page 3 → bilag-1.pdf#page=3); for other files, to the
 * paragraph on the text page, as for a letter. The text page tells the file in its Pagefind meta
 * (`fil`), src/lib/attachments/text-page.ts the anchors.
 */
import { pdfPageUrl } from '../attachments/paths.ts';

/** The PDF page a text page's anchor is on: "side-3" or "side-3-2" → 3. */
export function pdfPageOfAnchor(id: string | undefined): number | undefined {
  const m = /^side-(\d+)(?:-\d+)?$/.exec(id ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The PDF URL and page for a hit, or undefined when the hit stays on the page. */
export function pdfHit(
  meta: Readonly<Record<string, string | undefined>>,
  id: string | undefined,
): { url: string; page: number } | undefined {
  const file = meta.fil;
  const page = pdfPageOfAnchor(id);
  if (!file || page === undefined || !/\.pdf$/i.test(file)) return undefined;
  return { url: pdfPageUrl(file, page), page };
}
