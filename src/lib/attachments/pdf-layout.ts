/**
 * Text positioned on PDF pages → lines of text in reading order, shaped like the archive's text
 * exports: items on one baseline make a line, a wide horizontal gap becomes a tab (a table cell,
 * e.g. a routing slip), a vertical gap larger than the line spacing a blank line (a new block).
 */
export interface TextItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  height: number;
}

interface Row {
  y: number;
  size: number;
  items: TextItem[];
}

function rows(items: readonly TextItem[]): Row[] {
  const out: Row[] = [];
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of sorted) {
    const row = out.find((r) => Math.abs(r.y - it.y) <= Math.max(1, 0.4 * Math.min(r.size, it.height || r.size)));
    if (row) {
      row.items.push(it);
      row.size = Math.max(row.size, it.height);
    } else out.push({ y: it.y, size: it.height || 10, items: [it] });
  }
  out.sort((a, b) => b.y - a.y);
  for (const r of out) r.items.sort((a, b) => a.x - b.x);
  return out;
}

function rowText(r: Row, margin: number): string {
  // A row starting well right of the page's left margin has an empty first cell (a table's column headings).
  let text = (r.items[0]?.x ?? margin) - margin > r.size * 3 ? '\t' : '';
  let end: number | undefined;
  for (const it of r.items) {
    if (end !== undefined) {
      const gap = it.x - end;
      // More than about three spaces apart: separate cells of a table or a column layout.
      if (gap > r.size * 1.5) text += '\t';
      else if (gap > r.size * 0.1 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
    }
    text += it.str;
    end = it.x + it.width;
  }
  return text.replace(/[ ]+$/, '');
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function rowGaps(rs: readonly Row[]): number[] {
  return rs
    .slice(1)
    .map((r, i) => (rs[i]?.y ?? 0) - r.y)
    .filter((g) => g > 0);
}

/**
 * The line spacing: the smallest gap that recurs (gaps within 10 % of each other count as one).
 * Not the median: on a short page with as many paragraph gaps as line gaps, the median is the
 * paragraph gap, and no paragraph would be told apart. Undefined when no gap recurs.
 */
function lineSpacing(gaps: readonly number[]): number | undefined {
  const sorted = [...gaps].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const g of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && g <= (last[0] ?? g) * 1.1) last.push(g);
    else clusters.push([g]);
  }
  const common = clusters.find((c) => c.length >= Math.max(2, sorted.length * 0.2));
  return common ? median(common) : undefined;
}

/**
 * One page's items as text lines; blank lines where the vertical gap is larger than usual.
 * `documentSpacing`: the line spacing of the whole document, for a page whose own gaps cannot
 * tell (a last page of one-line paragraphs has only paragraph gaps).
 */
export function pageText(items: readonly TextItem[], documentSpacing?: number): string {
  const rs = rows(items);
  const gaps = rowGaps(rs);
  const own = lineSpacing(gaps);
  const usual = Math.min(own ?? Infinity, documentSpacing ?? Infinity);
  return layoutRows(rs, Number.isFinite(usual) ? usual : median(gaps) || 12);
}

function layoutRows(rs: readonly Row[], usual: number): string {
  const margin = Math.min(...rs.map((r) => r.items[0]?.x ?? 0));
  const lines: string[] = [];
  rs.forEach((r, i) => {
    const gap = i > 0 ? (rs[i - 1]?.y ?? 0) - r.y : 0;
    if (i > 0 && gap > Math.max(usual * 1.4, r.size * 1.6)) lines.push('');
    lines.push(rowText(r, margin));
  });
  return lines.join('\n');
}

/**
 * All pages, separated by blank lines (a page break also ends a block), or by `pageBreak` (the
 * importer uses a form feed, to find the headers and footers repeated on each page).
 */
export function documentText(pages: readonly (readonly TextItem[])[], pageBreak = '\n\n'): string {
  const spacing = lineSpacing(pages.flatMap((items) => rowGaps(rows(items))));
  return pages.map((items) => pageText(items, spacing)).join(pageBreak);
}
