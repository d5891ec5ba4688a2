/**
 * The legend entries for flagged values in a chart, in words: which values are hollow and why, and
 * where and why a series breaks. The page's key and the standalone graf.svg print the same entries.
 */
import { labelInText } from '../format/label-in-text.ts';
import { FLAG_IDS, type FlagId } from '../registry/flags.ts';
import { listDa } from '../format/list.ts';
import type { BreakMark } from './flag-marks.ts';
import { periodText } from '../format/period.ts';
import { chartCopy } from '../copy/chart.ts';

const words = chartCopy.legend;

export interface FlagLegendItem {
  kind: 'hollow' | 'break' | 'gap';
  text: string;
}

interface FlaggedPoint {
  period: string;
  flag?: FlagId;
  hollow: boolean;
}

/**
 * `series`: each drawn series' label and points; `breaks` from the geometry. `brief` leaves the notes
 * out (the embed page, which is small and links to the full page) and points to them instead.
 * `gaps`: the geometry's summary of periods without a measurement (gaps.ts), where the line stops.
 */
export function flagLegend(
  series: readonly { label: string; points: readonly FlaggedPoint[] }[],
  breaks: readonly BreakMark[],
  brief = false,
  gaps?: string,
): FlagLegendItem[] {
  const items: FlagLegendItem[] = [];
  if (gaps) items.push({ kind: 'gap', text: words.gap(gaps) });
  for (const flag of FLAG_IDS) {
    const where = series
      .map((s) => ({ label: s.label, periods: s.points.filter((p) => p.hollow && p.flag === flag).map((p) => periodText(p.period)) }))
      .filter((w) => w.periods.length > 0);
    if (where.length === 0) continue;
    // In parentheses after the flag's noun: every label is mid-sentence.
    const text = listDa(where.map((w) => `${labelInText(w.label)} ${listDa(w.periods)}`));
    items.push({ kind: 'hollow', text: words.hollow(chartCopy.flagNoun[flag], text, brief) });
  }
  if (brief && breaks.length > 1) {
    const where = listDa(breaks.map(breakWhere));
    items.push({ kind: 'break', text: words.breaks(where) });
    return items;
  }
  for (const b of breaks) {
    const why = brief ? words.seeWhy : b.notes.length > 0 ? ` ${b.notes.join(' ')}` : '';
    const how = words.breakHow(b.startsSeries, b.series.length > 1);
    items.push({ kind: 'break', text: words.break(breakWhere(b), how, why) });
  }
  return items;
}

/** »2021 (København og Aarhus)«, or »(hele landet 2018 og København 2019)« when the series' periods differ. */
export function breakWhere(b: BreakMark): string {
  const periods = new Set(b.where.map((w) => w.period));
  if (periods.size <= 1) return `${periodText(b.period)} (${listDa(b.series.map(labelInText))})`;
  return `(${listDa(b.where.map((w) => `${labelInText(w.series)} ${periodText(w.period)}`))})`;
}
