/**
 * Text of a PDF's text layer, read with unpdf (a maintained build of Mozilla's pdf.js for Node,
 * without a canvas or worker to install). A PDF without a text layer (a scan) gives no text; the
 * caller then tries OCR, if installed, or tells the editor.
 */
import { getDocumentProxy } from 'unpdf';
import { documentText, type TextItem } from './pdf-layout.ts';

export interface PdfText {
  text: string;
  pages: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: TextItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      const [, , , d = 0, x = 0, y = 0] = it.transform as number[];
      items.push({ str: it.str, x, y, width: it.width, height: it.height || Math.abs(d) });
    }
    pages.push(items);
  }
  await pdf.cleanup();
  return { text: documentText(pages), pages: pdf.numPages };
}

/** Whether extracted text is too thin to be a text layer (a scanned page has none). */
export function hasTextLayer(text: string): boolean {
  return text.replace(/\s/g, '').length >= 20;
}
