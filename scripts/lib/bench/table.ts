/** Plain-text tables that are also Markdown tables, so the bench output can go into README as is. */
import { formatNumber } from '../../../src/lib/format/danish-number.ts';
import { seconds } from '../duration.ts';

export type Cell = string | number;

/** Numbers right-aligned, text left-aligned; columns padded to their widest cell. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((r) => r.map((c) => String(c)));
  const numeric = headers.map((_, i) => rows.length > 0 && text.every((r) => /^[-−]?\d/.test(r[i] ?? '')));
  const width = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(width[i] ?? 0) : s.padEnd(width[i] ?? 0));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => pad(c, i)).join(' | ')} |`;
  const rule = `|${width.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...text.map(line)].join('\n');
}

const da = (n: number, digits = 0) => formatNumber(n, digits);
export const fmt = {
  s: (ms: number) => seconds(ms),
  ms: (ms: number) => `${da(ms)} ms`,
  kb: (bytes: number) => `${da(bytes / 1000, 1)} KB`,
  mb: (bytes: number) => `${da(bytes / 1_000_000, 1)} MB`,
  int: (n: number) => da(n),
  num: (n: number, digits = 1) => da(n, digits),
};
