/**
 * The text page of an attached file: its extracted text, a section per PDF page or sheet, each
 * paragraph with an id (side-3-2: page 3, paragraph 2) that search results link to. A long text is
 * split into parts of at most PART_CHARS characters at section (or paragraph, row) boundaries, so
 * no page outgrows the 150 KB budget however long the PDF is.
 */
import { attachmentCopy as copy } from '../copy/attachments.ts';
import { attachmentTextPath } from '../routes.ts';
import { pdfPageUrl } from './paths.ts';
import type { AttachmentText, TextSection } from './text.ts';
import { paragraphId as paragraphIdOf } from '../archive/paragraph-id.ts';

/** Characters of text per part; with markup a part stays well under 150 KB. */
export const PART_CHARS = 60_000;

const sizeOf = (lines: readonly string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);

export interface PartSection extends TextSection {
  /** Index of the section's first paragraph or row in the whole section (a split section continues). */
  offset: number;
}

/** Sections split into parts of at most `budget` characters; a paragraph or row is never split. */
export function partition(sections: readonly TextSection[], budget = PART_CHARS): PartSection[][] {
  const parts: PartSection[][] = [[]];
  let used = 0;
  const current = () => parts[parts.length - 1] as PartSection[];
  const startPart = () => {
    if (current().length > 0) {
      parts.push([]);
      used = 0;
    }
  };
  for (const s of sections) {
    const units: { size: number; kind: 'p' | 'r'; i: number }[] = [
      ...s.paragraphs.map((p, i) => ({ size: sizeOf(p), kind: 'p' as const, i })),
      ...s.rows.map((r, i) => ({ size: sizeOf(r), kind: 'r' as const, i })),
    ];
    let piece: PartSection = { ...s, paragraphs: [], rows: [], offset: 0 };
    current().push(piece);
    for (const u of units) {
      if (used + u.size > budget && used > 0) {
        if (piece.paragraphs.length === 0 && piece.rows.length === 0) current().pop();
        startPart();
        piece = { ...s, paragraphs: [], rows: [], offset: u.i };
        current().push(piece);
      }
      if (u.kind === 'p') piece.paragraphs.push(s.paragraphs[u.i] ?? []);
      else piece.rows.push(s.rows[u.i] ?? []);
      used += u.size;
    }
  }
  return parts.filter((p, i) => p.length > 0 || i === 0);
}

export interface ParagraphView {
  id: string;
  lines: string[];
}

export interface SectionView {
  id: string;
  /** "Side 3", "Ark: Tal", or undefined for a document's single section. */
  heading?: string;
  /** For a PDF page: the file opened at that page. */
  pageUrl?: string;
  pageLabel?: string;
  paragraphs: ParagraphView[];
  /** Spreadsheet rows; the first row of a sheet is shown as its column headings. */
  head?: string[];
  rows: string[][];
  empty: boolean;
}

export interface PartLink {
  number: number;
  path: string;
  label: string;
  current: boolean;
}

export interface TextPageView {
  /** The part's range in words: "side 1–20" (PDF) or "del 2 af 3". */
  range?: string;
  sections: SectionView[];
  parts: PartLink[];
  textless: boolean;
}

function rangeOf(part: readonly PartSection[], number: number, count: number): string {
  const pages = part.map((s) => s.page).filter((p): p is number => p !== undefined);
  const first = pages[0];
  const last = pages[pages.length - 1];
  return first !== undefined && last !== undefined ? copy.pageRange(first, last) : copy.part(number, count);
}

/**
 * A PDF paragraph's printed lines as a reader's screen needs them: lines the PDF wrapped (nearly as
 * long as the paragraph's longest) run on into the next, so the text reflows on a phone; a short
 * line (a heading, the end of a list item) and a table row keep their break.
 */
export function reflow(lines: readonly string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const out: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current = current ? `${current} ${line}` : line;
    const wrapped = line.length >= longest * 0.7 && !line.includes('  ') && !(lines[i + 1] ?? '').includes('  ');
    if (!wrapped || i === lines.length - 1) {
      out.push(current);
      current = '';
    }
  });
  return out;
}

/** Paragraph ids: side-<page>-<n> for a PDF page, afsnit-<n> otherwise; n counts from 1 per section. */
function paragraphId(s: PartSection, i: number): string {
  const n = s.offset + i + 1;
  return s.page !== undefined ? `side-${s.page}-${n}` : paragraphIdOf(n);
}

export function textPageView(
  text: AttachmentText,
  opts: { slug: string; name: string; fileUrl: string; part: number; parts: readonly PartSection[][] },
): TextPageView {
  const count = opts.parts.length;
  // A scan has only empty pages: the page says so once instead of listing them.
  const part = text.textless ? [] : (opts.parts[opts.part - 1] ?? []);
  const sections: SectionView[] = part.map((s) => {
    const view: SectionView = {
      id: s.id,
      paragraphs: s.paragraphs.map((lines, i) => ({ id: paragraphId(s, i), lines: reflow(lines) })),
      rows: s.rows,
      empty: s.paragraphs.length === 0 && s.rows.length === 0,
    };
    if (s.page !== undefined) {
      view.heading = copy.page(s.page);
      view.pageUrl = pdfPageUrl(opts.fileUrl, s.page);
      view.pageLabel = copy.openPage(s.page);
    } else if (s.name !== undefined) view.heading = copy.sheet(s.name);
    // A sheet's first row heads its columns; a continued sheet repeats it.
    if (s.rows.length > 0 && (text.kind === 'xlsx' || text.kind === 'csv')) {
      const whole = text.sections.find((t) => t.id === s.id);
      const head = whole?.rows[0];
      if (head && head.length > 1) {
        view.head = head;
        view.rows = s.offset === 0 ? s.rows.slice(1) : s.rows;
      }
    }
    return view;
  });
  const view: TextPageView = {
    sections,
    parts: opts.parts.map((p, i) => ({
      number: i + 1,
      path: attachmentTextPath(opts.slug, opts.name, i + 1),
      label: rangeOf(p, i + 1, count),
      current: i + 1 === opts.part,
    })),
    textless: text.textless,
  };
  if (count > 1) view.range = rangeOf(part, opts.part, count);
  return view;
}
