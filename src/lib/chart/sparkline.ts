/**
 * Sparkline for the area cards: the main series as one small line (broken at a series break and where
 * periods were not measured, with a small dot for a value that stands alone), a dot
 * on the latest value and, when there is a target, a short dashed line at its level. Decorative: the card states the numbers.
 * Across periods that were not measured a thin dotted line joins the values either side (not across
 * a series break): a survey made every few years was a row of loose dots that read as a broken chart.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PeriodValue } from '../model.ts';
import { breaksLine, lonePoints, segmentsOf } from './flag-marks.ts';

export interface SparklineGeometry {
  width: number;
  height: number;
  d: string;
  last: { x: number; y: number };
  /** Values with no neighbour to join (a gap or a break either side), drawn as small dots. */
  dots: { x: number; y: number }[];
  /** Straight joins across periods that were not measured (never across a break), drawn dotted; '' when none. */
  bridges: string;
  targetY?: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function sparkline(points: readonly PeriodValue[], target?: PeriodValue, width = 120, height = 36): SparklineGeometry | undefined {
  if (points.length === 0) return undefined;
  const pad = 4;
  const values = [...points.map((p) => p.value), ...(target ? [target.value] : [])];
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const times = points.map((p) => p.period.time);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const x = scaleLinear()
    .domain(t0 === t1 ? [t0 - 1, t0 + 1] : [t0, t1])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([height - pad, pad]);
  const sorted = [...points].sort((p, q) => p.period.time - q.period.time);
  const path = line<PeriodValue>()
    .x((p) => x(p.period.time))
    .y((p) => y(p.value))
    .digits(1);
  // Broken at a series break, as in every chart.
  const runs = segmentsOf(sorted);
  const d = runs.map((run) => path(run) ?? '').join('');
  const bridges = runs
    .slice(1)
    .map((run, i) => [runs[i]?.at(-1), run[0]] as const)
    .filter((pair): pair is readonly [PeriodValue, PeriodValue] => pair[0] !== undefined && pair[1] !== undefined && !breaksLine(pair[1]))
    .map((pair) => path([...pair]) ?? '')
    .join('');
  const lastPoint = sorted.at(-1) as PeriodValue;
  const dots = lonePoints(sorted)
    .filter((p) => p !== lastPoint)
    .map((p) => ({ x: r1(x(p.period.time)), y: r1(y(p.value)) }));
  return {
    width,
    height,
    d,
    last: { x: r1(x(lastPoint.period.time)), y: r1(y(lastPoint.value)) },
    dots,
    bridges,
    targetY: target ? r1(y(target.value)) : undefined,
  };
}
