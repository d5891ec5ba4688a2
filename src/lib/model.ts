/**
 * The validated data model shared by the validator, the status engine, the charts and the pages.
 * Everything here is plain data: produced by src/lib/data, never by pages.
 */
import type { AreaId } from './registry/areas.ts';
import type { CountNoun, UnitId } from './registry/units.ts';
import type { CoverageId } from './registry/coverage.ts';
import type { FlagId } from './registry/flags.ts';
import type { MunicipalityCode } from './registry/municipalities.ts';

/** "higher" = a rising value is good; "lower" = a falling value is good. */
export type Direction = 'higher' | 'lower';

export interface Period {
  /** As the editor wrote it, e.g. "2010", "2010K1", "2010-03". */
  label: string;
  /** Decimal year used for arithmetic and chart x positions (2010, 2010.25, …). */
  time: number;
}

export interface PeriodValue {
  period: Period;
  value: number;
  /** The value's flag (measurements.csv, column flag), when it has one. */
  flag?: FlagId;
  /** The value's note, when it has one. */
  note?: string;
}

export interface Indicator {
  id: string;
  area: AreaId;
  title: string;
  /** Definition: what is measured, for whom. */
  definition: string;
  unit: UnitId;
  /** What a count counts (»område«/»områder«); print values with registry/units.ts indicatorUnit(). */
  countNoun?: CountNoun;
  direction: Direction;
  /** The area's hovedindikator; exactly one per area. */
  main: boolean;
  /** Name of the main series (empty breakdown) in charts, e.g. "København"; absent: "I alt". */
  mainLabel?: string;
  baseline?: PeriodValue;
  target?: PeriodValue;
  /** Changes of at most this size (in the unit) count as no development. */
  tolerance: number;
  source: string;
  sourceUrl?: string;
  method?: string;
  /** True when the series is example data with no real source; shown with a banner. */
  illustrative: boolean;
  /** Whom the figures cover, printed with every card, chart, table and download. */
  coverage?: CoverageId;
  /** Why the baseline period is not the policy's base year, when it is not. */
  baselineNote?: string;
  /** When the source is expected to publish new figures: "2027-03-15", "2027-03" or "2027". */
  nextUpdate?: string;
}

/** One row of measurements.csv after validation. */
export interface Measurement {
  indicator: string;
  period: Period;
  /** "" for the indicator's main series; otherwise a label such as "Kvinder" or "Hele landet". */
  breakdown: string;
  value: number;
  source: string;
  note: string;
  /** Municipality (or 000, the whole country) the row belongs to, when the editor gave one. */
  geo?: MunicipalityCode;
  flag?: FlagId;
  /** Where this value was read. */
  sourceUrl?: string;
}

/** One line in a chart: the main series or one breakdown, sorted by period. */
export interface Series {
  breakdown: string;
  label: string;
  points: PeriodValue[];
  /** The series' municipality code, when its rows have one. */
  geo?: MunicipalityCode;
}

export interface Barometer {
  indicators: Indicator[];
  measurements: Measurement[];
}
