/**
 * Pagefind filter, meta and sort values for a page, computed once so every page type is indexed
 * the same way. The layout prints them as hidden data-pagefind-* elements.
 */
export type DocumentType = 'brev' | 'konferencerapport' | 'idékatalog' | 'indikator' | 'område' | 'side';

export interface SearchInfo {
  type: DocumentType;
  date?: Date;
  areas?: string[];
  committees?: string[];
  /** Case numbers and document numbers, shown in results and searchable as typed. */
  caseNumbers?: string[];
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

export function searchAttributes(info: SearchInfo, areaName: (id: string) => string): SearchAttributes {
  const filters: { name: string; value: string }[] = [{ name: 'type', value: info.type }];
  const meta: { name: string; value: string }[] = [{ name: 'type', value: info.type }];
  if (info.date) {
    filters.push({ name: 'år', value: String(info.date.getUTCFullYear()) });
    meta.push({ name: 'date', value: isoDay(info.date) });
  }
  for (const a of info.areas ?? []) filters.push({ name: 'område', value: areaName(a) });
  for (const c of info.committees ?? []) filters.push({ name: 'udvalg', value: c });
  if (info.caseNumbers?.length) meta.push({ name: 'sagsnr', value: info.caseNumbers.join(', ') });
  return { filters, meta, sortDate: info.date ? isoDay(info.date) : undefined };
}
