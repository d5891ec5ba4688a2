/**
 * Every file the site derives from the data folder (download-specs.ts) as a concrete path: per
 * indicator, per edition, per compared indicator, per administration with spending and per status
 * report year. datapackage.json lists each of them; the routes that write them enumerate the same
 * subjects (comparedIndicatorIds, administrationsWithSpending, reportYears, an edition's indicators).
 */
import type { Barometer } from '../model.ts';
import type { GoalData } from '../goals/model.ts';
import type { ReportTable } from '../goals/paths.ts';
import { comparedIndicatorIds } from '../barometer/comparison-download.ts';
import { administrationsWithSpending } from '../goals/spending-view.ts';
import { reportYears } from '../goals/status-report.ts';
import { organisationName } from '../registry/organisations.ts';
import {
  comparisonPaths,
  editionCsvPath,
  indicatorDataPaths,
  lettersDataPaths,
  spendingCsvPath,
  spendingJsonPath,
  statusReportCsvPath,
} from '../routes.ts';
import type { DownloadSource } from './download-text.ts';
import { DOWNLOAD_TEXT } from '../copy/download-columns.ts';
import {
  ADMINISTRATION_SPENDING,
  ARCHIVE_LETTERS,
  COMPARISON,
  INDICATOR_DATA,
  REPORT_AREAS,
  REPORT_GOALS,
  REPORT_SPENDING,
  type DownloadSpec,
} from './download-specs.ts';

/** What a group of files is about: an indicator's id, an administration's abbreviation, a year. */
export interface DownloadSubject {
  key: string;
  /** Its name for a reader, in the resource's title. */
  label: string;
  /** Some of its rows are example data. */
  illustrative: boolean;
}

export interface DownloadInventory {
  indicators: readonly DownloadSubject[];
  compared: readonly DownloadSubject[];
  editions: readonly { date: string; indicators: readonly DownloadSubject[] }[];
  administrations: readonly DownloadSubject[];
  /**
   * `areasIllustrative`: the year's area table (omraader.csv) rests on example data. It is computed
   * from the main indicators' measurements, not from the year's goals and spending, so it was marked
   * »Eksempeldata« with them though every main indicator has real figures.
   */
  reportYears: readonly (DownloadSubject & { areasIllustrative: boolean })[];
  /** The archive as data: always published, with a row per letter (none in an empty archive). */
  letters: DownloadSubject;
}

export interface DownloadFile {
  spec: DownloadSpec;
  /** Site path without base: "indikatorer/<id>/data.csv". */
  path: string;
  label: string;
  illustrative: boolean;
  /** What the file is made from (download-text.ts makes its text). */
  source: DownloadSource;
  /** Size and hash of the file as published, when the package's writer made its text. */
  digest?: { bytes: number; hash: string };
}

export const REPORT_SPECS = { maal: REPORT_GOALS, omraader: REPORT_AREAS, udgifter: REPORT_SPENDING } satisfies Record<
  ReportTable,
  DownloadSpec
>;

/**
 * `editions`: each edition's date and the ids of the indicators its barometer had (editionIndicatorPairs).
 * `letters`: whether each of the archive's letters is example data.
 */
export function downloadInventory(
  b: Barometer,
  goals: GoalData,
  editions: readonly { date: string; ids: readonly string[] }[],
  letters: readonly { illustrative: boolean }[] = [],
): DownloadInventory {
  const indicator = (id: string): DownloadSubject => {
    const i = b.indicators.find((x) => x.id === id);
    return { key: id, label: i?.title ?? id, illustrative: i?.illustrative ?? false };
  };
  return {
    indicators: b.indicators.map((i) => indicator(i.id)),
    compared: comparedIndicatorIds(b).map(indicator),
    editions: editions.map((e) => ({ date: e.date, indicators: e.ids.map(indicator) })),
    administrations: administrationsWithSpending(goals).map((abbr) => ({
      key: abbr,
      label: organisationName(abbr),
      illustrative: goals.spending.some((s) => s.administration === abbr && s.illustrative),
    })),
    reportYears: reportYears(goals).map((year) => ({
      key: String(year),
      label: String(year),
      illustrative: [...goals.goals, ...goals.spending].some((r) => r.budgetYear === year && r.illustrative),
      areasIllustrative: b.indicators.some((i) => i.main && i.illustrative),
    })),
    letters: { key: ARCHIVE_LETTERS.name, label: DOWNLOAD_TEXT.letters.label, illustrative: letters.some((l) => l.illustrative) },
  };
}

export function downloadFiles(inv: DownloadInventory): DownloadFile[] {
  const files: DownloadFile[] = [];
  const add = (spec: DownloadSpec, s: DownloadSubject, path: string, source: DownloadSource) =>
    files.push({ spec, path, label: s.label, illustrative: s.illustrative, source });
  const both = (
    spec: DownloadSpec,
    s: DownloadSubject,
    paths: { csvPath: string; jsonPath: string },
    source: (format: 'csv' | 'json') => DownloadSource,
  ) => {
    add(spec, s, paths.csvPath, source('csv'));
    add(spec, s, paths.jsonPath, source('json'));
  };
  for (const s of inv.indicators)
    both(INDICATOR_DATA, s, indicatorDataPaths(s.key), (format) => ({ kind: 'indicator', id: s.key, format }));
  for (const e of inv.editions)
    for (const s of e.indicators)
      add(INDICATOR_DATA, { ...s, label: `${s.label}, ${e.date}` }, editionCsvPath(e.date, s.key), {
        kind: 'edition',
        date: e.date,
        id: s.key,
      });
  for (const s of inv.compared) both(COMPARISON, s, comparisonPaths(s.key), (format) => ({ kind: 'comparison', id: s.key, format }));
  for (const s of inv.administrations)
    both(ADMINISTRATION_SPENDING, s, { csvPath: spendingCsvPath(s.key), jsonPath: spendingJsonPath(s.key) }, (format) => ({
      kind: 'spending',
      abbr: s.key,
      format,
    }));
  for (const s of inv.reportYears)
    for (const [table, spec] of Object.entries(REPORT_SPECS))
      add(spec, table === 'omraader' ? { ...s, illustrative: s.areasIllustrative } : s, statusReportCsvPath(s.key, table as ReportTable), {
        kind: 'report',
        year: Number(s.key),
        table: table as ReportTable,
      });
  both(ARCHIVE_LETTERS, inv.letters, lettersDataPaths(), (format) => ({ kind: 'letters', format }));
  return files;
}
