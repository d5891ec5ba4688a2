/**
 * Line chart geometry: series, target line and year, baseline marker, the straight path from the
 * baseline to the target (the pace the status rule measures against), ticks, direct labels, and the
 * flagged values (hollow markers, lines broken at a series break; see flag-marks.ts).
 * Data in, numbers and path strings out; IndicatorFigure.astro only prints them.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PeriodValue, Series } from '../model.ts';
import { unitOf, type UnitId, type ValueUnit } from '../registry/units.ts';
import { formatValue } from '../format/danish-number.ts';
import { baselineLabel, periodText } from '../format/period.ts';
import { chartCopy } from '../copy/chart.ts';
import { valueTicks, yearTicks, type Tick } from './axes.ts';
import { BOLD_CHAR_WIDTH, layoutLabels, textWidth, wrapLabel } from './label-layout.ts';
import { markerPath, seriesStyle, type SeriesStyle } from './series-style.ts';
import { breakMarks, isHollow, segmentsOf, withFlag, type BreakMark } from './flag-marks.ts';
import { gapSummary } from './gaps.ts';
import type { FlagId } from '../registry/flags.ts';

export interface ChartSize {
  width: number;
  height: number;
  fontSize: number;
}

/** Two layouts: a phone-width chart drawn at about 1:1, and a wide one for larger screens and print. */
export const NARROW: ChartSize = { width: 320, height: 280, fontSize: 13 };
export const WIDE: ChartSize = { width: 720, height: 360, fontSize: 14 };

export interface LineChartInput {
  /** Main series first; at most a handful. */
  series: readonly Series[];
  /** An indicator's unit, or another unit for figures that are not an indicator's (spending). */
  unit: UnitId | ValueUnit;
  decimals: number;
  baseline?: PeriodValue;
  target?: PeriodValue;
  size: ChartSize;
  /** Start the value axis at zero (amounts of money, where a cut axis would exaggerate a change). */
  fromZero?: boolean;
}

export interface ChartPoint {
  x: number;
  y: number;
  period: string;
  value: number;
  /** "70,0 pct." */
  valueText: string;
  /** "København, 2014: 70,0 pct." – the tooltip of the optional point enhancement. */
  tip: string;
  flag?: FlagId;
  /** Drawn hollow: provisional, revised or estimated. */
  hollow: boolean;
}

export interface ChartSeries {
  key: string;
  label: string;
  style: SeriesStyle;
  d: string;
  /** Marker outline around 0,0, placed at each point with a translate. */
  marker: string;
  points: ChartPoint[];
}

export interface DirectLabel {
  key: string;
  kind: 'series' | 'target';
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** A thin line from the series' last point to its label when the two are apart. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LineChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Unit above the y axis, e.g. "Procent". */
  unitLabel: string;
  xTicks: Tick[];
  yTicks: Tick[];
  series: ChartSeries[];
  baseline?: { x: number; y: number; label: string; labelX: number; labelY: number; anchor: 'start' | 'end'; ringR: number };
  target?: { y: number; x: number; pace: string | undefined; ringR: number; dotR: number };
  /** Where the renderer prints the unit, the value labels, the tick marks and the year labels. */
  axes: { unitX: number; unitY: number; valueLabelX: number; tickY2: number; yearLabelY: number };
  /** Between the lines of a wrapped direct label (an SVG dy). */
  labelLineDy: string;
  labels: DirectLabel[];
  /** Where a series breaks: a dotted rule from the plot's top to its bottom. */
  breaks: BreakMark[];
  /** »København 2011–2016 og 2021«: periods without a measurement, where the lines stop (gaps.ts). */
  gaps?: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The chart's layout in em (multiples of the font size), named so each distance is set once and a
 * change to one is reviewed in the SVG snapshots (test/unit/chart-snapshots.test.ts).
 */
export const EM = {
  /** Room above the plot for the unit and the baseline label. */
  plotTop: 2.8,
  /** Room below the plot for the year labels. */
  plotBottom: 2.2,
  /** Least distance between two value ticks. */
  yTickSpacing: 3.2,
  /** Least distance between two year ticks. */
  xTickSpacing: 3.6,
  /** Values (and target, baseline) kept this far from the plot's top and bottom. */
  scaleEndRoom: 0.8,
  /** Between the widest value label and the plot. */
  valueLabelRoom: 0.8,
  /** Between a value label's right end and the plot. */
  valueLabelGap: 0.5,
  /** The x axis moves in by this when a ring sits at the first period. */
  ringRoomAtStart: 0.7,
  /** Tick marks below the x axis. */
  tickLength: 0.35,
  /** From the x axis to the year labels' baseline. */
  yearLabelDrop: 1.4,
  /** Baseline label above the plot. */
  baselineLabelRise: 0.5,
  /** Marker radius (its area is that of a circle of this radius). */
  markerRadius: 0.3,
  targetRing: 0.5,
  targetDot: 0.18,
  baselineRing: 0.6,
  /** Lines of a wrapped direct label. */
  labelLineHeight: 1.2,
  /** From a text's centre to its baseline: text reads centred on its y. */
  textMiddle: 0.35,
  /** Between the plot's right edge and the direct labels. */
  labelGap: 0.5,
  /** After a direct label's end, before the chart's edge: a focused chart's outline is drawn there. */
  labelEndRoom: 0.4,
  /** Labels may rise this far above the plot and end this far above the chart's bottom. */
  labelTopRoom: 1,
  labelBottomRoom: 0.2,
  /** A leader is drawn when the label is this far right of, or this far above or below, the last point. */
  leaderMinRun: 1.5,
  leaderMinRise: 0.5,
  /** Gaps at the leader's ends. */
  leaderStartGap: 0.5,
  leaderEndGap: 0.25,
} as const;

/** Direct labels take at most this share of the chart's width (wrapped beyond it). */
export const MAX_LABEL_SHARE = 0.38;
/** A triangle looks smaller than a circle of the same area: it gets this much more. */
export const TRIANGLE_AREA = 1.2;
/** A single value is padded by this share of itself, so it lands mid-chart. */
const SINGLE_VALUE_PAD = 0.1;

/** Min and max; a single value gets `pad` on each side so it lands mid-chart. */
function extent(values: number[], pad: (v: number) => number): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo !== hi ? [lo, hi] : [lo - pad(lo), hi + pad(lo)];
}

