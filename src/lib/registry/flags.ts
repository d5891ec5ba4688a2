/**
 * Flags a single value can carry (measurements.csv, column flag), as statistics offices mark
 * observations: provisional, revised, a break in the series, estimated. Defined once: the validator,
 * the chart, the table's footnotes, the status trace and the downloads take them from here.
 */
export const FLAG_IDS = ['foreløbig', 'revideret', 'brud i serien', 'skønnet'] as const;

export type FlagId = (typeof FLAG_IDS)[number];

export interface FlagInfo {
  id: FlagId;
  /** Capitalised, for footnotes and the legend: «Skønnet». */
  label: string;
  /** What the flag means, in one Danish sentence. */
  meaning: string;
  /** The value is drawn with a hollow marker. */
  hollow: boolean;
  /** The line is broken before this value, and a dotted rule marks where. */
  breaksLine: boolean;
  /** A note (column note) must say why. */
  needsNote: boolean;
}

export const FLAGS: Record<FlagId, FlagInfo> = {
  foreløbig: {
    id: 'foreløbig',
    label: 'Foreløbig',
    meaning: 'Foreløbigt tal, som kilden kan rette senere.',
    hollow: true,
    breaksLine: false,
    needsNote: false,
  },
  revideret: {
    id: 'revideret',
    label: 'Revideret',
    meaning: 'Kilden har rettet tallet, siden det først blev offentliggjort.',
    hollow: true,
    breaksLine: false,
    needsNote: false,
  },
  'brud i serien': {
    id: 'brud i serien',
    label: 'Brud i serien',
    meaning: 'Tallet er opgjort anderledes end tallene før det, så udviklingen hen over bruddet kan ikke sammenlignes direkte.',
    hollow: false,
    breaksLine: true,
    needsNote: true,
  },
  skønnet: {
    id: 'skønnet',
    label: 'Skønnet',
    meaning:
      'Tallet er ikke trykt i kilden, men beregnet eller udledt (fx af to andre offentliggjorte tal), eller kilderne er uenige; det skal efterprøves i den primære kilde.',
    hollow: true,
    breaksLine: false,
    needsNote: true,
  },
};

export function isFlagId(value: string): value is FlagId {
  return (FLAG_IDS as readonly string[]).includes(value);
}
