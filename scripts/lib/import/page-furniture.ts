/**
 * What a printed letter repeats on every page and is not part of its text: a header at the top of
 * each page after the first (the first page's copy is the letterhead, and stays), a footer at the
 * bottom of each page, and page numbers (»Side 2 af 3«, »- 2 -«). Pages are told apart by the form
 * feed a PDF's pages are joined with, or in a text export by its page numbers. Removing them lets
 * a paragraph that a page break split come together again (body.ts).
 */
import { isProse } from './header.ts';
import type { Line } from './lines.ts';

export interface PageFurniture {
  /** Source line numbers to leave out. */
  lines: Set<number>;
  /** What was left out, for the report: each distinct text once, with its lines. */
  removed: { text: string; lines: number[] }[];
}

const PAGE_NUMBER = /^(?:.{0,100}?\s[·•|–—-]\s+)?side\s+\d+(?:\s+(?:af|ud af)\s+\d+|\s*\/\s*\d+)?\.?$|^[-–]\s*\d+\s*[-–]$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/** The text a repeated line has on every page: case, spacing and page numbers aside. */
function key(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Non-blank lines per page, by form feeds (Line.page) or else by page-number lines. */
function pages(lines: readonly Line[]): Line[][] {
  const text = lines.filter((l) => !l.blank);
  if (text.some((l) => l.page > 1)) {
    const out: Line[][] = [];
    for (const l of text) (out[l.page - 1] ??= []).push(l);
    return out.filter((p) => p !== undefined);
  }
  const numbers = text.filter((l) => isPageNumber(l.text));
  if (numbers.length === 0) return [text];
  // A page number among the first lines heads each page; otherwise it ends each page.
  const heads = text.indexOf(numbers[0] as Line) < 5;
  const out: Line[][] = [[]];
  for (const l of text) {
    if (heads && isPageNumber(l.text) && (out[out.length - 1]?.length ?? 0) > 0) out.push([]);
    out[out.length - 1]?.push(l);
    if (!heads && isPageNumber(l.text)) out.push([]);
  }
  return out.filter((p) => p.length > 0);
}

/** The run of lines from one end of a page that `repeats` accepts, page numbers included. */
function run(page: readonly Line[], fromTop: boolean, max: number, repeats: (l: Line, i: number) => boolean): Line[] {
  const ordered = fromTop ? page : [...page].reverse();
  const out: Line[] = [];
  for (const [i, l] of ordered.slice(0, max).entries()) {
    if (isPageNumber(l.text) || repeats(l, i)) out.push(l);
    else break;
  }
  return out;
}

export function findPageFurniture(lines: readonly Line[]): PageFurniture {
  const found = new Map<number, Line>();
  for (const l of lines) if (!l.blank && isPageNumber(l.text)) found.set(l.no, l);
  const ps = pages(lines);
  if (ps.length > 1) {
    // The first page's letterhead: its lines before the first sentence of the text.
    const first = ps[0] ?? [];
    const prose = first.findIndex((l) => isProse(l));
    const letterhead = first.slice(0, Math.min(15, prose < 0 ? Infinity : prose)).map((l) => key(l.text));
    // A header repeats the first page's letterhead, in its order, at the top of each later page.
    for (const page of ps.slice(1)) {
      let from = 0;
      const header = run(page, true, 6, (l, i) => {
        const at = letterhead.indexOf(key(l.text), from);
        if (at < 0 || (i === 0 && at > 2)) return false;
        from = at + 1;
        return true;
      });
      for (const l of header) found.set(l.no, l);
    }
    // A footer is the same at the bottom of two or more pages; a sentence of the text is not one,
    // unless it is a footer's line of items (»Adresse · Telefon · web«).
    const bottoms = ps.map((p) => new Set(p.slice(-4).map((l) => key(l.text))));
    const onPages = (k: string) => bottoms.filter((b) => b.has(k)).length;
    const footer = (l: Line) => key(l.text).length > 2 && (!isProse(l) || /\s[·•|]\s/.test(l.text)) && onPages(key(l.text)) >= 2;
    for (const page of ps) for (const l of run(page, false, 4, footer)) found.set(l.no, l);
  }
  const removed: PageFurniture['removed'] = [];
  for (const l of [...found.values()].sort((a, b) => a.no - b.no)) {
    const same = removed.find((r) => key(r.text) === key(l.text));
    if (same) same.lines.push(l.no);
    else removed.push({ text: l.text, lines: [l.no] });
  }
  return { lines: new Set(found.keys()), removed };
}
