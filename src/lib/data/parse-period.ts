/**
 * Periods as editors write them: a year (2014), a quarter (2014K1) or a month (2014-03).
 * `time` is the decimal year at the period's start, so years, quarters and months share one axis
 * and the status rule can compute with differences of periods.
 */
import type { Period } from '../model.ts';

export type PeriodKind = 'year' | 'quarter' | 'month';

export const PERIOD_KIND_NAMES: Record<PeriodKind, string> = {
  year: 'et år som 2014',
  quarter: 'et kvartal som 2014K1',
  month: 'en måned som 2014-03',
};

export function parsePeriod(raw: string): Period | undefined {
  const label = raw.trim();
  const m = /^(\d{4})(?:K([1-4])|-(0[1-9]|1[0-2]))?$/.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { label, time: year + (Number(m[2]) - 1) / 4 };
  if (m[3]) return { label, time: year + (Number(m[3]) - 1) / 12 };
  return { label, time: year };
}

export function periodKind(period: Period): PeriodKind {
  if (period.label.includes('K')) return 'quarter';
  if (period.label.includes('-')) return 'month';
  return 'year';
}
