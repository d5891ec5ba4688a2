/**
 * Licence, attribution and citation for the published data, stated once and used by the /data/
 * page, datapackage.json and the JSON files, so they never disagree. The licence covers what the
 * site itself made (its compilation); the figures belong to their sources, whose terms are listed
 * per source, because Københavns Kommune cannot license other publishers' figures.
 */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import { SOURCE_TERMS_TEXT } from '../copy/source-terms.ts';
import { ILLUSTRATIVE_SOURCE } from '../data/csv-schema.ts';

export const LICENCE = {
  /** SPDX id, as Data Package `licenses[].name` expects. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Navngivelse 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.da',
  /** What the licence covers and what it does not: every JSON file carries it beside the licence. */
  scope: OPEN_DATA_TEXT.licenceScope,
} as const;

export const PUBLISHER = 'Københavns Kommune';
export const ATTRIBUTION = OPEN_DATA_TEXT.attribution(PUBLISHER);

/** Who published one source's figures and on what terms they may be reused. */
export interface SourceTerms {
  /** A `source` value (indicators.csv, measurements.csv, spending.csv) that starts with one of these is covered. */
  prefixes: readonly string[];
  title: string;
  publisher: string;
  /** Where to read the source's own terms or the source itself; absent when no address is known. */
  url?: string;
  terms: string;
}

const t = SOURCE_TERMS_TEXT;

export const SOURCE_TERMS: readonly SourceTerms[] = [
  { ...t.dst, url: 'https://www.dst.dk/da/Statistik/brug-statistikken/kildeangivelse' },
  { ...t.factsOnIntegration },
  { ...t.profileModel, url: 'https://www.uddannelsesstatistik.dk' },
  { ...t.healthProfile, url: 'https://www.danskernessundhed.dk' },
  { ...t.nationalBarometer, url: 'https://integrationsbarometer.dk' },
  { ...t.safetySurvey, url: 'https://www.kk.dk/artikel/tryghedsundersoegelsen' },
  { ...t.housingLists, url: 'https://bl.dk/viden-kartotek/forebyggelsesomraader-og-udsatte-omraader' },
  { prefixes: [ILLUSTRATIVE_SOURCE], ...t.illustrative },
];

/** The terms that cover a `source` value, or undefined for a source nobody has described yet. */
export function sourceTermsFor(source: string, terms: readonly SourceTerms[] = SOURCE_TERMS): SourceTerms | undefined {
  return terms.find((s) => s.prefixes.some((p) => source.startsWith(p)));
}

/** "Københavns Kommune (2026): Integrationsbarometeret – Åbne data. <url>" */
export function citation(title: string, url: string, year: number): string {
  return `${PUBLISHER} (${year}): Integrationsbarometeret – ${title}. ${url}`;
}
