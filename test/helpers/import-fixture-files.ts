/**
 * Test fixtures written by libraries, not binary blobs: a letter's text laid out in a PDF (pdf-lib:
 * one text line per line, wrapped at ~90 characters, blank lines as extra space, tab cells in
 * columns), the same text as a DOCX (docx: one paragraph per line, an empty paragraph per blank
 * line, headings and bold kept, tab rows as a table), and a PDF with only drawings (no text layer).
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { plainText } from '../../scripts/lib/import/lines.ts';

function wrap(text: string, width = 90): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

export async function letterPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 800;
  const size = 10;
  const newLine = (gap: number) => {
    y -= gap;
    if (y < 50) {
      page = doc.addPage([595, 842]);
      y = 800;
    }
  };
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      newLine(size * 1.2);
      continue;
    }
    if (raw.includes('\t')) {
      raw.split('\t').forEach((cell, i) => {
        if (cell.trim()) page.drawText(plainText(cell), { x: 50 + i * 140, y, size, font });
      });
      newLine(size * 1.4);
      continue;
    }
    const isBold = /^\s*(?:#+\s*)?\*\*/.test(raw);
    for (const part of wrap(plainText(raw.replace(/^#+\s*/, '')))) {
      page.drawText(part, { x: 50, y, size, font: isBold ? bold : font });
      newLine(size * 1.4);
    }
  }
  return doc.save();
}

export async function letterDocx(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const raw of text.split('\n')) {
    if (raw.includes('\t')) {
      rows.push(new TableRow({ children: raw.split('\t').map((c) => new TableCell({ children: [new Paragraph(plainText(c))] })) }));
      continue;
    }
    flush();
    const heading = /^(#+)\s+/.exec(raw);
    const t = plainText(raw.replace(/^#+\s+/, ''));
    if (heading)
      children.push(new Paragraph({ text: t, heading: heading[1]?.length === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 }));
    else children.push(new Paragraph({ children: [new TextRun({ text: t, bold: /^\s*\*\*.*\*\*\s*$/.test(raw) })] }));
  }
  flush();
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A "scanned" page: shapes only, no text. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  for (let i = 0; i < 20; i++) page.drawRectangle({ x: 50, y: 780 - i * 30, width: 400 - i * 7, height: 8, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}
