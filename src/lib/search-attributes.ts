/**
 * Pagefind filter, meta and sort values for a page, computed once so every page type is indexed
 * the same way. The layout prints them as hidden data-pagefind-* elements.
 */
import { organisationOf } from './registry/organisations.ts';
import { administrationFilterSlug, committeeSlug, typeSlug } from './search/filter-values.ts';

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
   * for «Beskæftigelse», ahead of indicators whose titles begin with the word).
   */
  name?: string;
  /**
   * An attached file's text page: the file's URL (with the base path) and type, so a result can
   * link into it (a PDF at the page that matched: #page=N), and the title of the letter it belongs to.
   */
  file?: { url: string; type: string; partOf: string };
  /** The page shows example data (its banner says «Eksempeldata»): the result line says so too. */
  illustrative?: boolean;
  /** Administrations a goal belongs to (abbreviations such as "BUF"): the «Forvaltning» facet. */
  administrations?: string[];
  /** Budget years a goal is set for: the «Budgetår» facet. */
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
 * The ways a date is written in the archive and in the press, so a search for "02-04-2009" or
 * "2.4.2009" finds the letter dated 2009-04-02 (Pagefind searches meta values too).
 */
export function dateSpellings(date: Date): string {
  const [y, m, d] = isoDay(date).split('-');
  return [`${y}-${m}-${d}`, `${d}-${m}-${y}`, `${d}.${m}.${y}`, `${Number(d)}.${Number(m)}.${y}`].join(' ');
}

/** A committee's full name, so the filter reads "Økonomiudvalget" whether "ØU" or "ØKF" was written. */
export function committeeName(abbrOrName: string): string {
  return organisationOf(abbrOrName)?.committee.name ?? abbrOrName;
}

/**
 * Filters carry stable slugs (filter-values.ts): the type's ASCII slug, the area id, the
 * committee's registry slug; the month ("2007-03") serves the date range.
 */
export function searchAttributes(info: SearchInfo): SearchAttributes {
  const filters: { name: string; value: string }[] = [{ name: 'type', value: typeSlug(info.type) }];
  const meta: { name: string; value: string }[] = [{ name: 'type', value: info.type }];
  if (info.date) {
    filters.push({ name: 'år', value: String(info.date.getUTCFullYear()) });
    filters.push({ name: 'måned', value: isoDay(info.date).slice(0, 7) });
    meta.push({ name: 'date', value: isoDay(info.date) });
    meta.push({ name: 'datoer', value: dateSpellings(info.date) });
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
  // A goal's result line names who set it and for which budget («BUF · Budget 2007»).
  if (info.administrations?.length) meta.push({ name: 'forvaltning', value: [...new Set(info.administrations)].join(', ') });
  if (info.budgetYears?.length) meta.push({ name: 'budgetår', value: [...new Set(info.budgetYears)].join(', ') });
  if (info.illustrative) meta.push({ name: 'eksempeldata', value: 'ja' });
  return { filters, meta, sortDate: info.date ? isoDay(info.date) : undefined };
}
