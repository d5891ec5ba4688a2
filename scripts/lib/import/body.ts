/**
 * The letter's text for the draft's body: everything from the salutation or first paragraph on,
 * without the parts that moved to front matter (subject line, contact block, routing slip).
 * Headings are evened out to start at level 2 (the page title is level 1), and a paragraph that a
 * page break split in two ("en intern" / "præmiering i …") is joined again.
 */
import type { Line } from './lines.ts';

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

function render(p: Para, shift: number): string {
  const first = p.lines[0];
  if (!first) return '';
  if (first.heading > 0 && p.lines.length === 1) {
    const level = Math.min(6, Math.max(2, first.heading - shift));
    return `${'#'.repeat(level)} ${first.text}`;
  }
  const raws = p.lines.map((l) =>
    l.raw
      .replace(/\s+$/, '')
      .replace(/\\$/, '')
      .replace(/^\s+(?=\S)/, (m) => (LIST_ITEM.test(l.raw) ? m : '')),
  );
  // Short lines (a signature, an address) keep their line breaks; prose lines flow together.
  const keepBreaks = p.lines.length > 1 && p.lines.every((l) => isShort(l) && !LIST_ITEM.test(l.raw));
  return raws.join(keepBreaks ? '\\\n' : '\n');
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
  const levels = merged.flatMap((p) => (p.lines.length === 1 && (p.lines[0]?.heading ?? 0) > 0 ? [p.lines[0]?.heading ?? 2] : []));
  const shift = levels.length > 0 ? Math.min(...levels) - 2 : 0;
  const markdown = merged.map((p) => render(p, shift)).join('\n\n');
  return { markdown: `${markdown.trim()}\n`, joined };
}
