/**
 * The data behind one indicator's chart as downloads: CSV in the editors' own format (UTF-8 with BOM,
 * ";" and decimal comma, so Danish Excel opens it as is; the rows are exactly the indicator's rows of
 * measurements.csv, with the indicator's coverage on every row so a copy never loses whom it covers)
 * and JSON with the indicator's metadata and typed values.
 */
import type { Barometer, Indicator, Measurement, PeriodValue } from '../model.ts';
import { ATTRIBUTION, LICENCE } from '../open-data/licence.ts';
import { findIndicator } from './indicator-view.ts';
import { indicatorRows } from './series.ts';
import { columnSpec, INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../data/csv-schema.ts';
import { excelCsv } from '../data/write-csv.ts';
import { formatDanishNumber } from '../format/danish-number.ts';

/** The columns of measurements.csv, in its order, and the indicator's coverage (csv-schema.ts). */
const COLUMNS = [...MEASUREMENTS_TABLE.columns.map((c) => c.name), columnSpec(INDICATORS_TABLE, 'coverage').name];

function rowsOf(barometer: Barometer, id: string): Measurement[] {
  // Main series first, then breakdowns, each by period: the order of the chart's table.
  const rows = indicatorRows(barometer.measurements, id);
  const order = new Map<string, number>();
  for (const m of rows) if (!order.has(m.breakdown)) order.set(m.breakdown, m.breakdown === '' ? -1 : order.size);
  return [...rows].sort((a, b) => (order.get(a.breakdown) as number) - (order.get(b.breakdown) as number) || a.period.time - b.period.time);
}

export function indicatorCsv(barometer: Barometer, id: string): string {
  const coverage = findIndicator(barometer, id).coverage ?? '';
  const data = rowsOf(barometer, id).map((m) => {
    const cells: Record<string, string> = {
      indicator: m.indicator,
      period: m.period.label,
      breakdown: m.breakdown,
      value: formatDanishNumber(m.value),
      source: m.source,
      note: m.note,
      geo: m.geo ?? '',
      flag: m.flag ?? '',
      source_url: m.sourceUrl ?? '',
      coverage,
    };
    return COLUMNS.map((c) => cells[c] ?? '');
  });
  return excelCsv(COLUMNS, data);
}

const period = (p: PeriodValue | undefined) => (p ? { period: p.period.label, value: p.value } : null);

export interface IndicatorJson {
  indicator: Omit<Indicator, 'baseline' | 'target' | 'sourceUrl' | 'method' | 'mainLabel' | 'coverage' | 'baselineNote'> & {
    mainLabel: string | null;
    coverage: string | null;
    baselineNote: string | null;
    baseline: { period: string; value: number } | null;
    target: { period: string; value: number } | null;
    sourceUrl: string | null;
    method: string | null;
  };
  licence: { id: string; title: string; url: string };
  attribution: string;
  rows: DownloadRow[];
}

export interface DownloadRow {
  indicator: string;
  period: string;
  breakdown: string;
  value: number;
  source: string;
  note: string;
  geo: string | null;
  flag: string | null;
  sourceUrl: string | null;
}

export function downloadRow(m: Measurement): DownloadRow {
  return {
    indicator: m.indicator,
    period: m.period.label,
    breakdown: m.breakdown,
    value: m.value,
    source: m.source,
    note: m.note,
    geo: m.geo ?? null,
    flag: m.flag ?? null,
    sourceUrl: m.sourceUrl ?? null,
  };
}

export function indicatorJson(barometer: Barometer, id: string): IndicatorJson {
  const i = findIndicator(barometer, id);
  return {
    indicator: {
      id: i.id,
      area: i.area,
      title: i.title,
      definition: i.definition,
      unit: i.unit,
      direction: i.direction,
      main: i.main,
      mainLabel: i.mainLabel ?? null,
      baseline: period(i.baseline),
      target: period(i.target),
      tolerance: i.tolerance,
      source: i.source,
      sourceUrl: i.sourceUrl ?? null,
      method: i.method ?? null,
      illustrative: i.illustrative,
      coverage: i.coverage ?? null,
      baselineNote: i.baselineNote ?? null,
    },
    licence: { ...LICENCE },
    attribution: ATTRIBUTION,
    rows: rowsOf(barometer, id).map(downloadRow),
  };
}
