/**
 * One edition as it was published: the data files at the end of its day (data-timeline.ts),
 * validated with today's rules as of that day, and every indicator's status, trend and latest value
 * computed with today's status rule (rule-versions.ts says whether that rule is the one that applied).
 * Given today's data, a unit renamed since is printed with its name today (edition-units.ts).
 * Pure: the files come in as text.
 */
import type { Barometer, Indicator } from '../model.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../data/csv-schema.ts';
import { validateData } from '../data/validate.ts';
import { decimalsOf, formatValue } from '../format/danish-number.ts';
import { mainPoints } from '../barometer/series.ts';
import { computeStatus } from '../status/status.ts';
import { computeTrend, type TrendResult } from '../status/trend.ts';
import type { StatusColour } from '../status/labels.ts';
import type { AreaId } from '../registry/areas.ts';
import type { DataState } from './data-timeline.ts';
import type { Edition } from './editions-file.ts';
import { mainPlace } from '../barometer/main-place.ts';
import { indicatorUnit } from '../registry/units.ts';
import { unitsAsToday, type UnitRename } from './edition-units.ts';

export interface IndicatorScore {
  id: string;
  title: string;
  area: AreaId;
  main: boolean;
  illustrative: boolean;
  colour: StatusColour;
  status: string;
  /** The status rule's reason in one or two sentences. */
  explanation: string;
  trend: TrendResult;
  /** "80,02 pct." and its period label ("2024"), when there is a measurement. */
  latestText?: string;
  latestPeriod?: string;
  /** Where the main series was measured, when not in Copenhagen (main-place.ts). */
  place?: string;
}

export interface EditionSnapshot {
  edition: Edition;
  /** The commit whose data the edition shows; absent when no data had been committed by that day. */
  state?: { sha: string; date: string };
  /**
   * The data exactly as committed, old unit names and all: what the edition's frozen chart, CSV and
   * JSON files carry (they never change) and what »Ændret siden udgaven« compares.
   */
  barometer?: Barometer;
  /** As `barometer`, with units renamed since named as today (`unitsRenamed`): what `scores` and the edition's page print. */
  shown?: Barometer;
  /** Indicators whose unit is printed with another name than the edition showed; the numbers are the same. */
  unitsRenamed: UnitRename[];
  /** Problems today's data rules find in the files as they stood (they were accepted then); the rest is shown. */
  dataErrors: number;
  scores: IndicatorScore[];
}

/** The end of a Copenhagen day, late enough for any period that had begun by then. */
export function endOfDay(day: string): Date {
  return new Date(`${day}T23:59:59+01:00`);
}

export function scoreOf(barometer: Barometer, ind: Indicator): IndicatorScore {
  const points = mainPoints(barometer.measurements, ind.id);
  const own = barometer.measurements.filter((m) => m.indicator === ind.id).map((m) => m.value);
  const decimals = decimalsOf([...own, ind.baseline?.value ?? 0, ind.target?.value ?? 0, ind.tolerance]);
  const status = computeStatus(ind, points, decimals);
  const latest = points.at(-1);
  const place = mainPlace(barometer.measurements, ind.id);
  return {
    id: ind.id,
    title: ind.title,
    area: ind.area,
    main: ind.main,
    illustrative: ind.illustrative,
    colour: status.colour,
    status: status.label,
    explanation: status.explanation,
    trend: computeTrend(ind, points),
    ...(latest ? { latestText: formatValue(latest.value, indicatorUnit(ind), decimals), latestPeriod: latest.period.label } : {}),
    ...(place ? { place } : {}),
  };
}

/** Scores for every indicator the rule can judge; one it cannot (data refused today) is left out. */
export function scoresOf(barometer: Barometer): IndicatorScore[] {
  return barometer.indicators.flatMap((i) => {
    try {
      return [scoreOf(barometer, i)];
    } catch {
      return [];
    }
  });
}

/** `today`: the data the live pages print, whose unit names the edition's numbers when they stand. */
export function editionSnapshot(edition: Edition, state: DataState | undefined, today?: Barometer): EditionSnapshot {
  if (!state) return { edition, dataErrors: 0, scores: [], unitsRenamed: [] };
  const result = validateData(
    { file: `data/${INDICATORS_TABLE.file}`, text: state.indicators }, // repository path, not a URL
    { file: `data/${MEASUREMENTS_TABLE.file}`, text: state.measurements }, // repository path, not a URL
    { today: endOfDay(edition.date) },
  );
  const barometer = result.barometer;
  const { barometer: shown, renamed } = today ? unitsAsToday(barometer, today) : { barometer, renamed: [] };
  return {
    edition,
    state: { sha: state.sha, date: state.date },
    barometer,
    shown,
    unitsRenamed: renamed,
    dataErrors: result.errors.length,
    scores: scoresOf(shown),
  };
}
