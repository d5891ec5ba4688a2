/**
 * What has changed since an edition: per indicator, status and trend then → now, values revised
 * (old → new), values whose number stayed but whose flag, note or source changed (marking-changes.ts),
 * values added and removed, the unit, and indicators added or removed. Pure: two barometers in.
 */
import type { Barometer, Measurement } from '../model.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { scoresOf, type IndicatorScore } from './edition-snapshot.ts';
import { indicatorUnit } from '../registry/units.ts';
import { flagChange, markingChanges } from './marking-changes.ts';
import { periodRanges } from '../barometer/value-sources.ts';

export interface ValueRevision {
  period: string;
  breakdown: string;
  /** Formatted in the indicator's unit: "74,1 pct.". */
  old: string;
  new: string;
  /** »foreløbig → revideret«, when the flag changed with the number. */
  flagChange?: string;
}

/**
 * Values with the same number as in the edition, but another flag, note or source: one entry per
 * series and set of changes, so a note added to fifteen years is said once (»2010–2024, Hele landet«).
 */
export interface ValueMarking {
  /** »2023«, »2010–2024, Hele landet«: the periods (value-sources.ts periodRanges) and the breakdown. */
  where: string;
  /** The value as today (»74,1 pct.«), when the entry is one value. */
  value?: string;
  /** In Danish, e.g. ["foreløbig → endelig", "ny note: »…«"]. */
  changes: string[];
}

/** Same-number values with the same changes in the same series, as one entry each, in first-seen order. */
function groupMarkings(items: readonly { m: Measurement; value: string; changes: string[] }[]): ValueMarking[] {
  const groups = new Map<string, { breakdown: string; periods: string[]; value: string; changes: string[] }>();
  for (const { m, value, changes } of items) {
    const k = `${m.breakdown}\u0000${changes.join('\u0000')}`;
    const g = groups.get(k);
    if (g) g.periods.push(m.period.label);
    else groups.set(k, { breakdown: m.breakdown, periods: [m.period.label], value, changes });
  }
  return [...groups.values()].map((g) => {
    const periods = periodRanges(g.periods);
    return {
      where: g.breakdown ? `${periods}, ${g.breakdown}` : periods,
      ...(g.periods.length === 1 ? { value: g.value } : {}),
      changes: g.changes,
    };
  });
}

export interface IndicatorSince {
  id: string;
  title: string;
  then?: IndicatorScore;
  now?: IndicatorScore;
  statusChanged: boolean;
  trendChanged: boolean;
  revised: ValueRevision[];
  marked: ValueMarking[];
  /** The unit's name then and now (»procent«, »indeks«), when it changed. */
  unit?: { then: string; now: string };
  /** Period labels (with breakdown) measured since the edition. */
  added: { period: string; breakdown: string; value: string }[];
  removed: { period: string; breakdown: string; value: string }[];
  /**
   * A figure the page shows differs: a value, a value's flag, a period, the status or trend, or the
   * indicator itself came or went. False when only words changed: a note, a source, the unit's name.
   */
  figuresChanged: boolean;
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
    return formatValue(m.value, indicatorUnit(ind), d);
  };
}

/** The unit's name then and now, when an indicator in both has another unit (or count noun) today. */
function unitChange(then: Barometer, now: Barometer, id: string): IndicatorSince['unit'] {
  const a = then.indicators.find((i) => i.id === id);
  const b = now.indicators.find((i) => i.id === id);
  if (!a || !b) return undefined;
  const [x, y] = [indicatorUnit(a), indicatorUnit(b)];
  return x.name === y.name && x.suffix === y.suffix ? undefined : { then: x.name, now: y.name };
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
    const marked: { m: Measurement; value: string; changes: string[] }[] = [];
    let flagged = false;
    const added: IndicatorSince['added'] = [];
    const removed: IndicatorSince['removed'] = [];
    for (const m of now.measurements) {
      if (m.indicator !== id) continue;
      const old = before.get(key(m));
      if (!old) added.push({ period: m.period.label, breakdown: m.breakdown, value: format(m) });
      else if (old.value !== m.value) {
        const flag = flagChange(old, m);
        revised.push({
          period: m.period.label,
          breakdown: m.breakdown,
          old: format(old),
          new: format(m),
          ...(flag ? { flagChange: flag } : {}),
        });
      } else {
        const changes = markingChanges(old, m);
        if (changes.length > 0) marked.push({ m, value: format(m), changes });
        if (flagChange(old, m)) flagged = true;
      }
    }
    for (const m of then.measurements)
      if (m.indicator === id && !after.has(key(m))) removed.push({ period: m.period.label, breakdown: m.breakdown, value: format(m) });
    const t = scoresThen.get(id);
    const n = scoresNow.get(id);
    const statusChanged = t?.colour !== n?.colour || t?.status !== n?.status;
    const trendChanged = t?.trend.short !== n?.trend.short;
    const unit = unitChange(then, now, id);
    const values = revised.length + marked.length + added.length + removed.length;
    if (!statusChanged && !trendChanged && !unit && values === 0) continue;
    const title = n?.title ?? t?.title ?? id;
    const both = then.indicators.some((i) => i.id === id) && now.indicators.some((i) => i.id === id);
    const figuresChanged = !both || statusChanged || trendChanged || flagged || revised.length + added.length + removed.length > 0;
    indicators.push({
      id,
      title,
      ...(t ? { then: t } : {}),
      ...(n ? { now: n } : {}),
      statusChanged,
      trendChanged,
      revised,
      marked: groupMarkings(marked),
      ...(unit ? { unit } : {}),
      added,
      removed,
      figuresChanged,
    });
  }
  return { indicators, unchanged: indicators.length === 0 };
}
