/**
 * Read a received letter's text, whatever it came as: a text export (.txt, .md), a PDF with a text
 * layer (OCR only if installed), or a DOCX. Problems come back as Danish messages for the editor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { decodeText, namedLines, withoutControls } from './decode-text.ts';
import { escapeLiteral, neutraliseMarkdown } from './markdown-safety.ts';
import { ImportError } from './import-error.ts';
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
  /** What reading changed or had to guess (an encoding, control characters), for the report. */
  notices: string[];
}

export { ImportError };

const TEXT = new Set(['.txt', '.md', '.text']);

/** What to do when the path is wrong: the usual slips are a typo and a path with spaces. */
function missingFile(file: string): string {
  const dir = dirname(file);
  const name = basename(file).toLowerCase();
  let near: string | undefined;
  try {
    near = readdirSync(dir).find(
      (f) => f.toLowerCase() === name || f.toLowerCase().replace(/\.[^.]*$/, '') === name.replace(/\.[^.]*$/, ''),
    );
  } catch {
    near = undefined;
  }
  if (near) return `filen ${file} findes ikke – mente du ${join(dir, near)}?`;
  return (
    `filen ${file} findes ikke – tjek stavningen og mappen, eller træk filen fra stifinderen ind i terminalvinduet, så skrives stien rigtigt ` +
    '(sæt anførselstegn om en sti med mellemrum, fx npm run import -- "Mine breve/brev.pdf")'
  );
}

/** The text, with control characters removed, refused if there is none. */
function finish(source: Omit<SourceText, 'notices'>, file: string, notices: readonly string[]): SourceText {
  if (source.text.replace(/[\s\uFEFF]/g, '') === '') {
    throw new ImportError(`filen ${file} indeholder ingen tekst (kun tomme linjer eller mellemrum) – er det den rigtige fil?`);
  }
  const clean = withoutControls(source.text, file, source.kind === 'tekst');
  const all = [...notices, ...clean.notices];
  if (source.kind !== 'tekst') return { ...source, text: clean.text, notices: all };
  // A text export is Markdown: its markup stays, but nothing in it may run on a page.
  const safe = neutraliseMarkdown(clean.text);
  if (safe.lines.length > 0)
    all.push(
      `${file} indeholder HTML-kode eller links til javascript:, data: eller vbscript: (${namedLines(safe.lines)}): ` +
        'HTML-mærkerne står som tekst i kladden, og de farlige links er fjernet, men deres tekst står – tjek, om det hører til brevet',
    );
  return { ...source, text: safe.text, notices: all };
}

export async function readSource(file: string, env: Record<string, string | undefined> = process.env): Promise<SourceText> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? missingFile(file)
        : code === 'EISDIR'
          ? `${file} er en mappe, ikke en fil – angiv selve brevet i mappen, fx ${join(file, 'brev.pdf')}`
          : code === 'EACCES' || code === 'EPERM'
            ? `filen ${file} kan ikke læses: du har ikke adgang til den – kopiér den til din egen mappe, og importér kopien`
            : `filen ${file} kan ikke læses (${code ?? 'ukendt fejl'})`,
    );
  }
  const ext = extname(file).toLowerCase();
  if (bytes.length === 0) throw new ImportError(`filen ${file} er tom`);
  if (TEXT.has(ext)) {
    const decoded = decodeText(bytes, file);
    return finish({ text: decoded.text, kind: 'tekst' }, file, decoded.notices);
  }
  if (ext === '.pdf') return finish(await readPdfSource(file, bytes, env), file, []);
  if (ext === '.docx') {
    let text: string;
    try {
      text = await readDocx(bytes);
    } catch {
      throw new ImportError(
        `${file} kan ikke læses som DOCX – filen er måske beskadiget eller et andet format med forkert endelse. Åbn den i Word, og gem den igen som .docx`,
      );
    }
    return finish({ text, kind: 'DOCX', original: { ext: 'docx', bytes } }, file, []);
  }
  if (ext === '.doc' || ext === '.rtf' || ext === '.odt') {
    throw new ImportError(`${file}: ${ext}-filer kan ikke læses – gem brevet som .docx eller PDF (i Word: Filer → Gem som)`);
  }
  throw new ImportError(`${file}: ukendt filtype "${ext || '(ingen endelse)'}" – importen læser .txt, .md, .pdf og .docx`);
}

async function readPdfSource(file: string, bytes: Buffer, env: Record<string, string | undefined>): Promise<Omit<SourceText, 'notices'>> {
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
  return { text: escapeLiteral(ocr), kind: 'PDF (OCR)', original: { ext: 'pdf', bytes } };
}
