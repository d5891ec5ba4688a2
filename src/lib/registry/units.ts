/** Units an indicator may have. The editor writes the id in indicators.csv. */
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

export const UNITS: Record<UnitId, UnitInfo> = {
  pct: { id: 'pct', suffix: 'pct.', name: 'procent', min: 0, max: 100 },
  procentpoint: { id: 'procentpoint', suffix: 'procentpoint', name: 'procentpoint', min: -100, max: 100 },
  antal: { id: 'antal', suffix: '', name: 'antal', min: 0, max: Number.POSITIVE_INFINITY },
  indeks: { id: 'indeks', suffix: '', name: 'indeks', min: 0, max: Number.POSITIVE_INFINITY },
  'pr-1000-indbyggere': {
    id: 'pr-1000-indbyggere',
    suffix: 'pr. 1.000 indb.',
    name: 'antal pr. 1.000 indbyggere',
    min: 0,
    max: Number.POSITIVE_INFINITY,
  },
};

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
