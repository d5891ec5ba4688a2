/**
 * The city comparison as downloads: one row per municipality × period with its official code, the
 * value, flag and note, the source and where it was read, and whom the figures cover. CSV as Danish
 * Excel reads it (BOM, ";", decimal comma); JSON with the indicator's id, title, unit and licence.
 */
import { excelCsv } from '../data/write-csv.ts';
import type { Barometer } from '../model.ts';
import { ATTRIBUTION, LICENCE } from '../open-data/licence.ts';
import { municipality, municipalityOrder, type MunicipalityCode } from '../registry/municipalities.ts';
import { COVERAGE } from '../registry/coverage.ts';
import { findIndicator } from './indicator-view.ts';
import { comparisonOf } from './comparison.ts';
import { seriesOf } from './series.ts';
import { formatDanishNumber } from '../format/danish-number.ts';

const COLUMNS = ['indicator', 'period', 'geo', 'municipality', 'value', 'flag', 'note', 'source', 'source_url', 'coverage'] as const;

export interface ComparisonRow {
  indicator: string;
  period: string;
  geo: MunicipalityCode;
  municipality: string;
  value: number;
  flag: string | null;
  note: string;
  source: string;
  sourceUrl: string | null;
  coverage: string | null;
}

/** Rows in the comparison's order: municipality (registry order), then period. */
export function comparisonRows(b: Barometer, id: string): ComparisonRow[] {
  const ind = findIndicator(b, id);
  const comparison = comparisonOf(seriesOf(b.measurements, id));
  if (!comparison) return [];
  const coverage = ind.coverage ? COVERAGE[ind.coverage].label : null;
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
        note: m.note,
        source: m.source,
        sourceUrl: m.sourceUrl ?? null,
        coverage,
      };
    })
    .sort((a, b2) => municipalityOrder(a.geo) - municipalityOrder(b2.geo) || a.period.localeCompare(b2.period));
}

export function comparisonCsv(b: Barometer, id: string): string {
  const data = comparisonRows(b, id).map((r) => [
    r.indicator,
    r.period,
    r.geo,
    r.municipality,
    formatDanishNumber(r.value),
    r.flag ?? '',
    r.note,
    r.source,
    r.sourceUrl ?? '',
    r.coverage ?? '',
  ]);
  return excelCsv(COLUMNS, data);
}

export function comparisonJson(b: Barometer, id: string) {
  const ind = findIndicator(b, id);
  return {
    indicator: { id: ind.id, title: ind.title, unit: ind.unit, direction: ind.direction, coverage: ind.coverage ?? null },
    licence: { ...LICENCE },
    attribution: ATTRIBUTION,
    rows: comparisonRows(b, id),
  };
}

/** Indicators that have a comparison, for the download routes. */
export function comparedIndicatorIds(b: Barometer): string[] {
  return b.indicators.filter((i) => comparisonOf(seriesOf(b.measurements, i.id)) !== undefined).map((i) => i.id);
}
