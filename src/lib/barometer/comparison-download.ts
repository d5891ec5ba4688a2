/**
 * The city comparison as downloads: one row per municipality × period with its official code, the
 * value, flag and note, the source and where it was read, and whom the figures cover in that
 * municipality (row-coverage.ts: »alle indbyggere« in Aarhus, not »alle københavnere«). CSV as Danish
 * Excel reads it (BOM, ";", decimal comma); JSON with the indicator's id, title, unit and licence.
 */
import { excelCsv } from '../data/write-csv.ts';
import type { Barometer } from '../model.ts';
import { ATTRIBUTION, LICENCE } from '../open-data/licence.ts';
import { municipality, municipalityOrder, type MunicipalityCode } from '../registry/municipalities.ts';
import { findIndicator } from './indicator-view.ts';
import { comparisonOf } from './comparison.ts';
import { seriesOf } from './series.ts';
import { formatDanishNumber } from '../format/danish-number.ts';
import { COMPARISON, columnNames } from '../open-data/download-specs.ts';
import { indicatorFields } from '../open-data/indicator-record.ts';
import { rowCoverage } from '../open-data/row-coverage.ts';

/** The header, from the spec the data dictionary on /data/ prints. */
const COLUMNS = columnNames(COMPARISON);

/** Keys as the CSV's columns; an empty cell is null. */
export interface ComparisonRow {
  indicator: string;
  period: string;
  geo: MunicipalityCode;
  municipality: string;
  value: number;
  flag: string | null;
  note: string | null;
  source: string;
  source_url: string | null;
  coverage: string | null;
}

/** Rows in the comparison's order: municipality (registry order), then period. */
export function comparisonRows(b: Barometer, id: string): ComparisonRow[] {
  const ind = findIndicator(b, id);
  const comparison = comparisonOf(seriesOf(b.measurements, id));
  if (!comparison) return [];
  const breakdowns = new Map(comparison.series.map((s) => [s.breakdown, s.geo]));
  return b.measurements
    .filter((m) => m.indicator === id && breakdowns.has(m.breakdown))
    .map((m) => {
      const geo = breakdowns.get(m.breakdown) as MunicipalityCode;
      return {
        indicator: id,
        period: m.period.label,
        geo,
        municipality: municipality(geo).name,
        value: m.value,
        flag: m.flag ?? null,
        note: m.note || null,
        source: m.source,
        source_url: m.sourceUrl ?? null,
        coverage: rowCoverage(ind.coverage, geo),
      };
    })
    .sort((a, b2) => municipalityOrder(a.geo) - municipalityOrder(b2.geo) || a.period.localeCompare(b2.period));
}

export function comparisonCsv(b: Barometer, id: string): string {
  const data = comparisonRows(b, id).map((r) => {
    const cells: Record<string, string | number | null> = { ...r, value: formatDanishNumber(r.value) };
    return COLUMNS.map((c) => String(cells[c] ?? ''));
  });
  return excelCsv(COLUMNS, data);
}

export function comparisonJson(b: Barometer, id: string) {
  const ind = findIndicator(b, id);
  return {
    // Named with the columns of indicators.csv, as in data.json and indicators.json.
    indicator: indicatorFields(ind, ['id', 'title', 'unit', 'direction', 'coverage']),
    licence: { ...LICENCE },
    attribution: ATTRIBUTION,
    rows: comparisonRows(b, id),
  };
}

/** Indicators that have a comparison, for the download routes. */
export function comparedIndicatorIds(b: Barometer): string[] {
  return b.indicators.filter((i) => comparisonOf(seriesOf(b.measurements, i.id)) !== undefined).map((i) => i.id);
}
