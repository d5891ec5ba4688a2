/**
 * The validated data model shared by the validator, the status engine, the charts and the pages.
 * Everything here is plain data: produced by src/lib/data, never by pages.
 */
import type { AreaId } from './registry/areas.ts';
import type { UnitId } from './registry/units.ts';

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
}

export interface Indicator {
  id: string;
  area: AreaId;
  title: string;
  /** Definition: what is measured, for whom. */
  definition: string;
  unit: UnitId;
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
}

/** One line in a chart: the main series or one breakdown, sorted by period. */
export interface Series {
  breakdown: string;
  label: string;
  points: PeriodValue[];
}

export interface Barometer {
  indicators: Indicator[];
  measurements: Measurement[];
}
