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

/** One page's items as text lines; blank lines where the vertical gap is larger than usual. */
export function pageText(items: readonly TextItem[]): string {
  const rs = rows(items);
  const gaps = rs.slice(1).map((r, i) => (rs[i]?.y ?? 0) - r.y);
  const usual = median(gaps.filter((g) => g > 0)) || 12;
  const margin = Math.min(...rs.map((r) => r.items[0]?.x ?? 0));
  const lines: string[] = [];
  rs.forEach((r, i) => {
    const gap = i > 0 ? (rs[i - 1]?.y ?? 0) - r.y : 0;
    if (i > 0 && gap > Math.max(usual * 1.4, r.size * 1.6)) lines.push('');
    lines.push(rowText(r, margin));
  });
  return lines.join('\n');
}

/** All pages, separated by blank lines (a page break also ends a block). */
export function documentText(pages: readonly (readonly TextItem[])[]): string {
  return pages.map(pageText).join('\n\n');
}
