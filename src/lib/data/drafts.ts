/**
 * Typed rows of the two tables, with every field optional: a field is undefined when its cell was
 * empty or broken. Cross-row rules work on these and skip what is missing. The goals' tables have
 * their own drafts (goals/drafts.ts) with the same cell readers (draft-cells.ts).
 */
import type { Direction, Period } from '../model.ts';
import type { AreaId } from '../registry/areas.ts';
import { parseCountNoun, type CountNoun, type UnitId } from '../registry/units.ts';
import type { CoverageId } from '../registry/coverage.ts';
import type { FlagId } from '../registry/flags.ts';
import type { MunicipalityCode } from '../registry/municipalities.ts';
import { DIRECTION_VALUES } from './csv-schema.ts';
import { booleanCell, numberCell, periodCell, textCell } from './draft-cells.ts';
import type { RowRef } from './row-ref.ts';
import type { CellValue, TypedRow } from './typed-table.ts';

export interface IndicatorDraft {
  ref: RowRef;
  valid: boolean;
  id?: string;
  area?: AreaId;
  title?: string;
  definition?: string;
  unit?: UnitId;
  direction?: Direction;
  main?: boolean;
  mainLabel?: string;
  baselinePeriod?: Period;
  baselineValue?: number;
  targetPeriod?: Period;
  targetValue?: number;
  tolerance?: number;
  source?: string;
  sourceUrl?: string;
  method?: string;
  illustrative?: boolean;
  coverage?: CoverageId;
  baselineNote?: string;
  nextUpdate?: string;
  /** unit_noun as written (»område/områder«) and read. */
  unitNounText?: string;
  countNoun?: CountNoun;
}

export interface MeasurementDraft {
  ref: RowRef;
  valid: boolean;
  indicator?: string;
  period?: Period;
  breakdown: string;
  value?: number;
  source?: string;
  note: string;
  geo?: MunicipalityCode;
  flag?: FlagId;
  sourceUrl?: string;
}

const str = textCell;
const num = numberCell;
const per = periodCell;
const bool = booleanCell;
const dir = (v: CellValue): Direction | undefined =>
  typeof v === 'string' && v in DIRECTION_VALUES ? DIRECTION_VALUES[v as keyof typeof DIRECTION_VALUES] : undefined;

export function indicatorDraft(row: TypedRow): IndicatorDraft {
  const v = row.values;
  return {
    ref: row.ref,
    valid: row.valid,
    id: str(v.id),
    area: str(v.area) as AreaId | undefined,
    title: str(v.title),
    definition: str(v.definition),
    unit: str(v.unit) as UnitId | undefined,
    direction: dir(v.direction),
    main: bool(v.main),
    mainLabel: str(v.main_label),
    baselinePeriod: per(v.baseline_period),
    baselineValue: num(v.baseline_value),
    targetPeriod: per(v.target_period),
    targetValue: num(v.target_value),
    tolerance: num(v.tolerance),
    source: str(v.source),
    sourceUrl: str(v.source_url),
    method: str(v.method),
    illustrative: bool(v.illustrative),
    coverage: str(v.coverage) as CoverageId | undefined,
    baselineNote: str(v.baseline_note),
    nextUpdate: str(v.next_update),
    ...nounOf(str(v.unit_noun)),
  };
}

function nounOf(text: string | undefined): Pick<IndicatorDraft, 'unitNounText' | 'countNoun'> {
  if (text === undefined) return {};
  const noun = parseCountNoun(text);
  return noun ? { unitNounText: text, countNoun: noun } : { unitNounText: text };
}

export function measurementDraft(row: TypedRow): MeasurementDraft {
  const v = row.values;
  return {
    ref: row.ref,
    valid: row.valid,
    indicator: str(v.indicator),
    period: per(v.period),
    breakdown: str(v.breakdown) ?? '',
    value: num(v.value),
    source: str(v.source),
    note: str(v.note) ?? '',
    geo: str(v.geo) as MunicipalityCode | undefined,
    flag: str(v.flag) as FlagId | undefined,
    sourceUrl: str(v.source_url),
  };
}
