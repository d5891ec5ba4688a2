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
  'indvandrere',
  'indvandrere, der kom til Danmark i alderen 0–12 år',
  'kursister under integrationsloven',
] as const;

export type CoverageId = (typeof COVERAGE_IDS)[number];

export interface CoverageInfo {
  id: CoverageId;
  /** Printed as is: »Omfatter: alle københavnere«. */
  label: string;
  /** True when the figures are split by origin (an integration figure proper). */
  byOrigin: boolean;
  /** One sentence for descriptions and the data dictionary. */
  explanation: string;
  /** The same population in another municipality or the whole country, for comparison captions. */
  elsewhere: string;
}

/** The label is the id (the editor writes it); the sentences are copy (COVERAGE_TEXT). */
export const COVERAGE: Record<CoverageId, CoverageInfo> = {
  'alle københavnere': {
    id: 'alle københavnere',
    label: 'alle københavnere',
    byOrigin: false,
    ...COVERAGE_TEXT['alle københavnere'],
  },
  'indvandrere med ikke-vestlig oprindelse': {
    id: 'indvandrere med ikke-vestlig oprindelse',
    label: 'indvandrere med ikke-vestlig oprindelse',
    byOrigin: true,
    ...COVERAGE_TEXT['indvandrere med ikke-vestlig oprindelse'],
  },
  'indvandrere og efterkommere med ikke-vestlig oprindelse': {
    id: 'indvandrere og efterkommere med ikke-vestlig oprindelse',
    label: 'indvandrere og efterkommere med ikke-vestlig oprindelse',
    byOrigin: true,
    ...COVERAGE_TEXT['indvandrere og efterkommere med ikke-vestlig oprindelse'],
  },
  'indvandrere og efterkommere (kildens afgrænsning)': {
    id: 'indvandrere og efterkommere (kildens afgrænsning)',
    label: 'indvandrere og efterkommere (kildens afgrænsning)',
    byOrigin: true,
    ...COVERAGE_TEXT['indvandrere og efterkommere (kildens afgrænsning)'],
  },
  indvandrere: {
    id: 'indvandrere',
    label: 'indvandrere',
    byOrigin: true,
    ...COVERAGE_TEXT['indvandrere'],
  },
  'indvandrere, der kom til Danmark i alderen 0–12 år': {
    id: 'indvandrere, der kom til Danmark i alderen 0–12 år',
    label: 'indvandrere, der kom til Danmark i alderen 0–12 år',
    byOrigin: true,
    ...COVERAGE_TEXT['indvandrere, der kom til Danmark i alderen 0–12 år'],
  },
  'kursister under integrationsloven': {
    id: 'kursister under integrationsloven',
    label: 'kursister under integrationsloven',
    byOrigin: true,
    ...COVERAGE_TEXT['kursister under integrationsloven'],
  },
};

export function isCoverageId(value: string): value is CoverageId {
  return (COVERAGE_IDS as readonly string[]).includes(value);
}
