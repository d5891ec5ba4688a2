/**
 * Copenhagen's seven committees (udvalg) and their administrations (forvaltninger).
 * Front matter uses the abbreviations (e.g. "BIU", "ØKF"); URLs use the ASCII slug.
 */
export interface Organisation {
  slug: string;
  committee: { abbr: string; name: string };
  administration: { abbr: string; name: string };
}

export const ORGANISATIONS = [
  {
    slug: 'oekonomi',
    committee: { abbr: 'ØU', name: 'Økonomiudvalget' },
    administration: { abbr: 'ØKF', name: 'Økonomiforvaltningen' },
  },
  {
    slug: 'boerne-og-ungdom',
    committee: { abbr: 'BUU', name: 'Børne- og Ungdomsudvalget' },
    administration: { abbr: 'BUF', name: 'Børne- og Ungdomsforvaltningen' },
  },
  {
    slug: 'kultur-og-fritid',
    committee: { abbr: 'KFU', name: 'Kultur- og Fritidsudvalget' },
    administration: { abbr: 'KFF', name: 'Kultur- og Fritidsforvaltningen' },
  },
  {
    slug: 'sundhed-og-omsorg',
    committee: { abbr: 'SUU', name: 'Sundheds- og Omsorgsudvalget' },
    administration: { abbr: 'SUF', name: 'Sundheds- og Omsorgsforvaltningen' },
  },
  {
    slug: 'social',
    committee: { abbr: 'SOU', name: 'Socialudvalget' },
    administration: { abbr: 'SOF', name: 'Socialforvaltningen' },
  },
  {
    slug: 'teknik-og-miljoe',
    committee: { abbr: 'TMU', name: 'Teknik- og Miljøudvalget' },
    administration: { abbr: 'TMF', name: 'Teknik- og Miljøforvaltningen' },
  },
  {
    slug: 'beskaeftigelse-og-integration',
    committee: { abbr: 'BIU', name: 'Beskæftigelses- og Integrationsudvalget' },
    administration: { abbr: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
  },
] as const satisfies readonly Organisation[];

export const COMMITTEE_ABBRS = ORGANISATIONS.map((o) => o.committee.abbr) as [string, ...string[]];
export const ADMINISTRATION_ABBRS = ORGANISATIONS.map((o) => o.administration.abbr) as [string, ...string[]];
/** Every abbreviation an editor may write where a committee or an administration is meant. */
export const ORGANISATION_ABBRS = [...COMMITTEE_ABBRS, ...ADMINISTRATION_ABBRS] as [string, ...string[]];

export type OrganisationAbbr = (typeof ORGANISATIONS)[number]['committee' | 'administration']['abbr'];

/** The organisation (committee + administration pair) an abbreviation belongs to. */
export function organisationOf(abbr: string): Organisation | undefined {
  return ORGANISATIONS.find((o) => o.committee.abbr === abbr || o.administration.abbr === abbr);
}

/** Full Danish name for an abbreviation, e.g. "ØKF" → "Økonomiforvaltningen". */
export function organisationName(abbr: string): string {
  const org = organisationOf(abbr);
  if (!org) return abbr;
  return org.committee.abbr === abbr ? org.committee.name : org.administration.name;
}
