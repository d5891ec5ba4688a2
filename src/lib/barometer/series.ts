/**
 * Turn the long-format measurement rows of one indicator into chart series: the main series
 * (breakdown "") first, then each breakdown in the order it first appears in the data. Each point
 * keeps its flag and note, so charts, tables and the status trace can show them.
 */
import type { Measurement, PeriodValue, Series } from '../model.ts';

/** Label of the main series when the indicator does not name it. */
export const DEFAULT_MAIN_LABEL = 'I alt';

const byTime = (p: PeriodValue, q: PeriodValue) => p.period.time - q.period.time;

export function pointOf(m: Measurement): PeriodValue {
  const p: PeriodValue = { period: m.period, value: m.value };
  if (m.flag) p.flag = m.flag;
  if (m.note) p.note = m.note;
  return p;
}

const rowsByIndicator = new WeakMap<readonly Measurement[], Map<string, Measurement[]>>();

/**
 * The indicator's own rows, in the order of the data: grouped once per list of measurements, since
 * each indicator's page, chart, embed and downloads ask for its view again and every such view
 * scanned all rows three times (at 200 indicators, a second of a build).
 */
export function indicatorRows(measurements: readonly Measurement[], indicatorId: string): readonly Measurement[] {
  let groups = rowsByIndicator.get(measurements);
  if (!groups) {
    groups = new Map();
    for (const m of measurements) {
      const list = groups.get(m.indicator);
      if (list) list.push(m);
      else groups.set(m.indicator, [m]);
    }
    rowsByIndicator.set(measurements, groups);
  }
  return groups.get(indicatorId) ?? [];
}

/** The indicator's main series (no breakdown), sorted by period. Status and trend use only this. */
export function mainPoints(measurements: readonly Measurement[], indicatorId: string): PeriodValue[] {
  return measurements
    .filter((m) => m.indicator === indicatorId && m.breakdown === '')
    .map(pointOf)
    .sort(byTime);
}

export function seriesOf(measurements: readonly Measurement[], indicatorId: string, mainLabel: string = DEFAULT_MAIN_LABEL): Series[] {
  const groups = new Map<string, { points: PeriodValue[]; geo?: Measurement['geo'] }>([['', { points: [] }]]);
  for (const m of measurements) {
    if (m.indicator !== indicatorId) continue;
    const group = groups.get(m.breakdown) ?? { points: [] };
    group.points.push(pointOf(m));
    group.geo ??= m.geo;
    groups.set(m.breakdown, group);
  }
  return [...groups]
    .filter(([, g]) => g.points.length > 0)
    .map(([breakdown, g]) => {
      const s: Series = { breakdown, label: breakdown || mainLabel, points: g.points.sort(byTime) };
      if (g.geo) s.geo = g.geo;
      return s;
    });
}
