/**
 * Small multiples for the city comparison: one small chart per municipality, all on the same x and y
 * scales, each with Copenhagen drawn as a grey dashed reference line (Copenhagen's own panel has it as
 * its solid line). Flagged values show as in every chart (flag-marks.ts). Pure: data in, numbers and
 * path strings out; ComparisonFigure.astro only prints them.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PeriodValue } from '../model.ts';
import { unitOf, type UnitId, type UnitInfo } from '../registry/units.ts';
import { formatValue } from '../format/danish-number.ts';
import { valueTicks, type Tick } from './axes.ts';
import { textWidth } from './label-layout.ts';
import { breakMarks, isHollow, lonePoints, segmentsOf, withFlag, type BreakMark } from './flag-marks.ts';
import type { ChartPoint, ChartSize } from './line-chart.ts';
import { periodText } from '../format/period.ts';

/** Two layouts, each drawn at about 1:1: one panel per row on a phone, three per row on a wider screen. */
export const NARROW_PANEL: ChartSize = { width: 340, height: 150, fontSize: 13 };
export const WIDE_PANEL: ChartSize = { width: 230, height: 170, fontSize: 12 };

export interface SmallMultiplesInput {
  /** One per municipality, Copenhagen first; `isReference` marks Copenhagen. */
  panels: readonly { key: string; label: string; points: readonly PeriodValue[]; isReference: boolean }[];
  unit: UnitId | UnitInfo;
  decimals: number;
  size: ChartSize;
}

export interface Panel {
  key: string;
  label: string;
  isReference: boolean;
  /** The municipality's own line (broken at a series break). */
  d: string;
  points: ChartPoint[];
  /** Copenhagen's line for comparison; absent on Copenhagen's own panel. */
  referenceD?: string;
  /** Copenhagen's values with no neighbour to join (a gap or a break either side), as small dots. */
  referenceDots?: { x: number; y: number }[];
  breaks: BreakMark[];
}

export interface SmallMultiplesGeometry {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  unitLabel: string;
  /** Radius of the circle at each value. */
  markerRadius: number;
  xTicks: Tick[];
  yTicks: Tick[];
  panels: Panel[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function extent(values: number[], pad: number): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo !== hi ? [lo, hi] : [lo - pad, hi + pad];
}

export function smallMultiples(input: SmallMultiplesInput): SmallMultiplesGeometry {
  const size = input.size;
  const fs = size.fontSize;
  const all = input.panels.flatMap((p) => p.points);
  if (all.length === 0) throw new Error('smallMultiples: ingen målinger at tegne');
  const reference = input.panels.find((p) => p.isReference);

  const top = Math.round(fs * 2.4);
  const bottom = size.height - Math.round(fs * 1.9);
  const [lo, hi] = extent(
    all.map((p) => p.value),
    Math.abs(all[0]?.value ?? 1) * 0.1 || 1,
  );
  // One scale for every panel, so a higher line is a higher value whichever panel it is in.
  const y = scaleLinear().domain([lo, hi]).nice(4).range([bottom, top]);
  const yTicks = valueTicks(y, 4);
  const left = Math.max(...yTicks.map((t) => textWidth(t.label, fs))) + Math.round(fs * 0.7);
  const right = size.width - Math.round(fs * 1.2);
  const [t0, t1] = extent(
    all.map((p) => p.period.time),
    1,
  );
  const x = scaleLinear().domain([t0, t1]).range([left, right]);
  // First and last year only: the panels are small, and the table has every value.
  const years = [...new Set([Math.ceil(t0), Math.floor(t1)])].filter((v) => v >= t0 && v <= t1);
  const xTicks: Tick[] = years.map((v) => ({ at: r1(x(v)), value: v, label: String(v) }));

  const path = line<PeriodValue>()
    .x((p) => x(p.period.time))
    .y((p) => y(p.value))
    .digits(1);
  const draw = (points: readonly PeriodValue[]) =>
    segmentsOf(points)
      .map((run) => path(run) ?? '')
      .join('');
  const value = (v: number) => formatValue(v, input.unit, input.decimals);

  const panels: Panel[] = input.panels.map((p) => {
    const panel: Panel = {
      key: p.key,
      label: p.label,
      isReference: p.isReference,
      d: draw(p.points),
      points: p.points.map((q) => ({
        x: r1(x(q.period.time)),
        y: r1(y(q.value)),
        period: q.period.label,
        value: q.value,
        valueText: value(q.value),
        tip: withFlag(`${p.label}, ${periodText(q.period.label)}: ${value(q.value)}`, q.flag),
        ...(q.flag ? { flag: q.flag } : {}),
        hollow: isHollow(q),
      })),
      breaks: breakMarks([{ label: p.label, points: p.points }], x),
    };
    if (reference && !p.isReference) {
      panel.referenceD = draw(reference.points);
      panel.referenceDots = lonePoints(reference.points).map((q) => ({ x: r1(x(q.period.time)), y: r1(y(q.value)) }));
    }
    return panel;
  });

  return {
    width: size.width,
    height: size.height,
    fontSize: fs,
    plot: { left, top, right, bottom },
    unitLabel: unitOf(input.unit).name.charAt(0).toUpperCase() + unitOf(input.unit).name.slice(1),
    markerRadius: r1(fs * 0.3),
    xTicks,
    yTicks,
    panels,
  };
}
