/**
 * What the city comparison prints: small-multiples geometry, each panel's title and text alternative,
 * the generated description of where Copenhagen stands, the table with footnotes and the downloads.
 */
import type { Indicator, PeriodValue } from '../model.ts';
import { COVERAGE } from '../registry/coverage.ts';
import { formatValue } from '../format/danish-number.ts';
import { NARROW_PANEL, smallMultiples, WIDE_PANEL, type SmallMultiplesGeometry } from '../chart/small-multiples.ts';
import { describeComparison } from '../chart/compare-describe.ts';
import { dataTable, type DataTable } from '../chart/data-table.ts';
import { withFlag } from '../chart/flag-marks.ts';
import type { Comparison } from './comparison.ts';
import { periodText } from '../format/period.ts';
import { comparisonPaths } from '../routes.ts';
import { comparisonWords } from '../copy/indicator.ts';
import { indicatorUnit } from '../registry/units.ts';

export interface PanelText {
  key: string;
  /** »Aarhus sammenlignet med København«. */
  title: string;
  /** »Aarhus: fra 58,38 pct. i 2010 til 73,17 pct. i 2024. København: …«. */
  description: string;
}

export interface ComparisonView {
  heading: string;
  /** »Alle indbyggere i hver kommune« / »Indvandrere med ikke-vestlig oprindelse i hver kommune«. */
  coverageText?: string;
  /** The same panels for a phone (one per row) and a wider screen (three per row). */
  geometry: { narrow: SmallMultiplesGeometry; wide: SmallMultiplesGeometry };
  panels: PanelText[];
  description: string;
  table: DataTable;
  tableCaption: string;
  csvPath: string;
  jsonPath: string;
}

function span(label: string, points: readonly PeriodValue[], fmt: (v: number) => string): string {
  const a = points[0];
  const b = points.at(-1);
  const w = comparisonWords;
  if (!a || !b) return w.noValues(label);
  if (a === b) return w.oneValue(label, withFlag(fmt(a.value), a.flag), periodText(a.period.label));
  return w.span(
    label,
    withFlag(fmt(a.value), a.flag),
    periodText(a.period.label),
    withFlag(fmt(b.value), b.flag),
    periodText(b.period.label),
  );
}

export function comparisonView(indicator: Indicator, comparison: Comparison, decimals: number): ComparisonView {
  const unit = indicatorUnit(indicator);
  const fmt = (v: number) => formatValue(v, unit, decimals);
  const cph = comparison.copenhagen;
  const input = {
    panels: comparison.series.map((s) => ({ key: `g${s.geo}`, label: s.name, points: s.points, isReference: s === cph })),
    unit,
    decimals,
  };
  const geometry = { narrow: smallMultiples({ ...input, size: NARROW_PANEL }), wide: smallMultiples({ ...input, size: WIDE_PANEL }) };
  const panels = comparison.series.map((s) => ({
    key: `g${s.geo}`,
    title: s === cph ? comparisonWords.copenhagen : comparisonWords.panelTitle(s.name),
    description:
      s === cph ? span(s.name, s.points, fmt) : `${span(s.name, s.points, fmt)} ${span(comparisonWords.copenhagen, cph.points, fmt)}`,
  }));
  const elsewhere = indicator.coverage ? COVERAGE[indicator.coverage].elsewhere : undefined;
  const coverageText = elsewhere
    ? comparisonWords.everyMunicipality(`${elsewhere.charAt(0).toUpperCase()}${elsewhere.slice(1)}`)
    : undefined;
  return {
    heading: comparisonWords.heading,
    coverageText,
    geometry,
    panels,
    description: describeComparison({
      series: comparison.series.map((s) => ({ label: s.name, points: s.points, wholeCountry: s.wholeCountry, isCopenhagen: s === cph })),
      unit,
      decimals,
      direction: indicator.direction,
      coverage: indicator.coverage,
    }),
    table: dataTable(comparison.series, decimals),
    tableCaption: `${comparisonWords.tableCaption(indicator.title)}${coverageText ? ` (${coverageText.toLowerCase()})` : ''}`,
    ...comparisonPaths(indicator.id),
  };
}
