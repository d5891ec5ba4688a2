/**
 * Validate indicators.csv and measurements.csv together and build the Barometer. Every rule runs and
 * every error is collected; the Barometer holds the rows that passed their own cell rules.
 */
import type { Barometer, Indicator, Measurement } from '../model.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from './csv-schema.ts';
import { sortErrors, type ValidationError } from './errors.ts';
import { readCsv } from './read-csv.ts';
import { typeTable } from './typed-table.ts';
import { indicatorDraft, measurementDraft, type IndicatorDraft, type MeasurementDraft } from './drafts.ts';
import { baselineValue, dataContext, type DataContext } from './data-context.ts';
import { checkUnknownIndicators } from './rules/unknown-indicator.ts';
import { checkDuplicateRows } from './rules/duplicate-rows.ts';
import { checkUnitRange } from './rules/unit-range.ts';
import { checkTolerance } from './rules/tolerance.ts';
import { checkUnitNoun } from './rules/unit-noun.ts';
import { checkHalfFilledPairs } from './rules/half-filled-pairs.ts';
import { checkTargetWithoutBaseline } from './rules/target-without-baseline.ts';
import { checkTargetAfterBaseline } from './rules/target-after-baseline.ts';
import { checkTargetDirection } from './rules/target-direction.ts';
import { checkMainIndicator } from './rules/main-indicator.ts';
import { checkIllustrative } from './rules/illustrative.ts';
import { checkBaselineMeasurement } from './rules/baseline-measurement.ts';
import { checkPeriodKinds } from './rules/period-kinds.ts';
import { checkMainSeries } from './rules/main-series.ts';
import { checkGeoSeries } from './rules/geo-series.ts';
import { checkMainSeriesGeo } from './rules/main-series-geo.ts';
import { checkBreakdownCase } from './rules/breakdown-case.ts';
import { checkFlagNote } from './rules/flag-note.ts';
import { checkFormulaCells } from './rules/formula-cells.ts';
import { checkFuturePeriods } from './rules/future-period.ts';
import { fileLevelErrors } from './rules/file-level.ts';
import { runGated, type BrokenTables } from './rule-gate.ts';

/** Rules that look across rows and tables, each one function. */
export const CROSS_ROW_RULES: readonly ((ctx: DataContext) => ValidationError[])[] = [
  checkUnknownIndicators,
  checkDuplicateRows,
  checkUnitRange,
  checkTolerance,
  checkUnitNoun,
  checkHalfFilledPairs,
  checkTargetWithoutBaseline,
  checkTargetAfterBaseline,
  checkTargetDirection,
  checkMainIndicator,
  checkIllustrative,
  checkBaselineMeasurement,
  checkPeriodKinds,
  checkMainSeries,
  checkGeoSeries,
  checkMainSeriesGeo,
  checkBreakdownCase,
  checkFlagNote,
  checkFormulaCells,
];

export interface CsvInput {
  /** Display path used in messages, e.g. "data/indicators.csv". */
  file: string;
  text: string;
}

function toIndicator(d: IndicatorDraft, ctx: DataContext): Indicator | undefined {
  if (!d.valid || !d.id || !d.area || !d.title || !d.definition || !d.unit || !d.direction) return undefined;
  if (d.main === undefined || d.tolerance === undefined || !d.source || d.illustrative === undefined) return undefined;
  const ind: Indicator = {
    id: d.id,
    area: d.area,
    title: d.title,
    definition: d.definition,
    unit: d.unit,
    direction: d.direction,
    main: d.main,
    tolerance: d.tolerance,
    source: d.source,
    illustrative: d.illustrative,
  };
  const base = baselineValue(ctx, d);
  if (d.baselinePeriod && base !== undefined) ind.baseline = { period: d.baselinePeriod, value: base };
  if (d.targetPeriod && d.targetValue !== undefined) ind.target = { period: d.targetPeriod, value: d.targetValue };
  if (d.mainLabel) ind.mainLabel = d.mainLabel;
  if (d.sourceUrl) ind.sourceUrl = d.sourceUrl;
  if (d.method) ind.method = d.method;
  if (d.coverage) ind.coverage = d.coverage;
  if (d.baselineNote) ind.baselineNote = d.baselineNote;
  if (d.nextUpdate) ind.nextUpdate = d.nextUpdate;
  if (d.countNoun && d.unit === 'antal') ind.countNoun = d.countNoun;
  return ind;
}

function toMeasurement(d: MeasurementDraft, known: Set<string>): Measurement | undefined {
  if (!d.valid || !d.indicator || !known.has(d.indicator) || !d.period || d.value === undefined || !d.source) return undefined;
  const m: Measurement = {
    indicator: d.indicator,
    period: d.period,
    breakdown: d.breakdown,
    value: d.value,
    source: d.source,
    note: d.note,
  };
  if (d.geo) m.geo = d.geo;
  if (d.flag) m.flag = d.flag;
  if (d.sourceUrl) m.sourceUrl = d.sourceUrl;
  return m;
}

export interface DataResult {
  barometer: Barometer;
  errors: ValidationError[];
  /** Data rows read from both files (for progress lines). */
  rows: number;
}

export interface ValidateOptions {
  /** Measurements for periods that begin after this day are refused. Default: now. */
  today?: Date;
}

export function validateData(indicatorsCsv: CsvInput, measurementsCsv: CsvInput, options: ValidateOptions = {}): DataResult {
  const ind = readCsv(indicatorsCsv.text, indicatorsCsv.file);
  const mea = readCsv(measurementsCsv.text, measurementsCsv.file);
  const rowCount = ind.table.rows.length + mea.table.rows.length;
  // The cause first: an empty file, a broken header, an unclosed quote or rows that do not split as
  // the header does. Such a file's rows are not typed, and rules reading them are skipped (runGated);
  // the other file is checked as usual.
  const indFile = fileLevelErrors(ind.table, INDICATORS_TABLE, ind.errors);
  const meaFile = fileLevelErrors(mea.table, MEASUREMENTS_TABLE, mea.errors);
  const broken: BrokenTables = { indicators: indFile.length > 0, measurements: meaFile.length > 0 };
  const none = { rows: [], errors: [] };
  const indTyped = broken.indicators ? none : typeTable(ind.table, INDICATORS_TABLE);
  const meaTyped = broken.measurements ? none : typeTable(mea.table, MEASUREMENTS_TABLE);
  const ctx = dataContext(indicatorsCsv.file, measurementsCsv.file, indTyped.rows.map(indicatorDraft), meaTyped.rows.map(measurementDraft));
  const errors = [...indFile, ...meaFile, ...indTyped.errors, ...meaTyped.errors];
  for (const rule of CROSS_ROW_RULES) errors.push(...runGated(ctx, broken, rule));
  errors.push(...runGated(ctx, broken, (c) => checkFuturePeriods(c, options.today ?? new Date())));
  // Nothing is published from half the data: a broken file gives an empty barometer, as before.
  if (broken.indicators || broken.measurements)
    return { barometer: { indicators: [], measurements: [] }, errors: sortErrors(errors), rows: rowCount };
  const indicators = ctx.indicators.map((d) => toIndicator(d, ctx)).filter((i): i is Indicator => i !== undefined);
  const known = new Set(indicators.map((i) => i.id));
  const measurements = ctx.measurements.map((d) => toMeasurement(d, known)).filter((m): m is Measurement => m !== undefined);
  return { barometer: { indicators, measurements }, errors: sortErrors(errors), rows: rowCount };
}
