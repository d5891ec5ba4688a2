/**
 * How a file is described beside its link, the way Danish public sites do it: type, pages or
 * sheets, and size in kB or MB with a decimal comma ("PDF, 12 sider, 340 kB").
 */
import { KINDS, type AttachmentKind } from './kinds.ts';

const ONE_DECIMAL = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** 812 → "812 byte", 340_212 → "340 kB", 1_234_567 → "1,2 MB" (1 kB = 1.000 byte, as file managers on phones count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${WHOLE.format(bytes)} byte`;
  if (bytes < 1_000_000) return `${WHOLE.format(Math.max(1, Math.round(bytes / 1000)))} kB`;
  return `${ONE_DECIMAL.format(Math.round(bytes / 100_000) / 10)} MB`;
}

export function countText(n: number, one: string, many: string): string {
  return `${WHOLE.format(n)} ${n === 1 ? one : many}`;
}

export interface FileFacts {
  kind: AttachmentKind;
  bytes: number;
  /** A PDF's pages. */
  pages?: number;
  /** A workbook's sheets. */
  sheets?: number;
}

/** "PDF, 12 sider, 340 kB", "Excel-regneark, 2 ark, 18 kB", "CSV-fil, 4 kB". */
export function describeFile(f: FileFacts): string {
  const parts = [KINDS[f.kind].label];
  if (f.pages !== undefined) parts.push(countText(f.pages, 'side', 'sider'));
  if (f.sheets !== undefined) parts.push(countText(f.sheets, 'ark', 'ark'));
  parts.push(formatBytes(f.bytes));
  return parts.join(', ');
}
