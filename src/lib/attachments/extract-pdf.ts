/**
 * A PDF's text layer, page by page, read with unpdf (a maintained build of Mozilla's pdf.js for
 * Node, without a canvas or worker to install) and laid out in reading order by pdf-layout.ts. A
 * scan has no text layer: it is still a PDF with pages, marked textless. Used by the build, the
 * editor check and the importer, so all three read a PDF the same way.
 */
import { getDocumentProxy } from 'unpdf';
import { pageText, type TextItem } from './pdf-layout.ts';
import { AttachmentReadError, isTextless, paragraphsOf, type AttachmentText, type TextSection } from './text.ts';

/** pdf.js's exceptions carry their kind in `name`. */
function reasonOf(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return "PDF'en er beskyttet med adgangskode, så teksten kan ikke læses";
  return 'filen er beskadiget eller ikke en gyldig PDF';
}

/** The positioned text items of each page. */
export async function pdfPageItems(bytes: Uint8Array): Promise<TextItem[][]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // verbosity 0: pdf.js's own warnings about damaged files would otherwise go to the console.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    throw new AttachmentReadError(reasonOf(err));
  }
  try {
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
    return pages;
  } catch (err) {
    throw new AttachmentReadError(reasonOf(err));
  } finally {
    // Frees the document's memory (its fonts and pages), so a build reading many PDFs does not keep them.
    await pdf.loadingTask.destroy();
  }
}

export async function extractPdf(bytes: Uint8Array): Promise<AttachmentText> {
  const pages = await pdfPageItems(bytes);
  const sections: TextSection[] = pages.map((items, i) => ({
    id: `side-${i + 1}`,
    page: i + 1,
    paragraphs: items.length > 0 ? paragraphsOf(pageText(items)) : [],
    rows: [],
  }));
  return { kind: 'pdf', pages: pages.length, sections, textless: isTextless(sections, true) };
}
