/**
 * Periods in Danish words, the one formatter for every text a reader sees (prose, chart labels,
 * tables, lists, the feed, the words in downloads): »2024«, »4. kvt. 2024«, »december 2024«.
 * The machine codes editors write (2024, 2024K4, 2024-12) stay in the CSV and JSON files and in ids.
 */
import { PERIOD_TEXT } from '../copy/period.ts';

const QUARTER = /^(\d{4})K([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export type PeriodWordKind = 'year' | 'quarter' | 'month';

/** Which kind of period a code is; undefined for anything that is not a period code. */
export function periodKindOf(label: string): PeriodWordKind | undefined {
  if (/^\d{4}$/.test(label)) return 'year';
  if (QUARTER.test(label)) return 'quarter';
  if (MONTH.test(label)) return 'month';
  return undefined;
}

/** Danish words around period labels: a plain year is "året 2014". */
export function isYearLabel(label: string): boolean {
  return periodKindOf(label) === 'year';
}

/**
 * »2024« → »2024«, »2024K4« → »4. kvt. 2024«, »2024-12« → »december 2024«. Anything else (already
 * words, a range) is returned as it is, so the function can be applied to any period text safely.
 */
export function periodText(label: string): string {
  const q = QUARTER.exec(label);
  if (q) return PERIOD_TEXT.quarter(q[2] ?? '', q[1] ?? '');
  const m = MONTH.exec(label);
  if (m) return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
  return label;
}

/** The period column's header: »År«, »Kvartal«, »Måned«, or »Periode« when the kinds are mixed. */
export function periodHeader(labels: readonly string[]): string {
  const kinds = new Set(labels.map(periodKindOf));
  if (kinds.size !== 1) return PERIOD_TEXT.header.mixed;
  return PERIOD_TEXT.header[[...kinds][0] ?? 'year'];
}

/** "basisåret 2014" / "basiskvartalet 1. kvt. 2014" / "basismåneden marts 2014". */
export function baselineWords(label: string): string {
  const kind = periodKindOf(label);
  return `${PERIOD_TEXT.baseNoun[kind ?? 'other']} ${periodText(label)}`;
}

/** The chart's label at the baseline rule: »Basisår 2014«, »Basiskvartal 1. kvt. 2014«. */
export function baselineLabel(label: string): string {
  const kind = periodKindOf(label);
  return `${PERIOD_TEXT.baseLabel[kind ?? 'other']} ${periodText(label)}`;
}

/**
 * A raw period code in text a reader sees: »2024K4« or »2024-12« (not a date like 2024-12-01, not a
 * case number like 2007-114551). The pages are scanned for it (test/e2e/periods.spec.ts).
 */
export const RAW_PERIOD_CODE = /(?<![\d-])\d{4}(?:K[1-4]|-(?:0[1-9]|1[0-2]))(?![\d-])/;
