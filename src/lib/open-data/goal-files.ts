/**
 * The administrations' spending and the yearly status reports as downloads on /data/, so every
 * published table is found from the open-data page: per administration its spending as CSV, JSON
 * and the chart as SVG; per budget year the status report's tables as CSV. Example data says so.
 * Both lists have one row shape (DownloadRow), printed by DownloadTable.astro.
 */
import { openDataCopy } from '../copy/index.ts';
import type { GoalData } from '../goals/model.ts';
import { administrationsWithSpending } from '../goals/spending-view.ts';
import { reportDownloads, reportYears } from '../goals/status-report.ts';
import { organisationName } from '../registry/organisations.ts';
import { administrationPath, spendingCsvPath, spendingJsonPath, spendingSvgPath, statusReportPath } from '../routes.ts';
import { spendingFileStem } from '../goals/paths.ts';

export interface DownloadLink {
  path: string;
  text: string;
  /** The name a browser saves it under, when the link is a download. */
  download?: string;
  /** Printed after the link in brackets: the format. */
  note?: string;
}

export interface DownloadRow {
  /** The row heading: a link to the page the files belong to. */
  label: string;
  path: string;
  illustrative: boolean;
  links: DownloadLink[];
}

const fileName = (path: string) => path.split('/').at(-1) ?? path;

export function goalFiles(data: GoalData): { spending: DownloadRow[]; reports: DownloadRow[] } {
  const spending = administrationsWithSpending(data).map((abbr) => {
    const [csv, json, svg] = [spendingCsvPath(abbr), spendingJsonPath(abbr), spendingSvgPath(abbr)];
    return {
      label: organisationName(abbr),
      path: administrationPath(abbr),
      illustrative: data.spending.some((s) => s.administration === abbr && s.illustrative),
      links: [
        { path: csv, text: fileName(csv), download: `${spendingFileStem(abbr)}.csv`, note: 'CSV' },
        { path: json, text: fileName(json), note: 'JSON' },
        { path: svg, text: fileName(svg), note: openDataCopy.spendingChart },
      ],
    };
  });
  const reports = reportYears(data).map((year) => ({
    label: openDataCopy.reportLink(year),
    path: statusReportPath(year),
    illustrative: [...data.goals, ...data.spending].some((r) => r.budgetYear === year && r.illustrative),
    links: reportDownloads(year).map((f) => ({ path: f.path, text: f.label, download: f.fileName })),
  }));
  return { spending, reports };
}
