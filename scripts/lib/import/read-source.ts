/**
 * Read a received letter's text, whatever it came as: a text export (.txt, .md), a PDF with a text
 * layer (OCR only if installed), or a DOCX. Problems come back as Danish messages for the editor.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ocrPdf, ocrTools } from './ocr.ts';
import { hasTextLayer, readPdf } from './read-pdf.ts';
import { readDocx } from './read-docx.ts';
import { AttachmentReadError } from '../../../src/lib/attachments/text.ts';

export interface SourceText {
  text: string;
  /** How it was read, in Danish: "tekst", "PDF", "PDF (OCR)", "DOCX". */
  kind: string;
  /** A PDF or DOCX as received: the importer copies it beside the draft as the letter's original. */
  original?: { ext: 'pdf' | 'docx'; bytes: Uint8Array };
}

/** A problem with the input file, worded for the editor. */
export class ImportError extends Error {}

const TEXT = new Set(['.txt', '.md', '.text']);

function decodeText(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older exports from Windows are often Windows-1252; æ, ø and å then read correctly.
    const text = new TextDecoder('windows-1252').decode(bytes);
    if (/[æøåÆØÅ]/.test(text)) return text;
    throw new ImportError(`${file} er hverken UTF-8 eller Windows-1252 – gem filen som «UTF-8» og prøv igen`);
  }
}

export async function readSource(file: string, env: Record<string, string | undefined> = process.env): Promise<SourceText> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportError(
      code === 'ENOENT'
        ? `filen ${file} findes ikke`
        : code === 'EISDIR'
          ? `${file} er en mappe, ikke en fil`
          : `filen ${file} kan ikke læses (${code ?? 'ukendt fejl'})`,
    );
  }
  const ext = extname(file).toLowerCase();
  if (bytes.length === 0) throw new ImportError(`filen ${file} er tom`);
  if (TEXT.has(ext)) return { text: decodeText(bytes, file), kind: 'tekst' };
  if (ext === '.pdf') return readPdfSource(file, bytes, env);
  if (ext === '.docx') {
    try {
      return { text: await readDocx(bytes), kind: 'DOCX', original: { ext: 'docx', bytes } };
    } catch {
      throw new ImportError(
        `${file} kan ikke læses som DOCX – filen er måske beskadiget eller et andet format med forkert endelse. Åbn den i Word, og gem den igen som .docx`,
      );
    }
  }
  if (ext === '.doc' || ext === '.rtf' || ext === '.odt') {
    throw new ImportError(`${file}: ${ext}-filer kan ikke læses – gem brevet som .docx eller PDF (i Word: Filer → Gem som)`);
  }
  throw new ImportError(`${file}: ukendt filtype "${ext || '(ingen endelse)'}" – importen læser .txt, .md, .pdf og .docx`);
}

async function readPdfSource(file: string, bytes: Buffer, env: Record<string, string | undefined>): Promise<SourceText> {
  let text: string;
  try {
    text = (await readPdf(bytes)).text;
  } catch (err) {
    const reason = err instanceof AttachmentReadError ? err.reason : 'filen er beskadiget eller ikke en gyldig PDF';
    throw new ImportError(`${file} kan ikke læses som PDF: ${reason}`);
  }
  if (hasTextLayer(text)) return { text, kind: 'PDF', original: { ext: 'pdf', bytes } };
  const tools = ocrTools(env);
  if (!tools) {
    throw new ImportError(
      `${file} har intet tekstlag: det er sandsynligvis en scannet PDF, og der er ingen tekst at læse. ` +
        'Brug en udgave med tekst (fx PDF fra Word eller arkivets tekstudgave), eller installér OCR ' +
        '(på Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-dan poppler-utils) og kør importen igen.',
    );
  }
  let ocr: string;
  try {
    ocr = ocrPdf(file, tools, env);
  } catch {
    throw new ImportError(`${file} har intet tekstlag, og OCR (tesseract) mislykkedes – tjek at tesseract og pdftoppm virker`);
  }
  if (!hasTextLayer(ocr)) throw new ImportError(`${file} har intet tekstlag, og OCR fandt ingen tekst på siderne`);
  return { text: ocr, kind: 'PDF (OCR)', original: { ext: 'pdf', bytes } };
}
