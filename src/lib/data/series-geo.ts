/**
 * The municipality code a series stands for, shared by the geo rules: the code most of its rows
 * carry, so one mistyped row is the one named, not the many right ones.
 */
import { COPENHAGEN, WHOLE_COUNTRY } from '../registry/municipalities.ts';
import type { MeasurementDraft } from './drafts.ts';

/** The codes a main series may carry: Copenhagen's, or the whole country's for a national indicator. */
export const MAIN_SERIES_CODES: readonly string[] = [COPENHAGEN, WHOLE_COUNTRY];

/** A main-series row without a code (a file written before the geo column) or with one of the two codes. */
export function mainSeriesCodeAllowed(m: MeasurementDraft): boolean {
  return m.breakdown !== '' || m.geo === undefined || MAIN_SERIES_CODES.includes(m.geo);
}

export interface SeriesGeo {
  /** The series' code, '' for none. */
  geo: string;
  /** The rows that carry it, in file order. */
  rows: MeasurementDraft[];
  /** True when another code has as many rows: then the earliest row's code counts, and no row is the odd one. */
  tie: boolean;
}

/** `rows` in file order, at least one. */
export function seriesGeo(rows: readonly MeasurementDraft[]): SeriesGeo {
  const byGeo = new Map<string, MeasurementDraft[]>();
  for (const m of rows) byGeo.set(m.geo ?? '', [...(byGeo.get(m.geo ?? '') ?? []), m]);
  // Map order is first appearance, and only a strictly larger group replaces the leader.
  let best: [string, MeasurementDraft[]] = ['', []];
  let tie = false;
  for (const entry of byGeo) {
    if (entry[1].length > best[1].length) {
      best = entry;
      tie = false;
    } else if (entry[1].length === best[1].length) tie = true;
  }
  return { geo: best[0], rows: best[1], tie };
}
