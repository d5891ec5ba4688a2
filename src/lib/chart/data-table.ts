/**
 * The chart's data as a table: one row per period, one column per series, Danish numbers. Every value
 * with a flag or a note gets a footnote number; values that share the same flag and note share the
 * footnote (a break noted on 2021 in every city is one footnote).
 */
import { labelsAfterFirst } from '../format/label-in-text.ts';
import type { Series } from '../model.ts';
import { formatNumber } from '../format/danish-number.ts';
import { FLAGS, type FlagId } from '../registry/flags.ts';
import { listDa } from '../format/list.ts';
import { periodText } from '../format/period.ts';

export interface Footnote {
  n: number;
  flag?: FlagId;
  /** The value's note; without one, a flagged value's footnote explains the flag. */
  explanation: string;
  /** »Brud i serien: Springet fra 2020 til 2021 …« – the flag's name, then the explanation. */
  text: string;
  /** »København og Hele landet, 2021« – where the footnote applies. */
  where: { series: string; period: string }[];
}

export interface DataTable {
  columns: string[];
  rows: { period: string; cells: (string | undefined)[]; notes: (number | undefined)[]; flags: (FlagId | undefined)[] }[];
  footnotes: Footnote[];
}

function explanationOf(flag: FlagId | undefined, note: string | undefined): string {
  return note || (flag ? FLAGS[flag].meaning : '');
}

export function dataTable(series: readonly Series[], decimals: number): DataTable {
  const periods = new Map<string, number>();
  for (const s of series) for (const p of s.points) periods.set(p.period.label, p.period.time);
  const ordered = [...periods].sort((a, b) => a[1] - b[1]).map(([label]) => label);
  const footnotes: Footnote[] = [];
  const byKey = new Map<string, Footnote>();
  const rows = ordered.map((period) => {
    const row: DataTable['rows'][number] = { period, cells: [], notes: [], flags: [] };
    for (const s of series) {
      const p = s.points.find((q) => q.period.label === period);
      row.cells.push(p ? formatNumber(p.value, decimals) : undefined);
      row.flags.push(p?.flag);
      if (!p || (!p.flag && !p.note)) {
        row.notes.push(undefined);
        continue;
      }
      const key = `${p.flag ?? ''}\u0000${p.note ?? ''}`;
      let fn = byKey.get(key);
      if (!fn) {
        const explanation = explanationOf(p.flag, p.note);
        const text = p.flag ? `${FLAGS[p.flag].label}: ${explanation}` : explanation;
        fn = { n: footnotes.length + 1, explanation, text, where: [], ...(p.flag ? { flag: p.flag } : {}) };
        byKey.set(key, fn);
        footnotes.push(fn);
      }
      fn.where.push({ series: s.label, period });
      row.notes.push(fn.n);
    }
    return row;
  });
  return { columns: series.map((s) => s.label), rows, footnotes };
}

/**
 * »København og Hele landet 2021«, »København 2020 og 2022; Hele landet 2018« – the cells a footnote
 * belongs to: series with the same periods share one clause.
 */
export function footnoteWhere(fn: Footnote): string {
  const bySeries = new Map<string, string[]>();
  for (const w of fn.where) bySeries.set(w.series, [...(bySeries.get(w.series) ?? []), periodText(w.period)]);
  const byPeriods = new Map<string, string[]>();
  for (const [series, periods] of bySeries) {
    const key = listDa(periods);
    byPeriods.set(key, [...(byPeriods.get(key) ?? []), series]);
  }
  return [...byPeriods].map(([periods, series]) => `${listDa(labelsAfterFirst(series))} ${periods}`).join('; ');
}
