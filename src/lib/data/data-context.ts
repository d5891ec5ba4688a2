/** Both tables' typed rows plus the look-ups the cross-row rules share. */
import type { IndicatorDraft, MeasurementDraft } from './drafts.ts';

export interface DataContext {
  indicatorsFile: string;
  measurementsFile: string;
  indicators: IndicatorDraft[];
  measurements: MeasurementDraft[];
  /** Indicator id → its first row in indicators.csv. */
  byId: Map<string, IndicatorDraft>;
  /** Indicator id → its main-series rows (empty breakdown) with a readable period and value. */
  mainSeries: Map<string, MeasurementDraft[]>;
}

export function dataContext(
  indicatorsFile: string,
  measurementsFile: string,
  indicators: IndicatorDraft[],
  measurements: MeasurementDraft[],
): DataContext {
  const byId = new Map<string, IndicatorDraft>();
  for (const ind of indicators) if (ind.id && !byId.has(ind.id)) byId.set(ind.id, ind);
  const mainSeries = new Map<string, MeasurementDraft[]>();
  for (const m of measurements) {
    if (!m.indicator || m.breakdown !== '' || !m.period || m.value === undefined) continue;
    const list = mainSeries.get(m.indicator) ?? [];
    list.push(m);
    mainSeries.set(m.indicator, list);
  }
  return { indicatorsFile, measurementsFile, indicators, measurements, byId, mainSeries };
}

/** The main-series measurement of an indicator in a period, if there is one. */
export function measurementAt(ctx: DataContext, id: string, time: number): MeasurementDraft | undefined {
  return ctx.mainSeries.get(id)?.find((m) => m.period?.time === time);
}

/** The baseline value: written in indicators.csv, or else the main series' value in the baseline period. */
export function baselineValue(ctx: DataContext, ind: IndicatorDraft): number | undefined {
  if (ind.baselineValue !== undefined) return ind.baselineValue;
  if (!ind.id || !ind.baselinePeriod) return undefined;
  return measurementAt(ctx, ind.id, ind.baselinePeriod.time)?.value;
}
