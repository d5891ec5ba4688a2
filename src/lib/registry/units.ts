/** Units an indicator may have. The editor writes the id in indicators.csv. */
import { UNIT_TEXT, countUnitName } from '../copy/registry.ts';

export const UNIT_IDS = ['pct', 'procentpoint', 'antal', 'indeks', 'pr-1000-indbyggere'] as const;
export type UnitId = (typeof UNIT_IDS)[number];

/**
 * How a number in some unit is written: »68,2 pct.«, »indeks 68,2«, »1 område«, »24,4 mio. kr.«.
 * The number formatter (format/danish-number.ts) takes one of these or an indicator's unit id.
 */
export interface ValueUnit {
  /** Short Danish suffix printed after a number, e.g. "pct."; for a count its noun in the plural. */
  suffix: string;
  /** Danish name for tables, axes and the data dictionary. */
  name: string;
  /** Printed before the number instead (»indeks 68,2«). */
  prefix?: string;
  /** A count's noun in the singular, printed after a number written »1« or »−1« (»1 område«). */
  one?: string;
  /** The unit a difference is measured in (»procentpoint« for pct.); absent: the suffix. */
  change?: string;
}

export interface UnitInfo extends ValueUnit {
  id: UnitId;
  change: string;
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

export function unitOf(unit: UnitId | ValueUnit): ValueUnit {
  return typeof unit === 'string' ? UNITS[unit] : unit;
}

export function unitIdOf(unit: UnitId | UnitInfo): UnitId {
  return typeof unit === 'string' ? unit : unit.id;
}

/** What a count counts, in the singular and the plural (»område«, »områder«): `unit_noun` in indicators.csv. */
export interface CountNoun {
  one: string;
  other: string;
}

/** "område/områder" as an editor writes it; undefined unless both forms are there. */
export function parseCountNoun(text: string): CountNoun | undefined {
  const parts = text.split('/').map((p) => p.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { one: parts[0], other: parts[1] };
}

/**
 * The unit an indicator's numbers are printed in: its unit id's words, and for a count the
 * indicator's own noun (»0 områder«, »1 område«; named »antal områder«). Every place that prints
 * an indicator's value formats it with this, not with the bare id.
 */
export function indicatorUnit(ind: { unit: UnitId; countNoun?: CountNoun }): UnitInfo {
  const base = UNITS[ind.unit];
  if (ind.unit !== 'antal' || !ind.countNoun) return base;
  const { one, other } = ind.countNoun;
  return { ...base, suffix: other, one, name: countUnitName(other), change: other };
}
