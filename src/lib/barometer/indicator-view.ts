/**
 * Everything an indicator's figure, card and page print, computed once from the Barometer: series,
 * status with trace, trend, chart geometry (phone and wide), description, table, sparkline, whom the
 * figures cover, the comparison with the other big cities and the source of each value.
 */
import type { Barometer, Indicator, PeriodValue, Series } from '../model.ts';
import { areaName } from '../registry/areas.ts';
import { indicatorUnit } from '../registry/units.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { computeStatus, type StatusTrace } from '../status/status.ts';
import { computeTrend, type TrendResult } from '../status/trend.ts';
import { lineChart, NARROW, WIDE, type LineChartGeometry } from '../chart/line-chart.ts';
import { describeChart } from '../chart/describe.ts';
import { dataTable, type DataTable } from '../chart/data-table.ts';
import { sparkline, type SparklineGeometry } from '../chart/sparkline.ts';
import { DEFAULT_MAIN_LABEL, indicatorRows, mainPoints, seriesOf } from './series.ts';
import { COVERAGE, type CoverageInfo } from '../registry/coverage.ts';
import { chartSeries, comparisonOf } from './comparison.ts';
import { comparisonView, type ComparisonView } from './comparison-view.ts';
import { valueSources, type ValueSource } from './value-sources.ts';
import { periodText } from '../format/period.ts';
import { indicatorDataPaths, indicatorPath } from '../routes.ts';
import { factWords } from '../copy/indicator.ts';
import { da } from '../copy/site.ts';
import { mainPlace } from './main-place.ts';

export interface IndicatorView {
  indicator: Indicator;
  areaName: string;
  /** Site path of the indicator page (pass through href()). */
  path: string;
  csvPath: string;
  jsonPath: string;
  series: Series[];
  decimals: number;
  status: StatusTrace;
  /** The status word as shown: »På rette kurs«, or »På rette kurs (hele landet)« when the main series is national. */
  statusLabel: string;
  /** The baseline period a status is measured from (»2014«); absent when there is no status. */
  statusSince?: string;
  trend: TrendResult;
  latest?: PeriodValue;
  /** "80,02 pct." */
  latestText?: string;
  /** Where the main series was measured, when not in Copenhagen (»hele landet«): main-place.ts. */
  place?: string;
  baselineText?: string;
  targetText?: string;
  unitName: string;
  /** "Højere er bedre" / "Lavere er bedre". */
  directionText: string;
  charts?: { narrow: LineChartGeometry; wide: LineChartGeometry };
  description: string;
  table: DataTable;
  sparkline?: SparklineGeometry;
  /** Whom the figures cover; absent only for data written before the coverage column. */
  coverage?: CoverageInfo;
  /** Copenhagen beside the other big cities, when the indicator has their series. */
  comparison?: ComparisonView;
  sources: ValueSource[];
}

export function findIndicator(barometer: Barometer, id: string): Indicator {
  const ind = barometer.indicators.find((i) => i.id === id);
  if (!ind) {
    const known = barometer.indicators.map((i) => i.id).join(', ');
    throw new Error(`Ukendt indikator "${id}". Kendte indikatorer: ${known}.`);
  }
  return ind;
}

export function indicatorView(barometer: Barometer, id: string): IndicatorView {
  const indicator = findIndicator(barometer, id);
  const mainLabel = indicator.mainLabel ?? DEFAULT_MAIN_LABEL;
  const rows = indicatorRows(barometer.measurements, id);
  const all = seriesOf(rows, id, mainLabel);
  const comparison = comparisonOf(all);
  const series = chartSeries(all, comparison);
  const main = mainPoints(rows, id);
  const { baseline, target } = indicator;
  const unit = indicatorUnit(indicator);
  // One precision for the whole figure, page and trace: the most decimals any of its numbers has.
  const decimals = decimalsOf([
    ...all.flatMap((s) => s.points.map((p) => p.value)),
    baseline?.value ?? 0,
    target?.value ?? 0,
    indicator.tolerance,
  ]);
  const latest = main.at(-1);
  const fmt = (v: number) => formatValue(v, unit, decimals);
  const hasData = series.some((s) => s.points.length > 0);
  const chartInput = { series, unit, decimals, baseline, target };
  const coverage = indicator.coverage ? COVERAGE[indicator.coverage] : undefined;
  const place = mainPlace(barometer.measurements, id);
  const status = computeStatus(indicator, main, decimals);
  return {
    indicator,
    areaName: areaName(indicator.area),
    path: indicatorPath(id),
    ...indicatorDataPaths(id),
    series,
    decimals,
    status,
    statusLabel: place && status.colour !== 'hvid' ? da.statusAt(status.label, place) : status.label,
    ...(baseline && status.colour !== 'hvid' ? { statusSince: periodText(baseline.period.label) } : {}),
    trend: computeTrend(indicator, main),
    latest,
    latestText: latest ? fmt(latest.value) : undefined,
    ...(place ? { place } : {}),
    baselineText: baseline ? `${fmt(baseline.value)} (${periodText(baseline.period.label)})` : undefined,
    targetText: target ? `${fmt(target.value)} (${periodText(target.period.label)})` : undefined,
    unitName: unit.name,
    directionText: indicator.direction === 'higher' ? factWords.higherIsBetter : factWords.lowerIsBetter,
    charts: hasData ? { narrow: lineChart({ ...chartInput, size: NARROW }), wide: lineChart({ ...chartInput, size: WIDE }) } : undefined,
    description: describeChart({ ...chartInput, direction: indicator.direction, coverage: indicator.coverage }),
    table: dataTable(series, decimals),
    sparkline: sparkline(main, target),
    ...(coverage ? { coverage } : {}),
    ...(comparison ? { comparison: comparisonView(indicator, comparison, decimals) } : {}),
    sources: valueSources(rows, id, mainLabel),
  };
}
