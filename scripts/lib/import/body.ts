/**
 * The letter's text for the draft's body: everything from the salutation or first paragraph on,
 * without the parts that moved to front matter (subject line, contact block, routing slip).
 * Headings are evened out (headingLevels), and a paragraph that a page break split in two
 * ("en intern" / "præmiering i …") is joined again.
 */
import type { Line } from './lines.ts';
import { escapeLiteralLine } from './markdown-safety.ts';

export interface Body {
  markdown: string;
  /** Source line numbers where a split paragraph was joined. */
  joined: number[];
}

interface Para {
  lines: Line[];
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+/;

function isShort(l: Line): boolean {
  return l.text.split(/\s+/).length <= 8 && !/[.!?]$/.test(l.text);
}

function render(p: Para, level: number | undefined, joined: ReadonlySet<number>): string {
  const first = p.lines[0];
  if (!first) return '';
  // The heading's words, escaped again: its text is plain (markup stripped, escapes resolved).
  if (level !== undefined) return `${'#'.repeat(level)} ${escapeLiteralLine(first.text)}`;
  if (isTable(p)) return table(p);
  const raws = p.lines.map((l) =>
    l.raw
      .replace(/\s+$/, '')
      // A hard line break's backslash goes; an escaped backslash (\\) at the end stays.
      .replace(/(?<!\\)((?:\\\\)*)\\$/, '$1')
      .replace(/^\s+(?=\S)/, (m) => (LIST_ITEM.test(l.raw) ? m : '')),
  );
  // Short lines (a signature, an address) keep their line breaks; prose lines flow together.
  const keepBreaks = p.lines.length > 1 && p.lines.every((l) => isShort(l) && !LIST_ITEM.test(l.raw));
  // Where a page break split the paragraph, its halves join on one line, as one sentence.
  return raws.map((r, i) => (i === 0 ? r : `${joined.has(p.lines[i]?.no ?? 0) ? ' ' : keepBreaks ? '\\\n' : '\n'}${r}`)).join('');
}

function rowCells(l: Line): string[] {
  return l.raw
    .replace(/\s+$/, '')
    .split('\t')
    .map((c) => c.trim());
}

/** Rows of tab-separated cells (a DOCX table, a PDF's columns): most rows fill two cells or more. */
function isTable(p: Para): boolean {
  if (p.lines.length < 2 || !p.lines.every((l) => rowCells(l).length >= 2)) return false;
  const wide = p.lines.filter((l) => rowCells(l).filter((c) => c !== '').length >= 2).length;
  return wide * 2 >= p.lines.length;
}

/** A table the page shows as one (GFM), its first row as the heading; tab-joined lines would run together. */
function table(p: Para): string {
  const rows = p.lines.map(rowCells);
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/(?<!\\)\|/g, '\\|')).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

export function buildBody(lines: readonly Line[], start: number, removed: ReadonlySet<number>): Body {
  const paras: Para[] = [];
  let cur: Para | undefined;
  for (const l of lines.slice(start)) {
    if (l.blank || removed.has(l.no)) {
      cur = undefined;
      continue;
    }
    if (l.heading > 0) {
      paras.push({ lines: [l] });
      cur = undefined;
      continue;
    }
    if (!cur) {
      cur = { lines: [] };
      paras.push(cur);
    }
    cur.lines.push(l);
  }
  const joined: number[] = [];
  const merged: Para[] = [];
  for (const p of paras) {
    const prev = merged[merged.length - 1];
    const last = prev?.lines[prev.lines.length - 1];
    const first = p.lines[0];
    const split =
      last &&
      first &&
      prev &&
      last.heading === 0 &&
      first.heading === 0 &&
      /[a-zæøå,]$/.test(last.text) &&
      /^[a-zæøå]/.test(first.text) &&
      !LIST_ITEM.test(first.raw) &&
      last.text.split(/\s+/).length > 8;
    if (split && prev) {
      joined.push(first.no);
      prev.lines.push(...p.lines);
    } else merged.push(p);
  }
  const headings = merged.flatMap((p) => {
    const first = p.lines[0];
    return p.lines.length === 1 && first && first.heading > 0 ? [first] : [];
  });
  const levels = headingLevels(headings);
  const joinedAt = new Set(joined);
  const markdown = merged
    .map((p) => render(p, p.lines.length === 1 && p.lines[0] ? levels.get(p.lines[0].no) : undefined, joinedAt))
    .join('\n\n');
  return { markdown: `${markdown.trim()}\n`, joined };
}

/** "1. Resultatkrav", "2. Vurdering": sections numbered as siblings. */
const NUMBERED = /^\d+\.\s/;

/**
 * The body's heading levels: the first level is 2 (the page title is 1), sections numbered as
 * siblings (»1. …«, »2. …«) get one level even when the letter set them differently, and no
 * heading is more than one level below the one before it (h2 → h4 skips a level a screen reader
 * announces).
 */
function headingLevels(headings: readonly Line[]): Map<number, number> {
  const numbered = headings.filter((h) => NUMBERED.test(h.text));
  const siblings = numbered.length > 1 ? Math.min(...numbered.map((h) => h.heading)) : undefined;
  const given = headings.map((h) => (siblings !== undefined && NUMBERED.test(h.text) ? siblings : h.heading));
  const shift = given.length > 0 ? Math.min(...given) - 2 : 0;
  const levels = new Map<number, number>();
  let prev = 1;
  headings.forEach((h, i) => {
    const level = Math.min(6, prev + 1, Math.max(2, (given[i] ?? 2) - shift));
    levels.set(h.no, level);
    prev = level;
  });
  return levels;
}
