/**
 * What has changed since an edition: per indicator, status and trend then → now, values revised
 * (old → new), values added and removed, and indicators added or removed. Pure: two barometers in.
 */
import type { Barometer, Measurement } from '../model.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { scoresOf, type IndicatorScore } from './edition-snapshot.ts';

export interface ValueRevision {
  period: string;
  breakdown: string;
  /** Formatted in the indicator's unit: "74,1 pct.". */
  old: string;
  new: string;
}

export interface IndicatorSince {
  id: string;
  title: string;
  then?: IndicatorScore;
  now?: IndicatorScore;
  statusChanged: boolean;
  trendChanged: boolean;
  revised: ValueRevision[];
  /** Period labels (with breakdown) measured since the edition. */
  added: { period: string; breakdown: string; value: string }[];
  removed: { period: string; breakdown: string; value: string }[];
}

export interface EditionChanges {
  /** Indicators where anything differs, in today's order (then removed ones). */
  indicators: IndicatorSince[];
  /** True when nothing the edition shows differs from today's figures. */
  unchanged: boolean;
}

const key = (m: Measurement) => `${m.indicator}\u0000${m.period.label}\u0000${m.breakdown}`;

/** Both sides in one precision per indicator, so "72,5 → 85,0" and not "72,5 → 85". */
function formatter(then: Barometer, now: Barometer): (m: Measurement) => string {
  const decimals = new Map<string, number>();
  return (m) => {
    const ind = now.indicators.find((i) => i.id === m.indicator) ?? then.indicators.find((i) => i.id === m.indicator);
    if (!ind) return String(m.value);
    let d = decimals.get(m.indicator);
    if (d === undefined) {
      // The indicator page's precision: values, baseline, target and tolerance (indicator-view.ts).
      const own = [...then.measurements, ...now.measurements].filter((x) => x.indicator === m.indicator).map((x) => x.value);
      decimals.set(m.indicator, (d = decimalsOf([...own, ind.baseline?.value ?? 0, ind.target?.value ?? 0, ind.tolerance])));
    }
    return formatValue(m.value, ind.unit, d);
  };
}

export function editionChanges(then: Barometer, now: Barometer): EditionChanges {
  const scoresThen = new Map(scoresOf(then).map((s) => [s.id, s]));
  const scoresNow = new Map(scoresOf(now).map((s) => [s.id, s]));
  const before = new Map(then.measurements.map((m) => [key(m), m]));
  const after = new Map(now.measurements.map((m) => [key(m), m]));
  const ids = [...new Set([...now.indicators.map((i) => i.id), ...then.indicators.map((i) => i.id)])];
  const format = formatter(then, now);
  const indicators: IndicatorSince[] = [];
  for (const id of ids) {
    const revised: ValueRevision[] = [];
    const added: IndicatorSince['added'] = [];
    const removed: IndicatorSince['removed'] = [];
    for (const m of now.measurements) {
      if (m.indicator !== id) continue;
      const old = before.get(key(m));
      if (!old) added.push({ period: m.period.label, breakdown: m.breakdown, value: format(m) });
      else if (old.value !== m.value) revised.push({ period: m.period.label, breakdown: m.breakdown, old: format(old), new: format(m) });
    }
    for (const m of then.measurements)
      if (m.indicator === id && !after.has(key(m))) removed.push({ period: m.period.label, breakdown: m.breakdown, value: format(m) });
    const t = scoresThen.get(id);
    const n = scoresNow.get(id);
    const statusChanged = t?.colour !== n?.colour || t?.status !== n?.status;
    const trendChanged = t?.trend.short !== n?.trend.short;
    if (!statusChanged && !trendChanged && revised.length === 0 && added.length === 0 && removed.length === 0) continue;
    const title = n?.title ?? t?.title ?? id;
    indicators.push({
      id,
      title,
      ...(t ? { then: t } : {}),
      ...(n ? { now: n } : {}),
      statusChanged,
      trendChanged,
      revised,
      added,
      removed,
    });
  }
  return { indicators, unchanged: indicators.length === 0 };
}
