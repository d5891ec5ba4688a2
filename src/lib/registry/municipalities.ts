/**
 * The municipalities (and the whole country) a series may belong to, by their official codes
 * (Danmarks Statistik's kommunekoder; 000 = hele landet). Defined once: the geo column of
 * measurements.csv, the city comparison and the downloads take codes and names from here.
 */
export const MUNICIPALITY_CODES = ['101', '751', '461', '851', '147', '000'] as const;

export type MunicipalityCode = (typeof MUNICIPALITY_CODES)[number];

export interface MunicipalityInfo {
  code: MunicipalityCode;
  /** Danish name as written in breakdown and shown on the site. */
  name: string;
  /** True for 000: a national figure, not a city. */
  wholeCountry: boolean;
}

/** In the order the comparison shows them: Copenhagen, the other big cities by size, then the country. */
export const MUNICIPALITIES: readonly MunicipalityInfo[] = [
  { code: '101', name: 'København', wholeCountry: false },
  { code: '751', name: 'Aarhus', wholeCountry: false },
  { code: '461', name: 'Odense', wholeCountry: false },
  { code: '851', name: 'Aalborg', wholeCountry: false },
  { code: '147', name: 'Frederiksberg', wholeCountry: false },
  { code: '000', name: 'Hele landet', wholeCountry: true },
];

export const COPENHAGEN: MunicipalityCode = '101';
export const WHOLE_COUNTRY: MunicipalityCode = '000';

export function isMunicipalityCode(value: string): value is MunicipalityCode {
  return (MUNICIPALITY_CODES as readonly string[]).includes(value);
}

export function municipality(code: MunicipalityCode): MunicipalityInfo {
  const m = MUNICIPALITIES.find((x) => x.code === code);
  if (!m) throw new Error(`Unknown municipality code ${code}`);
  return m;
}

/** Position in the comparison (registry order). */
export function municipalityOrder(code: MunicipalityCode): number {
  return MUNICIPALITIES.findIndex((m) => m.code === code);
}
