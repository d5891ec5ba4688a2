/**
 * Flags a single value can carry (measurements.csv, column flag), as statistics offices mark
 * observations: provisional, revised, a break in the series, estimated. Defined once: the validator,
 * the chart, the table's footnotes, the status trace and the downloads take them from here.
 */
import { FLAG_TEXT } from '../copy/registry.ts';

export const FLAG_IDS = ['foreløbig', 'revideret', 'brud i serien', 'skønnet'] as const;

export type FlagId = (typeof FLAG_IDS)[number];

export interface FlagInfo {
  id: FlagId;
  /** Capitalised, for footnotes and the legend: »Skønnet«. */
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

/** How each flag is drawn and checked; its words are copy (FLAG_TEXT). */
export const FLAGS: Record<FlagId, FlagInfo> = {
  foreløbig: { id: 'foreløbig', ...FLAG_TEXT.foreløbig, hollow: true, breaksLine: false, needsNote: false },
  revideret: { id: 'revideret', ...FLAG_TEXT.revideret, hollow: true, breaksLine: false, needsNote: false },
  'brud i serien': { id: 'brud i serien', ...FLAG_TEXT['brud i serien'], hollow: false, breaksLine: true, needsNote: true },
  skønnet: { id: 'skønnet', ...FLAG_TEXT.skønnet, hollow: true, breaksLine: false, needsNote: true },
};

export function isFlagId(value: string): value is FlagId {
  return (FLAG_IDS as readonly string[]).includes(value);
}
