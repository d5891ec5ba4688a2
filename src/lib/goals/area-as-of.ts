/**
 * An area's status as the barometer stood in a year: its main indicator's status computed with the
 * measurements up to and including that year (the status report looks at its own year), and beside
 * it the status today, as the area's page shows it, so a reader sees both.
 */
import type { Barometer } from '../model.ts';
import { AREAS, type AreaId } from '../registry/areas.ts';
import { areaState, mainIndicatorOf } from '../status/area-status.ts';
import { computeStatus } from '../status/status.ts';
import type { StatusColour } from '../status/labels.ts';
import { mainPoints } from '../barometer/series.ts';
import { areaPath, indicatorPath } from '../routes.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { periodText } from '../format/period.ts';
import { goalCopy } from '../copy/goals.ts';
import { indicatorUnit } from '../registry/units.ts';

export interface AreaAsOf {
  area: AreaId;
  name: string;
  path: string;
  indicator: { id: string; title: string; path: string; illustrative: boolean };
  status: { colour: StatusColour; label: string };
  /** The status with every measurement, as the area's own page shows it now. */
  today: { colour: StatusColour; label: string };
  explanation: string;
  latest?: { period: string; value: number; valueText: string };
  /** »Ingen måling til og med 2007« when there is none. */
  latestText: string;
}

export function areaStatusAsOf(barometer: Barometer, area: AreaId, year: number): AreaAsOf {
  const ind = mainIndicatorOf(barometer, area);
  const all = mainPoints(barometer.measurements, ind.id);
  const points = all.filter((p) => p.period.time < year + 1);
  const decimals = decimalsOf([...all.map((p) => p.value), ind.baseline?.value ?? 0, ind.target?.value ?? 0, ind.tolerance]);
  const status = computeStatus(ind, points, decimals);
  const baselineAfter = ind.baseline !== undefined && ind.baseline.period.time >= year + 1;
  const now = areaState(barometer, area).status;
  const last = points.at(-1);
  const latest = last
    ? { period: last.period.label, value: last.value, valueText: formatValue(last.value, indicatorUnit(ind), decimals) }
    : undefined;
  return {
    area,
    name: AREAS.find((a) => a.id === area)?.name ?? area,
    path: areaPath(area),
    indicator: { id: ind.id, title: ind.title, path: indicatorPath(ind.id), illustrative: ind.illustrative },
    status: { colour: status.colour, label: status.label },
    today: { colour: now.colour, label: now.label },
    explanation: baselineAfter ? goalCopy.areaBaselineAfter(periodText(ind.baseline?.period.label ?? ''), year) : status.explanation,
    ...(latest ? { latest } : {}),
    latestText: latest ? `${latest.valueText} (${periodText(latest.period)})` : goalCopy.areaNoMeasurement(year),
  };
}

export function areasAsOf(barometer: Barometer, year: number): AreaAsOf[] {
  return [...AREAS].sort((a, b) => a.order - b.order).map((a) => areaStatusAsOf(barometer, a.id, year));
}
