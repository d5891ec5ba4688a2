/**
 * Turn the long-format measurement rows of one indicator into chart series: the main series
 * (breakdown "") first, then each breakdown in the order it first appears in the data.
 */
import type { Measurement, PeriodValue, Series } from '../model.ts';

/** Label of the main series when the indicator does not name it. */
export const DEFAULT_MAIN_LABEL = 'I alt';

const byTime = (p: PeriodValue, q: PeriodValue) => p.period.time - q.period.time;

/** The indicator's main series (no breakdown), sorted by period. Status and trend use only this. */
export function mainPoints(measurements: readonly Measurement[], indicatorId: string): PeriodValue[] {
  return measurements
    .filter((m) => m.indicator === indicatorId && m.breakdown === '')
    .map((m) => ({ period: m.period, value: m.value }))
    .sort(byTime);
}

export function seriesOf(
  measurements: readonly Measurement[],
  indicatorId: string,
  mainLabel: string = DEFAULT_MAIN_LABEL,
): Series[] {
  const groups = new Map<string, PeriodValue[]>([['', []]]);
  for (const m of measurements) {
    if (m.indicator !== indicatorId) continue;
    const list = groups.get(m.breakdown) ?? [];
    list.push({ period: m.period, value: m.value });
    groups.set(m.breakdown, list);
  }
  return [...groups]
    .filter(([, points]) => points.length > 0)
    .map(([breakdown, points]) => ({ breakdown, label: breakdown || mainLabel, points: points.sort(byTime) }));
}
