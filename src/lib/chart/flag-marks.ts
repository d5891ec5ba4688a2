/**
 * How flagged values show in a chart (the same in every chart: the page's figure, graf.svg and the
 * city comparison): a break in the series breaks the line and is marked by a dotted vertical rule
 * between the last value before it and the first after; a provisional, revised or estimated value
 * gets a hollow marker. Pure: points in, segments and rule positions out.
 */
import type { PeriodValue } from '../model.ts';
import { FLAGS, type FlagId } from '../registry/flags.ts';

const r1 = (v: number) => Math.round(v * 10) / 10;

export const breaksLine = (p: PeriodValue): boolean => p.flag !== undefined && FLAGS[p.flag].breaksLine;
export const isHollow = (p: { flag?: FlagId }): boolean => p.flag !== undefined && FLAGS[p.flag].hollow;

/** The points as runs that may be joined by a line: a new run starts at each value after a break. */
export function segmentsOf(points: readonly PeriodValue[]): PeriodValue[][] {
  const runs: PeriodValue[][] = [];
  for (const p of points) {
    const last = runs.at(-1);
    if (!last || (breaksLine(p) && last.length > 0)) runs.push([p]);
    else last.push(p);
  }
  return runs;
}

export interface BreakMark {
  /** The period of the first value after the break, e.g. "2021". */
  period: string;
  /** Where the rule is drawn: midway between the values either side, or at the value when it is a series' first. */
  x: number;
  /** The series that break here, by label. */
  series: string[];
  /** The notes that say why (each once). */
  notes: string[];
  /** No series has a value before the break here: the series begins with a new measure. */
  startsSeries: boolean;
}

/** One mark per period at which any series breaks, left to right. */
export function breakMarks(series: readonly { label: string; points: readonly PeriodValue[] }[], x: (time: number) => number): BreakMark[] {
  const marks = new Map<string, BreakMark & { time: number }>();
  for (const s of series) {
    s.points.forEach((p, i) => {
      if (!breaksLine(p)) return;
      const before = s.points[i - 1];
      const at = before ? (x(before.period.time) + x(p.period.time)) / 2 : x(p.period.time);
      const mark = marks.get(p.period.label) ?? { period: p.period.label, time: p.period.time, x: r1(at), series: [], notes: [], startsSeries: true };
      mark.series.push(s.label);
      if (before) mark.startsSeries = false;
      if (p.note && !mark.notes.includes(p.note)) mark.notes.push(p.note);
      marks.set(p.period.label, mark);
    });
  }
  return [...marks.values()].sort((a, b) => a.time - b.time).map(({ time: _time, ...m }) => m);
}

/** «København, 2020: 3 (skønnet)» – the flag in words after a value, for tooltips and descriptions. */
export function withFlag(text: string, flag: FlagId | undefined): string {
  return flag ? `${text} (${flag})` : text;
}
