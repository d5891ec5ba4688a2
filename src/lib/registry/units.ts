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

/**
 * Suffix and name are copy (UNIT_TEXT). Built by a call marked pure, so the search's browser bundle,
 * which imports this file through the number formatter but never reads UNITS, drops it and its words.
 */
export const UNITS: Record<UnitId, UnitInfo> = /* @__PURE__ */ unitTable();

function unitTable(): Record<UnitId, UnitInfo> {
  return {
    pct: { id: 'pct', ...UNIT_TEXT.pct, min: 0, max: 100 },
    procentpoint: { id: 'procentpoint', ...UNIT_TEXT.procentpoint, min: -100, max: 100 },
    antal: { id: 'antal', ...UNIT_TEXT.antal, min: 0, max: Number.POSITIVE_INFINITY },
    indeks: { id: 'indeks', ...UNIT_TEXT.indeks, min: 0, max: Number.POSITIVE_INFINITY },
    'pr-1000-indbyggere': { id: 'pr-1000-indbyggere', ...UNIT_TEXT['pr-1000-indbyggere'], min: 0, max: Number.POSITIVE_INFINITY },
  };
}

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
