/**
 * An attachment's text as the build extracts it: sections (a PDF's pages, a workbook's sheets, a
 * document's body), each with paragraphs (lines kept) or table rows. Plain JSON, so it can be cached
 * between builds (src/loaders/attachments.ts) and rendered the same from the cache as when fresh.
 */
import { INVISIBLE, NOT_XML } from '../format/escape.ts';
import type { AttachmentKind } from './kinds.ts';

export interface TextSection {
  /** Anchor on the text page: "side-3" (PDF page 3), "ark-2" (second sheet), "tekst", "tabel". */
  id: string;
  /** 1-based PDF page number. */
  page?: number;
  /** A sheet's name. */
  name?: string;
  /** Paragraphs, each a list of lines as printed (PDF, DOCX). */
  paragraphs: string[][];
  /** Table rows of cells, as text (XLSX, CSV). */
  rows: string[][];
}

export interface AttachmentText {
  kind: AttachmentKind;
  /** A PDF's page count. */
  pages?: number;
  /** A workbook's sheet count. */
  sheets?: number;
  sections: TextSection[];
  /** True when there is no text to read (a scanned PDF, an empty document). */
  textless: boolean;
  /** What a reader's program would run or open by itself (active-content.ts); absent when nothing. */
  active?: string[];
}

/**
 * A file that cannot be read as what its name says; `reason` is Danish, for the editor, and
 * `expected` what to do when the kind's usual advice (save it again) does not fit.
 */
export class AttachmentReadError extends Error {
  readonly reason: string;
  readonly expected: string | undefined;
  constructor(reason: string, expected?: string) {
    super(reason);
    this.reason = reason;
    this.expected = expected;
  }
}

/** The content and data checks' hidden characters (src/lib/data/rules/hidden-chars.ts HIDDEN). */
const HIDDEN_ALL = new RegExp(`${NOT_XML.source}|${INVISIBLE.source}`, 'g');

/**
 * Text as a reader may see it on the text page: without control characters and invisible ones
 * (hidden-chars.ts) – a bidi override in a PDF would show »2008-<U+202E>4321« as »2008-1234«, and a
 * zero-width space splits a word search cannot find. An editor cannot fix them in a PDF, and the
 * published file stays as it is, so they are dropped from the extracted text without a message;
 * Unicode's line and paragraph separators become the breaks they stand for.
 */
export function readableText(text: string): string {
  return text
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u2028\u0085]/g, '\n')
    .replace(HIDDEN_ALL, '');
}

/**
 * Fewer visible characters than this in a whole PDF: no text layer (a scan may carry a stray
 * page number or stamp as text). Other kinds are textless only when empty.
 */
const MIN_PDF_TEXT = 20;

export function visibleChars(sections: readonly TextSection[]): number {
  let n = 0;
  for (const s of sections) {
    for (const p of s.paragraphs) for (const line of p) n += line.replace(/\s/g, '').length;
    for (const r of s.rows) for (const cell of r) n += cell.replace(/\s/g, '').length;
  }
  return n;
}

export function isTextless(sections: readonly TextSection[], pdf = false): boolean {
  return visibleChars(sections) < (pdf ? MIN_PDF_TEXT : 1);
}

/** Blocks separated by blank lines → paragraphs of trimmed, non-empty lines. */
export function paragraphsOf(text: string): string[][] {
  return readableText(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.replace(/\t+/g, '  ').replace(/\s+$/, '').replace(/^\s+/, ''))
        .filter((l) => l !== ''),
    )
    .filter((p) => p.length > 0);
}

/** Cells without trailing empties; rows without trailing empty rows. */
export function trimRows(rows: readonly (readonly string[])[]): string[][] {
  const out = rows.map((r) => {
    const cells = r.map((c) => readableText(c).trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length > 0 && (out[out.length - 1]?.length ?? 0) === 0) out.pop();
  return out;
}
