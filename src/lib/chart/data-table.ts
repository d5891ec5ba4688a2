/** The chart's data as a table: one row per period, one column per series, Danish numbers. */
import type { Series } from '../model.ts';
import { formatNumber } from '../format/danish-number.ts';

export interface DataTable {
  columns: string[];
  rows: { period: string; cells: (string | undefined)[] }[];
}

export function dataTable(series: readonly Series[], decimals: number): DataTable {
  const periods = new Map<string, number>();
  for (const s of series) for (const p of s.points) periods.set(p.period.label, p.period.time);
  const ordered = [...periods].sort((a, b) => a[1] - b[1]).map(([label]) => label);
  return {
    columns: series.map((s) => s.label),
    rows: ordered.map((period) => ({
      period,
      cells: series.map((s) => {
        const p = s.points.find((q) => q.period.label === period);
        return p ? formatNumber(p.value, decimals) : undefined;
      }),
    })),
  };
}
