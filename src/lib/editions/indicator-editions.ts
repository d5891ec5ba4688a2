/**
 * An indicator's »Status i tidligere udgaver«: one row per edition, newest first, with the status,
 * latest value and trend as published and the edition's CSV for the indicator. Pure.
 */
import { dayText } from './day-text.ts';
import type { EditionSnapshot, IndicatorScore } from './edition-snapshot.ts';
import { editionCsvPath, editionIndicatorHref } from '../routes.ts';

export interface IndicatorEditionRow {
  date: string;
  dateLabel: string;
  title: string;
  /** Site path of the indicator's row on the edition's page. */
  href: string;
  /** Absent when the indicator was not in the edition. */
  score?: IndicatorScore;
  csvPath?: string;
}

export function indicatorEditionRows(id: string, snapshots: readonly EditionSnapshot[]): IndicatorEditionRow[] {
  return [...snapshots].reverse().map((s) => {
    const score = s.scores.find((x) => x.id === id);
    return {
      date: s.edition.date,
      dateLabel: dayText(s.edition.date),
      title: s.edition.title,
      href: editionIndicatorHref(s.edition.date, id),
      ...(score ? { score, csvPath: editionCsvPath(s.edition.date, id) } : {}),
    };
  });
}

/** Editions that show the indicator, for the edition CSV and embed routes: [date, id] pairs. */
export function editionIndicatorPairs(snapshots: readonly EditionSnapshot[]): { snapshot: EditionSnapshot; id: string }[] {
  return snapshots.flatMap((s) => (s.barometer ? s.scores.map((x) => ({ snapshot: s, id: x.id })) : []));
}
