/**
 * Trend: the latest two measurements of the main series compared with the indicator's tolerance,
 * signed so that fremgang always means the good direction (a falling value when lower is better).
 */
import type { Indicator, PeriodValue } from '../model.ts';
import { decimalsOf, formatChange } from '../format/danish-number.ts';
import { gt, lt } from './compare.ts';
import { TREND_LABEL, type Trend } from './labels.ts';
import { goodSign } from './status.ts';

export interface TrendResult {
  trend: Trend;
  label: string;
  previous?: PeriodValue;
  latest?: PeriodValue;
  /** Change from previous to latest in the unit, positive = the good direction. */
  change?: number;
  /** "+0,7 procentpoint fra 2023 til 2024" or why there is no trend. */
  explanation: string;
  /** The change in words when there is a trend; absent otherwise (the label says why). */
  detail?: string;
}

export function computeTrend(
  ind: Pick<Indicator, 'direction' | 'tolerance' | 'unit'>,
  points: readonly PeriodValue[],
): TrendResult {
  const sorted = [...points].sort((p, q) => p.period.time - q.period.time);
  const latest = sorted.at(-1);
  const previous = sorted.at(-2);
  if (!latest || !previous) {
    return { trend: 'ukendt', label: TREND_LABEL.ukendt, latest, explanation: 'Der skal mindst to målinger til at vise en tendens.' };
  }
  const raw = latest.value - previous.value;
  const change = goodSign(ind.direction) * raw;
  const trend: Trend = gt(change, ind.tolerance) ? 'fremgang' : lt(change, -ind.tolerance) ? 'tilbagegang' : 'stilstand';
  const d = decimalsOf([latest.value, previous.value, ind.tolerance]);
  const explanation = `${formatChange(raw, ind.unit, d)} fra ${previous.period.label} til ${latest.period.label}`;
  return { trend, label: TREND_LABEL[trend], previous, latest, change, explanation, detail: explanation };
}
