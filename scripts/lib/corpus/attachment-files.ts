/**
 * Attachment files written by libraries, never committed as binary blobs: a PDF with a text layer
 * (pdf-lib: one page per entry, wrapped text, blank lines as paragraph gaps), a "scanned" PDF with
 * drawings only, a DOCX (docx), an XLSX (write-excel-file) and a CSV. Used by the tests, the test
 * build with attachments (scripts/test-attachments.ts) and the generated corpus. Deterministic:
 * no dates or random ids, so the same input gives the same bytes.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, PDFHexString, StandardFonts, rgb } from 'pdf-lib';
import writeXlsxFile from 'write-excel-file/node';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const A4: [number, number] = [595, 842];

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A PDF whose page N holds pages[N-1]: paragraphs separated by blank lines ("\n\n"), each wrapped at
 * about 90 characters. A page that overflows continues on the same page's bottom margin: keep the
 * fixtures short.
 */
export async function textPdf(pages: readonly string[], title = 'Bilag'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 10;
  for (const text of pages) {
    const page = doc.addPage(A4);
    let y = 800;
    for (const para of text.split(/\n\s*\n/)) {
      for (const line of wrap(para, 90)) {
        page.drawText(line, { x: 50, y, size, font });
        y -= size * 1.4;
      }
      y -= size * 1.2;
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** A "scanned" PDF: shapes only, no text layer. */
export async function scannedPdf(pageCount = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let p = 0; p < pageCount; p++) {
    const page = doc.addPage(A4);
    for (let i = 0; i < 20; i++) page.drawRectangle({ x: 50, y: 780 - i * 30, width: 400 - i * 7, height: 8, color: rgb(0.2, 0.2, 0.2) });
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A PDF locked with a password: a standard security handler whose keys match no password, as a
 * reader (and pdf.js) sees a PDF that needs one to open. pdf-lib cannot encrypt, so the /Encrypt
 * entry is written by hand; the content itself is left plain, which no reader gets to.
 */
export async function lockedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage(A4).drawText('Fortroligt bilag', { x: 50, y: 780, size: 12, font });
  const ctx = doc.context;
  const encrypt = ctx.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: -4,
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
  });
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('00'.repeat(16)), PDFHexString.of('00'.repeat(16))]);
  return doc.save({ useObjectStreams: false });
}

/** A DOCX: "# " lines become headings, other blocks (separated by blank lines) paragraphs. */
export async function textDocx(text: string): Promise<Uint8Array> {
  const children = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      block.startsWith('# ')
        ? new Paragraph({ text: block.slice(2), heading: HeadingLevel.HEADING_2 })
        : new Paragraph({ text: block.replace(/\s*\n\s*/g, ' ') }),
    );
  const doc = new Document({ creator: 'Integrationsbarometeret', sections: [{ children }] });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return fixZipDates(bytes);
}

/** An XLSX with one sheet per entry; cells are strings or numbers. */
export async function workbook(sheets: readonly { name: string; rows: readonly (readonly (string | number)[])[] }[]): Promise<Uint8Array> {
  const data = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row) => row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String }))),
  }));
  const buffer = await writeXlsxFile(data as Parameters<typeof writeXlsxFile>[0]).toBuffer();
  return fixZipDates(new Uint8Array(buffer));
}

/** A CSV as Danish Excel saves it: UTF-8 with BOM, semicolons, decimal commas. */
export function csvFile(rows: readonly (readonly string[])[]): Uint8Array {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new TextEncoder().encode(`\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`);
}

/**
 * DOCX and XLSX are ZIP files that carry the time they were written (in each entry and in
 * docProps/core.xml): rewrite both to 1 January 2020, so a file written twice has the same bytes.
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  const fixed: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const content =
      name === 'docProps/core.xml'
        ? strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12020-01-01T00:00:00Z'))
        : data;
    fixed[name] = [content, { mtime: FIXED_TIME }];
  }
  return zipSync(fixed);
}

const FIXED_TIME = new Date('2020-01-01T00:00:00Z');
