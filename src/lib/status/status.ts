/**
 * The barometer's status rule (product brief, "Status and trend"): Copenhagen's 2015–2018 rule,
 * refined with the pace of the UN SDG progress assessment when the indicator has a numeric target.
 * Pure: the indicator and its main series in, a trace of every number the decision used out.
 */
import type { Direction, Indicator, PeriodValue } from '../model.ts';
import { decimalsOf } from '../format/danish-number.ts';
import { gt, gte, lt, lte } from './compare.ts';
import { OUTCOME_COLOUR, type StatusColour, type StatusOutcome } from './labels.ts';
import { explainStatus } from './explain.ts';
import { FLAGS } from '../registry/flags.ts';
import { indicatorUnit, type UnitInfo } from '../registry/units.ts';
import { OUTCOME_LABEL } from '../copy/index.ts';

/** Share of the required progress that still counts as on track. */
export const PACE_SHARE = 0.95;

export type StatusInput = Pick<Indicator, 'id' | 'direction' | 'baseline' | 'target' | 'tolerance' | 'unit' | 'countNoun'>;

export interface StatusTrace {
  indicator: string;
  /** pace = numeric target; direction = only a good direction; none = no status possible. */
  method: 'pace' | 'direction' | 'none';
  outcome: StatusOutcome;
  colour: StatusColour;
  /** "På rette kurs", "Fremgang, men for langsomt", "Stilstand", "Tilbagegang", "Ingen status". */
  label: string;
  direction: Direction;
  /** The unit the trace's numbers are printed in (registry/units.ts indicatorUnit). */
  unit: UnitInfo;
  baseline?: PeriodValue;
  latest?: PeriodValue;
  target?: PeriodValue;
  tolerance: number;
  /** a: change since the baseline, positive = the good direction. */
  actual?: number;
  /** r: progress required by the latest period to be on the straight path to the target. */
  required?: number;
  /** 0.95 · r. */
  threshold?: number;
  /** Values flagged »brud i serien« after the baseline up to the latest value: the comparison spans them. */
  breaks?: PeriodValue[];
  /** Decimals the data is written with; the explanation prints numbers with these. */
  decimals: number;
  /** One or two Danish sentences saying why. */
  explanation: string;
}

/** +1 when higher is better, −1 when lower is better: multiplying by it makes "good" positive. */
export function goodSign(direction: Direction): 1 | -1 {
  return direction === 'higher' ? 1 : -1;
}

/** The last point strictly after the baseline period, if any. `points` need not be sorted. */
export function latestAfter(points: readonly PeriodValue[], time: number): PeriodValue | undefined {
  let latest: PeriodValue | undefined;
  for (const p of points) if (p.period.time > time && (!latest || p.period.time > latest.period.time)) latest = p;
  return latest;
}

/** Throws on a target the validator should already have refused: the rule would be meaningless. */
function assertTarget(ind: StatusInput, baseline: PeriodValue, target: PeriodValue): void {
  const gap = goodSign(ind.direction) * (target.value - baseline.value);
  if (gap < 0 || target.period.time <= baseline.period.time) {
    throw new Error(
      `Indikator ${ind.id}: målet ${target.value} (${target.period.label}) ligger på den forkerte side af ` +
        `basisværdien ${baseline.value} (${baseline.period.label}) for retningen "${ind.direction}", ` +
        'eller før basisåret. Forventede et mål i den gode retning og efter basisåret.',
    );
  }
}

/**
 * Status of an indicator from its main series (breakdown rows must not be passed here).
 * `decimals` only sets how the explanation prints numbers; by default the data's own precision.
 */
export function computeStatus(ind: StatusInput, points: readonly PeriodValue[], decimals?: number): StatusTrace {
  const { baseline, target, tolerance } = ind;
  const base = { indicator: ind.id, direction: ind.direction, unit: indicatorUnit(ind), baseline, target, tolerance };
  const finish = (t: Omit<StatusTrace, 'colour' | 'label' | 'explanation' | 'decimals'>): StatusTrace => {
    const d = decimals ?? decimalsOf([...points.map((p) => p.value), baseline?.value ?? 0, target?.value ?? 0, tolerance]);
    const full = { ...t, colour: OUTCOME_COLOUR[t.outcome], label: OUTCOME_LABEL[t.outcome], decimals: d };
    return { ...full, explanation: explainStatus(full) };
  };

  // Without a baseline there is no status, but the newest value is still shown (not »Seneste måling: Ingen«).
  if (!baseline) {
    const newest = latestAfter(points, -Infinity);
    return finish({ ...base, method: 'none', outcome: 'no-baseline', ...(newest ? { latest: newest } : {}) });
  }
  const latest = latestAfter(points, baseline.period.time);
  if (!latest) return finish({ ...base, method: 'none', outcome: 'no-measurement' });

  const s = goodSign(ind.direction);
  const a = s * (latest.value - baseline.value);
  // The baseline as written in indicators.csv carries no flag; the series' own value for it does.
  const basePoint = points.find((p) => p.period.time === baseline.period.time);
  const flaggedBase = basePoint?.flag
    ? { ...baseline, flag: basePoint.flag, ...(basePoint.note ? { note: basePoint.note } : {}) }
    : baseline;
  const breaks = points
    .filter((p) => p.flag && FLAGS[p.flag].breaksLine && p.period.time > baseline.period.time && p.period.time <= latest.period.time)
    .sort((p, q) => p.period.time - q.period.time);
  const common = { ...base, baseline: flaggedBase, latest, actual: a, ...(breaks.length > 0 ? { breaks } : {}) };

  if (!target) {
    const outcome: StatusOutcome = gt(a, tolerance) ? 'progress' : lt(a, -tolerance) ? 'decline' : 'standstill';
    return finish({ ...common, method: 'direction', outcome });
  }

  assertTarget(ind, baseline, target);
  const b = baseline.period.time;
  const r = (s * (target.value - baseline.value) * (latest.period.time - b)) / (target.period.time - b);
  const threshold = PACE_SHARE * r;
  const pace = { ...common, method: 'pace' as const, required: r, threshold };
  // Order matters only where branches overlap: "target met" wins over everything else.
  if (gte(s * (latest.value - target.value), 0)) return finish({ ...pace, outcome: 'target-met' });
  if (lt(a, -tolerance)) return finish({ ...pace, outcome: 'decline' });
  if (lte(Math.abs(a), tolerance)) return finish({ ...pace, outcome: 'standstill' });
  if (gte(a, threshold)) return finish({ ...pace, outcome: 'on-pace' });
  return finish({ ...pace, outcome: 'too-slow' });
}
