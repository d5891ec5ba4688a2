/**
 * Licence, attribution and citation for the published data, stated once and used by the /data/
 * page, datapackage.json, the JSON files and the embeds, so they never disagree.
 */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';

export const LICENCE = {
  /** SPDX id, as Data Package `licenses[].name` expects. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Navngivelse 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.da',
} as const;

export const PUBLISHER = 'Københavns Kommune';
export const ATTRIBUTION = OPEN_DATA_TEXT.attribution(PUBLISHER);

/** Terms of the sources the real series come from; the page lists them next to the licence. */
export interface SourceTerms {
  /** The indicator `source` values that start with this text are covered. */
  prefix: string;
  title: string;
  url: string;
  terms: string;
}

export const SOURCE_TERMS: readonly SourceTerms[] = [
  {
    prefix: 'Danmarks Statistik',
    title: 'Danmarks Statistik',
    url: 'https://www.dst.dk/da/Statistik/brug-statistikken/kildeangivelse',
    terms: OPEN_DATA_TEXT.dstTerms,
  },
];

/** "Københavns Kommune (2026): Integrationsbarometeret, Målinger. <url> (hentet <dato>)." */
export function citation(title: string, url: string, year: number): string {
  return `${PUBLISHER} (${year}): Integrationsbarometeret – ${title}. ${url}`;
}
