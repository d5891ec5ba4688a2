/** Units an indicator may have. The editor writes the id in indicators.csv. */
import { UNIT_TEXT } from '../copy/registry.ts';

export const UNIT_IDS = ['pct', 'procentpoint', 'antal', 'indeks', 'pr-1000-indbyggere'] as const;
export type UnitId = (typeof UNIT_IDS)[number];

export interface UnitInfo {
  id: UnitId;
  /** Short Danish suffix printed after a number, e.g. "pct.". */
  suffix: string;
  /** Danish name for tables and the data dictionary. */
  name: string;
  /** Values outside [min, max] are impossible and refused by the validator. */
  min: number;
  max: number;
}

/** The range a value may take; suffix and name are copy (UNIT_TEXT). */
const UNIT_RANGE: Record<UnitId, Pick<UnitInfo, 'min' | 'max'>> = {
  pct: { min: 0, max: 100 },
  procentpoint: { min: -100, max: 100 },
  antal: { min: 0, max: Number.POSITIVE_INFINITY },
  indeks: { min: 0, max: Number.POSITIVE_INFINITY },
  'pr-1000-indbyggere': { min: 0, max: Number.POSITIVE_INFINITY },
};

export const UNITS = Object.fromEntries(UNIT_IDS.map((id) => [id, { id, ...UNIT_TEXT[id], ...UNIT_RANGE[id] }])) as Record<
  UnitId,
  UnitInfo
>;

export function isUnitId(value: string): value is UnitId {
  return (UNIT_IDS as readonly string[]).includes(value);
}

/**
 * A unit for numbers that are not an indicator's, e.g. the administrations' spending in «mio. kr.»:
 * the charts and the number formatter take either an indicator's unit id or one of these.
 */
export interface ValueUnit {
  suffix: string;
  name: string;
}

export function unitOf(unit: UnitId | ValueUnit): ValueUnit {
  return typeof unit === 'string' ? UNITS[unit] : unit;
}
