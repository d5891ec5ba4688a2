/**
 * Whom an indicator's figures cover, in the words the site prints next to every card, chart, table,
 * download and description, so nobody reads a whole-population figure as an immigrant figure.
 * The editor writes the label itself in indicators.csv (column coverage).
 */
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

export const COVERAGE: Record<CoverageId, CoverageInfo> = {
  'alle københavnere': {
    id: 'alle københavnere',
    label: 'alle københavnere',
    byOrigin: false,
    explanation: 'Tallene gælder alle københavnere uanset oprindelse, ikke kun indvandrere.',
    elsewhere: 'alle indbyggere',
  },
  'indvandrere med ikke-vestlig oprindelse': {
    id: 'indvandrere med ikke-vestlig oprindelse',
    label: 'indvandrere med ikke-vestlig oprindelse',
    byOrigin: true,
    explanation: 'Tallene gælder indvandrere med ikke-vestlig oprindelse.',
    elsewhere: 'indvandrere med ikke-vestlig oprindelse',
  },
  'indvandrere og efterkommere med ikke-vestlig oprindelse': {
    id: 'indvandrere og efterkommere med ikke-vestlig oprindelse',
    label: 'indvandrere og efterkommere med ikke-vestlig oprindelse',
    byOrigin: true,
    explanation: 'Tallene gælder indvandrere og efterkommere med ikke-vestlig oprindelse.',
    elsewhere: 'indvandrere og efterkommere med ikke-vestlig oprindelse',
  },
  'indvandrere og efterkommere (kildens afgrænsning)': {
    id: 'indvandrere og efterkommere (kildens afgrænsning)',
    label: 'indvandrere og efterkommere (kildens afgrænsning)',
    byOrigin: true,
    explanation: 'Tallene gælder indvandrere og efterkommere, som kilden afgrænser dem (se definitionen).',
    elsewhere: 'indvandrere og efterkommere (kildens afgrænsning)',
  },
};

export function isCoverageId(value: string): value is CoverageId {
  return (COVERAGE_IDS as readonly string[]).includes(value);
}