export function lineChart(input: LineChartInput): LineChartGeometry {
  const { series, unit, decimals, baseline, target, size } = input;
  const fs = size.fontSize;
  const all = series.flatMap((s) => s.points);
  const extra = [baseline, target].filter((p): p is PeriodValue => p !== undefined);
  if (all.length === 0) throw new Error('lineChart: ingen målinger at tegne');

  const top = Math.round(fs * EM.plotTop);
  const bottom = size.height - Math.round(fs * EM.plotBottom);
  const yTickCount = Math.max(3, Math.floor((bottom - top) / (fs * EM.yTickSpacing)));
  const values = [...all, ...extra].map((p) => p.value);
  const y = scaleLinear()
    .domain(extent(input.fromZero ? [0, ...values] : values, (v) => Math.abs(v) * SINGLE_VALUE_PAD || 1))
    .nice(yTickCount)
    .range([bottom, top]);
  // Room for the target and baseline (and any value) at the scale's ends: a target on the axis minimum
  // would lie on the x axis, and the baseline ring would cover the year labels. The axis line stays at
  // the plot's bottom; the values move in from it.
  const inset = roomAtEnds(
    y,
    [...all, ...extra].map((p) => p.value),
    Math.round(fs * EM.scaleEndRoom),
  );
  y.range([bottom - inset.bottom, top + inset.top]);
  const yTicks = valueTicks(y, yTickCount);
  const left = Math.max(...yTicks.map((t) => textWidth(t.label, fs))) + Math.round(fs * EM.valueLabelRoom);

  // Right margin: room for the longest direct label, wrapped if it would take more than 38 % of the width.
  const targetText = target ? chartCopy.targetLabel(periodText(target.period.label)) : undefined;
  const texts = [...series.map((s) => s.label), ...(targetText ? [targetText] : [])];
  const maxRight = Math.floor(size.width * MAX_LABEL_SHARE);
  // The labels start labelGap right of the plot and need room to their end (labelEndRoom) too.
  const room = fs * (EM.labelGap + EM.labelEndRoom);
  const maxChars = Math.max(6, Math.floor((maxRight - room) / (fs * BOLD_CHAR_WIDTH)));
  const wrapped = texts.map((t) => wrapLabel(t, maxChars));
  const right = size.width - Math.min(maxRight, Math.max(...wrapped.flat().map((l) => textWidth(l, fs, BOLD_CHAR_WIDTH)), 0) + room);

  // A baseline ring or target ring at the first period would overlap the value labels left of the plot.
  const times = [...all, ...extra].map((p) => p.period.time);
  const ringAtStart = extra.some((p) => p.period.time === Math.min(...times));
  const x = scaleLinear()
    .domain(extent(times, () => 1))
    .range([left + (ringAtStart ? Math.round(fs * EM.ringRoomAtStart) : 0), right]);
  const xTicks = yearTicks(x, Math.floor((right - left) / (fs * EM.xTickSpacing)));

  const path = line<PeriodValue>()
    .x((p) => x(p.period.time))
    .y((p) => y(p.value))
    .digits(1);
  const markerArea = Math.round((fs * EM.markerRadius) ** 2 * Math.PI);
  const chartSeries: ChartSeries[] = series.map((s, i) => {
    const runs = segmentsOf(s.points);
    // Measured only every few years, every point stands alone: say »cirkler uden linje«, not »linje«.
    const markersOnly = s.points.length > 1 && runs.every((run) => run.length === 1);
    const style = markersOnly ? { ...seriesStyle(i), description: chartCopy.markersOnly(i), markersOnly } : seriesStyle(i);
    return {
      key: `s${i}`,
      label: s.label,
      style,
      d: runs.map((run) => path(run) ?? '').join(''),
      marker: markerPath(style.marker, style.marker === 'triangle' ? markerArea * TRIANGLE_AREA : markerArea),
      points: s.points.map((p) => ({
        x: r1(x(p.period.time)),
        y: r1(y(p.value)),
        period: p.period.label,
        value: p.value,
        valueText: formatValue(p.value, unit, decimals),
        tip: withFlag(`${s.label}, ${periodText(p.period.label)}: ${formatValue(p.value, unit, decimals)}`, p.flag),
        ...(p.flag ? { flag: p.flag } : {}),
        hollow: isHollow(p),
      })),
    };
  });

  let baselineGeom: LineChartGeometry['baseline'];
  if (baseline) {
    const bx = r1(x(baseline.period.time));
    const label = baselineLabel(baseline.period.label);
    const anchor = bx + textWidth(label, fs) <= size.width ? 'start' : 'end';
    baselineGeom = {
      x: bx,
      y: r1(y(baseline.value)),
      label,
      labelX: bx,
      labelY: top - Math.round(fs * EM.baselineLabelRise),
      anchor,
      ringR: r2(fs * EM.baselineRing),
    };
  }

  let targetGeom: LineChartGeometry['target'];
  if (target) {
    const tx = r1(x(target.period.time));
    const ty = r1(y(target.value));
    const pace = baseline ? `M${r1(x(baseline.period.time))},${r1(y(baseline.value))}L${tx},${ty}` : undefined;
    targetGeom = { x: tx, y: ty, pace, ringR: r2(fs * EM.targetRing), dotR: r2(fs * EM.targetDot) };
  }

  const lineHeight = Math.round(fs * EM.labelLineHeight);
  const wants = texts.map((_, i) => {
    const s = chartSeries[i];
    const wantY = s ? (s.points.at(-1)?.y ?? top) : (targetGeom?.y ?? top);
    return { key: s ? s.key : 'target', y: wantY, height: (wrapped[i] as string[]).length * lineHeight };
  });
  const placed = layoutLabels(wants, top - fs * EM.labelTopRoom, size.height - fs * EM.labelBottomRoom);
  const labels: DirectLabel[] = wants.map((w, i) => {
    const lines = wrapped[i] as string[];
    const centre = placed.get(w.key) as number;
    // Centre the block of lines on its place; +0.35em puts the text baseline so the line reads centred.
    const firstBaseline = centre - ((lines.length - 1) * lineHeight) / 2 + fs * EM.textMiddle;
    const labelX = r1(right + fs * EM.labelGap);
    const last = chartSeries[i]?.points.at(-1);
    const apart = last && (labelX - last.x > fs * EM.leaderMinRun || Math.abs(centre - last.y) > fs * EM.leaderMinRise);
    const leader = apart
      ? { x1: r1(last.x + fs * EM.leaderStartGap), y1: last.y, x2: r1(labelX - fs * EM.leaderEndGap), y2: r1(centre) }
      : undefined;
    return { key: w.key, kind: w.key === 'target' ? 'target' : 'series', lines, x: labelX, y: r1(firstBaseline), leader };
  });

  const gaps = gapSummary(series);
  return {
    width: size.width,
    height: size.height,
    fontSize: fs,
    axes: {
      unitX: 0,
      unitY: fs,
      valueLabelX: r2(left - fs * EM.valueLabelGap),
      tickY2: r2(bottom + fs * EM.tickLength),
      yearLabelY: r2(bottom + fs * EM.yearLabelDrop),
    },
    labelLineDy: `${EM.labelLineHeight}em`,
    plot: { left, top, right: r1(right), bottom },
    unitLabel: capitalise(unitOf(unit).name),
    xTicks,
    yTicks,
    series: chartSeries,
    baseline: baselineGeom,
    target: targetGeom,
    labels,
    breaks: breakMarks(series, x),
    ...(gaps ? { gaps } : {}),
  };
}

/** Pixels to keep free at each end of a value scale: `pad` where a value lies closer than that to the end. */
export function roomAtEnds(y: ScaleLinear<number, number>, values: readonly number[], pad: number): { bottom: number; top: number } {
  const [r0, r1v] = y.range() as [number, number];
  const near = (end: number) => values.some((v) => Math.abs(y(v) - end) < pad);
  return { bottom: near(r0) ? pad : 0, top: near(r1v) ? pad : 0 };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
