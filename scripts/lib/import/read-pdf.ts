/**
 * Text of a PDF's text layer, read page by page as the build reads an attached PDF
 * (src/lib/attachments/extract-pdf.ts) and laid out as the archive's text exports are. A PDF
 * without a text layer (a scan) gives no text; the caller then tries OCR, if installed, or tells
 * the editor. The text comes back as Markdown that shows it as printed (markdown-safety.ts).
 */
import { pdfPageItems } from '../../../src/lib/attachments/extract-pdf.ts';
import { documentText } from '../../../src/lib/attachments/pdf-layout.ts';
import { escapeLiteral } from './markdown-safety.ts';

export interface PdfText {
  text: string;
  pages: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pages = await pdfPageItems(bytes);
  // A form feed between pages: the parser finds the headers and footers repeated on each page by it.
  // The text is literal, so Markdown's characters in it are escaped.
  return { text: escapeLiteral(documentText(pages, '\f')), pages: pages.length };
}

/** Whether extracted text is too thin to be a text layer (a scanned page has none). */
export function hasTextLayer(text: string): boolean {
  return text.replace(/\s/g, '').length >= 20;
}
