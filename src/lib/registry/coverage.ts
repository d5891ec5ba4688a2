/**
 * Whom an indicator's figures cover, in the words the site prints next to every card, chart, table,
 * download and description, so nobody reads a whole-population figure as an immigrant figure.
 * The editor writes the label itself in indicators.csv (column coverage).
 */
import { COVERAGE_TEXT } from '../copy/registry.ts';

export const COVERAGE_IDS = [
  'alle københavnere',
  'indvandrere med ikke-vestlig oprindelse',
  'indvandrere og efterkommere med ikke-vestlig oprindelse',
  'indvandrere og efterkommere (kildens afgrænsning)',
] as const;

export type CoverageId = (typeof COVERAGE_IDS)[number];

export interface CoverageInfo {
  id: CoverageId;
  /** Printed as is: «Omfatter: alle københavnere». */
  label: string;
  /** True when the figures are split by origin (an integration figure proper). */
  byOrigin: boolean;
  /** One sentence for descriptions and the data dictionary. */
  explanation: string;
  /** The same population in another municipality or the whole country, for comparison captions. */
  elsewhere: string;
}

/** Whether the figures are split by origin; the label is the id, the sentences are copy (COVERAGE_TEXT). */
const BY_ORIGIN: Record<CoverageId, boolean> = {
  'alle københavnere': false,
  'indvandrere med ikke-vestlig oprindelse': true,
  'indvandrere og efterkommere med ikke-vestlig oprindelse': true,
  'indvandrere og efterkommere (kildens afgrænsning)': true,
};

export const COVERAGE = Object.fromEntries(
  COVERAGE_IDS.map((id) => [id, { id, label: id, byOrigin: BY_ORIGIN[id], ...COVERAGE_TEXT[id] }]),
) as Record<CoverageId, CoverageInfo>;

export function isCoverageId(value: string): value is CoverageId {
  return (COVERAGE_IDS as readonly string[]).includes(value);
}
