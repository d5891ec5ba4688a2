/**
 * How flagged values show in a chart (the same in every chart: the page's figure, graf.svg and the
 * city comparison): a break in the series breaks the line and is marked by a dotted vertical rule
 * between the last value before it and the first after; a provisional, revised or estimated value
 * gets a hollow marker. Pure: points in, segments and rule positions out.
 */
import type { PeriodValue } from '../model.ts';
import { FLAGS, type FlagId } from '../registry/flags.ts';
import { isGap } from './gaps.ts';

const r1 = (v: number) => Math.round(v * 10) / 10;

export const breaksLine = (p: PeriodValue): boolean => p.flag !== undefined && FLAGS[p.flag].breaksLine;
export const isHollow = (p: { flag?: FlagId }): boolean => p.flag !== undefined && FLAGS[p.flag].hollow;

/**
 * The points as runs that may be joined by a line: a new run starts at each value after a break, and
 * after periods without a measurement (gaps.ts), so a line never spans years that were not measured.
 */
export function segmentsOf(points: readonly PeriodValue[]): PeriodValue[][] {
  const runs: PeriodValue[][] = [];
  for (const p of points) {
    const last = runs.at(-1);
    const before = last?.at(-1);
    if (!last || !before || breaksLine(p) || isGap(before, p)) runs.push([p]);
    else last.push(p);
  }
  return runs;
}

/** The points that stand alone (a gap or a break either side): a line cannot show them, a dot must. */
export function lonePoints(points: readonly PeriodValue[]): PeriodValue[] {
  return segmentsOf(points)
    .filter((run) => run.length === 1)
    .map((run) => run[0] as PeriodValue);
}

export interface BreakMark {
  /** The period of the first value after the break, e.g. "2021" (the earliest, when several series share the rule). */
  period: string;
  /** Where the rule is drawn: midway between the values either side, or at the value when it is a series' first. */
  x: number;
  /** The series that break here, by label. */
  series: string[];
  /** Each series with the period of its first value after the break (series that share a rule may differ). */
  where: { series: string; period: string }[];
  /** The notes that say why (each once). */
  notes: string[];
  /** No series has a value before the break here: the series begins with a new measure. */
  startsSeries: boolean;
}

interface RawBreak {
  series: string;
  period: string;
  /** The stretch of time the break lies in: from the value before it (or the value itself) to the value. */
  lo: number;
  hi: number;
  note?: string;
  starts: boolean;
}

/**
 * One rule per break, left to right. Breaks of several series that can share one position share one
 * rule: 2021 in every city is one rule, and so is a change of definition that shows in one series
 * from 2018 and in another from 2019 because its 2018 value is missing (the rule then stands where
 * both lines are broken). Two rules side by side would look like two events.
 */
export function breakMarks(series: readonly { label: string; points: readonly PeriodValue[] }[], x: (time: number) => number): BreakMark[] {
  const raw: RawBreak[] = [];
  for (const s of series) {
    const general = seriesSentences(s.points);
    s.points.forEach((p, i) => {
      if (!breaksLine(p)) return;
      const before = s.points[i - 1];
      const note = breakNote(p.note, general);
      raw.push({
        series: s.label,
        period: p.period.label,
        lo: before ? before.period.time : p.period.time,
        hi: p.period.time,
        ...(note ? { note } : {}),
        starts: !before,
      });
    });
  }
  raw.sort((a, b) => a.hi - b.hi || a.lo - b.lo);
  const groups: { lo: number; hi: number; items: RawBreak[] }[] = [];
  for (const r of raw) {
    const g = groups.at(-1);
    const lo = g ? Math.max(g.lo, r.lo) : r.lo;
    const hi = g ? Math.min(g.hi, r.hi) : r.hi;
    // Share the group's rule when the stretches overlap; when they only touch, only series that all
    // begin at that same value share it (a rule on another series' value would cut through a point).
    const shares = g !== undefined && (lo < hi || (lo === hi && r.starts && g.items.every((i) => i.starts)));
    if (g && shares) Object.assign(g, { lo, hi }).items.push(r);
    else groups.push({ lo: r.lo, hi: r.hi, items: [r] });
  }
  return groups.map((g) => {
    // Each note once; a note that another note already contains (»Listen fik nye kriterier …« and the
    // same sentence followed by what is missing for one series) is said by the longer one.
    const all = [...new Set(g.items.map((i) => i.note).filter((n): n is string => !!n))];
    const notes = all.filter((n) => !all.some((m) => m !== n && m.includes(n)));
    return {
      period: g.items[0]?.period ?? '',
      x: r1(x((g.lo + g.hi) / 2)),
      series: [...new Set(g.items.map((i) => i.series))],
      where: g.items.map((i) => ({ series: i.series, period: i.period })),
      notes,
      startsSeries: g.items.every((i) => i.starts),
    };
  });
}

const sentences = (note: string): string[] => note.split(/(?<=[.!?])\s+/).filter(Boolean);

/** Sentences of the notes on a series' values that do not break the line: said of the whole series. */
function seriesSentences(points: readonly PeriodValue[]): Set<string> {
  return new Set(points.filter((p) => !breaksLine(p) && p.note).flatMap((p) => sentences(p.note ?? '')));
}

/**
 * Why a value breaks the line: its note without the sentences the series' other values carry too.
 * »Hele landet« 2021 says why the series breaks and, like every »Hele landet« value, what the
 * national figure is; the key printed the second sentence as a reason for the break.
 */
export function breakNote(note: string | undefined, general: ReadonlySet<string>): string | undefined {
  if (!note) return undefined;
  const own = sentences(note).filter((t) => !general.has(t));
  return own.length > 0 ? own.join(' ') : undefined;
}

/** »København, 2020: 3 (skønnet)« – the flag in words after a value, for tooltips and descriptions. */
export function withFlag(text: string, flag: FlagId | undefined): string {
  return flag ? `${text} (${flag})` : text;
}
