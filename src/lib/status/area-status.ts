/** An area's status is its main indicator's status (product brief); trend likewise. */
import type { Barometer, Indicator } from '../model.ts';
import type { AreaId } from '../registry/areas.ts';
import { mainPoints } from '../barometer/series.ts';
import { computeStatus, type StatusTrace } from './status.ts';
import { computeTrend, type TrendResult } from './trend.ts';

export interface IndicatorState {
  indicator: Indicator;
  status: StatusTrace;
  trend: TrendResult;
}

export function indicatorState(barometer: Barometer, indicator: Indicator): IndicatorState {
  const points = mainPoints(barometer.measurements, indicator.id);
  return { indicator, status: computeStatus(indicator, points), trend: computeTrend(indicator, points) };
}

/** The area's main indicator; the validator guarantees exactly one, so none is a programming error. */
export function mainIndicatorOf(barometer: Barometer, area: AreaId): Indicator {
  const main = barometer.indicators.filter((i) => i.area === area && i.main);
  if (main.length !== 1) {
    throw new Error(`Området ${area} har ${main.length} hovedindikatorer; forventede præcis én (indicators.csv, kolonnen main).`);
  }
  return main[0] as Indicator;
}

export function areaState(barometer: Barometer, area: AreaId): IndicatorState {
  return indicatorState(barometer, mainIndicatorOf(barometer, area));
}
