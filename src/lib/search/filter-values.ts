/**
 * Filter values as stable ASCII slugs (`omraade=tryghed`, `type=idekatalog`, `udvalg=oekonomi`):
 * the index and the URL use the slug, the page shows the label. Slugs come from the registries, so
 * a renamed label never breaks a shared link, and links written with the old labels
 * (`omraade=Kultur og fritid`, `udvalg=Økonomiudvalget`, `type=idékatalog`) still resolve.
 */
import { searchCopy } from '../copy/search.ts';
import { AREAS } from '../registry/areas.ts';
import { ORGANISATIONS, organisationOf } from '../registry/organisations.ts';
import type { DocumentType } from '../search-attributes.ts';
import { asciiSlug } from '../format/ascii-slug.ts';

export type FilterParam = 'type' | 'aar' | 'omraade' | 'udvalg' | 'forvaltning' | 'budgetaar';

/** Parameters whose values are years (listed from the index, not from a registry). */
export const YEAR_PARAMS: readonly FilterParam[] = ['aar', 'budgetaar'];

/** Document type → slug; the two with Danish letters get ASCII. */
const TYPE_SLUGS: Record<DocumentType, string> = {
  brev: 'brev',
  bilag: 'bilag',
  konferencerapport: 'konferencerapport',
  idékatalog: 'idekatalog',
  indikator: 'indikator',
  område: 'omraade',
  mål: 'maal',
  side: 'side',
};

export function typeSlug(type: DocumentType): string {
  return TYPE_SLUGS[type];
}

/** The administration facet's slug for an administration's abbreviation ("BUF" → "boerne-og-ungdom"). */
export function administrationFilterSlug(abbr: string): string | undefined {
  return ORGANISATIONS.find((o) => o.administration.abbr === abbr)?.slug;
}

/** The committee filter's slug for an abbreviation ("ØU", "ØKF" → "oekonomi"). */
export function committeeSlug(abbr: string): string | undefined {
  return organisationOf(abbr)?.slug;
}

/** Lower case, accents off, æ/ø/å as ae/oe/aa, runs of other characters as one hyphen. */
export const slugify = asciiSlug;

interface Group {
  /** Slug → label, in the order choices are listed (years are listed from the index instead). */
  labels: Record<string, string>;
  /** Other spellings that mean a slug: old labels, abbreviations. */
  aliases: Record<string, string>;
}

function group(entries: [slug: string, label: string, ...aliases: string[]][]): Group {
  const labels: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  for (const [slug, label, ...more] of entries) {
    labels[slug] = label;
    for (const a of [slug, label, ...more]) aliases[slugify(a)] = slug;
  }
  return { labels, aliases };
}

type YearParam = 'aar' | 'budgetaar';
const isYearParam = (param: FilterParam): param is YearParam => (YEAR_PARAMS as readonly string[]).includes(param);

const GROUPS: Record<Exclude<FilterParam, YearParam>, Group> = {
  type: group(Object.entries(TYPE_SLUGS).map(([type, slug]) => [slug, searchCopy.types[slug] ?? type, type])),
  omraade: group(AREAS.map((a) => [a.id, a.name])),
  udvalg: group(ORGANISATIONS.map((o) => [o.slug, o.committee.name, o.committee.abbr, o.administration.abbr, o.administration.name])),
  // The same slugs as the committees (one registry), labelled with the administration's name.
  forvaltning: group(ORGANISATIONS.map((o) => [o.slug, o.administration.name, o.administration.abbr])),
};

/** The label a page shows for a slug; the slug itself when it is not known (a year). */
export function filterLabel(param: FilterParam, slug: string): string {
  if (isYearParam(param)) return slug;
  return GROUPS[param].labels[slug] ?? slug;
}

/**
 * The slug a URL value stands for, or undefined when it names nothing (so the page can say so
 * rather than silently match nothing): "tryghed", "Tryghed", "Kultur og fritid", "ØU" all resolve.
 */
export function resolveFilterValue(param: FilterParam, value: string): string | undefined {
  const v = value.trim();
  if (isYearParam(param)) return /^\d{4}$/.test(v) ? v : undefined;
  return GROUPS[param].aliases[slugify(v)];
}

/** Known slugs of a group in their listed order (not for years). */
export function knownSlugs(param: Exclude<FilterParam, YearParam>): string[] {
  return Object.keys(GROUPS[param].labels);
}
