/**
 * Pagefind filter, meta and sort values for a page, computed once so every page type is indexed
 * the same way. The layout prints them as hidden data-pagefind-* elements.
 */
import { organisationOf } from './registry/organisations.ts';
import { administrationFilterSlug, committeeSlug, typeSlug } from './search/filter-values.ts';
import { EXAMPLE_FILTER } from './search/ordering.ts';

export type DocumentType = 'brev' | 'bilag' | 'konferencerapport' | 'idékatalog' | 'indikator' | 'område' | 'mål' | 'side';

export interface SearchInfo {
  type: DocumentType;
  date?: Date;
  areas?: string[];
  /** Committees or administrations (abbreviations such as "BIU", "ØKF", or full names). */
  committees?: string[];
  /** Case numbers (sagsnr), shown in results and searchable as typed. */
  caseNumbers?: string[];
  /** Document numbers (dok.nr.), shown in results and searchable as typed. */
  documentNumbers?: string[];
  /** Journal numbers (j.nr., e.g. from a receiving stamp), shown in results and searchable as typed. */
  journalNumbers?: string[];
  /**
   * Case numbers of other documents this page is based on (a conference report's source letters):
   * searchable and shown, but not boosted, so the letter filed under the number ranks first.
   */
  relatedCaseNumbers?: string[];
  /**
   * The name a page is known by, boosted so a search for it finds the page first (an area page
   * for »Beskæftigelse«, ahead of indicators whose titles begin with the word).
   */
  name?: string;
  /**
   * An attached file's text page: the file's URL (with the base path) and type, so a result can
   * link into it (a PDF at the page that matched: #page=N), and the title of the letter it belongs to.
   */
  file?: { url: string; type: string; partOf: string };
  /** The page shows example data (its banner says »Eksempeldata«): the result line says so too. */
  illustrative?: boolean;
  /** Administrations a goal belongs to (abbreviations such as "BUF"): the »Forvaltning« facet. */
  administrations?: string[];
  /** Budget years a goal is set for: the »Budgetår« facet. */
  budgetYears?: number[];
}

export interface SearchAttributes {
  filters: { name: string; value: string }[];
  meta: { name: string; value: string }[];
  sortDate?: string;
}

/** ISO day (YYYY-MM-DD) in Copenhagen's calendar; sortable as a string. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The ways a date is written in the archive and in the press, so a search for "02-04-2009",
 * "2.4.2009" or "2.4.09" finds the letter dated 2009-04-02 (Pagefind searches meta values too).
 */
export function dateSpellings(date: Date): string {
  const [y = '', m, d] = isoDay(date).split('-');
  const yy = y.slice(2);
  const forms = [
    `${y}-${m}-${d}`,
    `${d}-${m}-${y}`,
    `${d}.${m}.${y}`,
    `${Number(d)}.${Number(m)}.${y}`,
    `${d}.${m}.${yy}`,
    `${Number(d)}.${Number(m)}.${yy}`,
  ];
  return [...new Set(forms)].join(' ');
}

/** A committee's full name, so the filter reads "Økonomiudvalget" whether "ØU" or "ØKF" was written. */
export function committeeName(abbrOrName: string): string {
  return organisationOf(abbrOrName)?.committee.name ?? abbrOrName;
}

/**
 * Filters carry stable slugs (filter-values.ts): the type's ASCII slug, the area id, the
 * committee's registry slug; the month ("2007-03") serves the date range.
 */
/**
 * The types whose date is the document's own: a letter, its attachment, a conference report, an
 * idea catalogue. Only they get a year, a month, date spellings and a place in date order; a page's
 * date is when it was last reviewed (the accessibility statement's »Senest gennemgået 23. november
 * 2026« came first under »Nyeste først« and put 2026 in the »År« filter).
 */
export const DATED_TYPES: ReadonlySet<DocumentType> = new Set(['brev', 'bilag', 'konferencerapport', 'idékatalog']);

export function searchAttributes(info: SearchInfo): SearchAttributes {
  const filters: { name: string; value: string }[] = [{ name: 'type', value: typeSlug(info.type) }];
  const meta: { name: string; value: string }[] = [{ name: 'type', value: info.type }];
  const date = DATED_TYPES.has(info.type) ? info.date : undefined;
  if (date) {
    filters.push({ name: 'år', value: String(date.getUTCFullYear()) });
    filters.push({ name: 'måned', value: isoDay(date).slice(0, 7) });
    meta.push({ name: 'date', value: isoDay(date) });
    meta.push({ name: 'datoer', value: dateSpellings(date) });
  }
  for (const a of new Set(info.areas ?? [])) filters.push({ name: 'område', value: a });
  const committees = new Set((info.committees ?? []).map((c) => committeeSlug(c) ?? c));
  for (const c of committees) filters.push({ name: 'udvalg', value: c });
  for (const a of new Set((info.administrations ?? []).map((abbr) => administrationFilterSlug(abbr) ?? abbr)))
    filters.push({ name: 'forvaltning', value: a });
  for (const y of new Set(info.budgetYears ?? [])) filters.push({ name: 'budgetår', value: String(y) });
  if (info.caseNumbers?.length) meta.push({ name: 'sagsnr', value: info.caseNumbers.join(', ') });
  if (info.documentNumbers?.length) meta.push({ name: 'doknr', value: info.documentNumbers.join(', ') });
  if (info.journalNumbers?.length) meta.push({ name: 'jnr', value: info.journalNumbers.join(', ') });
  if (info.name) meta.push({ name: 'navn', value: info.name });
  if (info.relatedCaseNumbers?.length) meta.push({ name: 'kildesagsnr', value: info.relatedCaseNumbers.join(', ') });
  if (info.file) {
    meta.push({ name: 'fil', value: info.file.url });
    meta.push({ name: 'filtype', value: info.file.type });
    meta.push({ name: 'brev', value: info.file.partOf });
  }
  // A goal's result line names who set it and for which budget (»BUF · Budget 2007«).
  if (info.administrations?.length) meta.push({ name: 'forvaltning', value: [...new Set(info.administrations)].join(', ') });
  if (info.budgetYears?.length) meta.push({ name: 'budgetår', value: [...new Set(info.budgetYears)].join(', ') });
  if (info.illustrative) {
    meta.push({ name: 'eksempeldata', value: 'ja' });
    // Read by the index merge to mark the page's result id, so real pages can be put first (ordering.ts).
    filters.push({ name: EXAMPLE_FILTER.name, value: EXAMPLE_FILTER.value });
  }
  return { filters, meta, sortDate: date ? isoDay(date) : undefined };
}
