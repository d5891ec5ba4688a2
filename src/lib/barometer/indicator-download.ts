/**
 * The data behind one indicator's chart as downloads: CSV in the editors' own format (UTF-8 with BOM,
 * ";" and decimal comma, so Danish Excel opens it as is; the rows are exactly the indicator's rows of
 * measurements.csv, with whom each row covers so a copy never loses it – the indicator's coverage for
 * Copenhagen, the same population's wording for another place: row-coverage.ts)
 * and JSON: the indicator keyed by the columns of indicators.csv, and the same rows keyed by the
 * CSV's column names, typed, with empty cells as null (snake_case like every download).
 */
import type { Barometer, Measurement } from '../model.ts';
import { ATTRIBUTION, LICENCE } from '../open-data/licence.ts';
import { findIndicator } from './indicator-view.ts';
import { indicatorRows } from './series.ts';
import { excelCsv } from '../data/write-csv.ts';
import { formatDanishNumber } from '../format/danish-number.ts';
import { columnNames, INDICATOR_DATA } from '../open-data/download-specs.ts';
import { indicatorRecord } from '../open-data/indicator-record.ts';
import type { JsonCell } from '../open-data/table-json.ts';
import { rowCoverage } from '../open-data/row-coverage.ts';
import type { CoverageId } from '../registry/coverage.ts';

/** The columns of measurements.csv, in its order, and whom the row covers (download-specs.ts). */
const COLUMNS = columnNames(INDICATOR_DATA);

function rowsOf(barometer: Barometer, id: string): Measurement[] {
  // Main series first, then breakdowns, each by period: the order of the chart's table.
  const rows = indicatorRows(barometer.measurements, id);
  const order = new Map<string, number>();
  for (const m of rows) if (!order.has(m.breakdown)) order.set(m.breakdown, m.breakdown === '' ? -1 : order.size);
  return [...rows].sort((a, b) => (order.get(a.breakdown) as number) - (order.get(b.breakdown) as number) || a.period.time - b.period.time);
}

/**
 * One row as JSON, keyed like the CSV; an empty cell is null, as /data/ says of every JSON file.
 * `coverage` is the indicator's; the row says it for its own place.
 */
export function downloadRow(m: Measurement, coverage: CoverageId | undefined): DownloadRow {
  return {
    indicator: m.indicator,
    period: m.period.label,
    breakdown: m.breakdown || null,
    value: m.value,
    source: m.source,
    note: m.note || null,
    geo: m.geo ?? null,
    flag: m.flag ?? null,
    source_url: m.sourceUrl ?? null,
    coverage: rowCoverage(coverage, m.geo),
  };
}

export function indicatorCsv(barometer: Barometer, id: string): string {
  const coverage = findIndicator(barometer, id).coverage;
  const data = rowsOf(barometer, id).map((m) => {
    const row: Record<string, JsonCell> = { ...downloadRow(m, coverage), value: formatDanishNumber(m.value) };
    return COLUMNS.map((c) => String(row[c] ?? ''));
  });
  return excelCsv(COLUMNS, data);
}

export interface IndicatorJson {
  /** The indicator keyed by the columns of indicators.csv (indicator-record.ts). */
  indicator: Record<string, JsonCell>;
  licence: typeof LICENCE;
  attribution: string;
  rows: DownloadRow[];
}

/** Keys as the CSV's columns (download-specs.ts INDICATOR_DATA). */
export interface DownloadRow {
  indicator: string;
  period: string;
  /** null for the main series. */
  breakdown: string | null;
  value: number;
  source: string;
  note: string | null;
  geo: string | null;
  flag: string | null;
  source_url: string | null;
  coverage: string | null;
}

export function indicatorJson(barometer: Barometer, id: string): IndicatorJson {
  const i = findIndicator(barometer, id);
  return {
    indicator: indicatorRecord(i),
    licence: { ...LICENCE },
    attribution: ATTRIBUTION,
    rows: rowsOf(barometer, id).map((m) => downloadRow(m, i.coverage)),
  };
}
