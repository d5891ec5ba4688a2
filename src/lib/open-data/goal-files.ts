/**
 * The administrations' spending and the yearly status reports as downloads on /data/, so every
 * published table is found from the open-data page: per administration its spending as CSV, JSON
 * and the chart as SVG; per budget year the status report's tables as CSV. Example data says so.
 */
import type { GoalData } from '../goals/model.ts';
import { administrationsWithSpending } from '../goals/spending-view.ts';
import { reportDownloads, reportYears, type StatusReport } from '../goals/status-report.ts';
import { organisationName } from '../registry/organisations.ts';
import { administrationPath, spendingCsvPath, spendingJsonPath, spendingSvgPath, statusReportPath } from '../routes.ts';

export interface SpendingFiles {
  name: string;
  path: string;
  /** Path and the name the file is saved under. */
  csv: { path: string; file: string };
  json: { path: string; file: string };
  svg: { path: string; file: string };
  illustrative: boolean;
}

const file = (path: string) => ({ path, file: path.split('/').at(-1) ?? path });

export interface ReportFiles {
  year: number;
  path: string;
  files: StatusReport['downloads'];
  illustrative: boolean;
}

export function goalFiles(data: GoalData): { spending: SpendingFiles[]; reports: ReportFiles[] } {
  const spending = administrationsWithSpending(data).map((abbr) => ({
    name: organisationName(abbr),
    path: administrationPath(abbr),
    csv: file(spendingCsvPath(abbr)),
    json: file(spendingJsonPath(abbr)),
    svg: file(spendingSvgPath(abbr)),
    illustrative: data.spending.some((s) => s.administration === abbr && s.illustrative),
  }));
  const reports = reportYears(data).map((year) => ({
    year,
    path: statusReportPath(year),
    files: reportDownloads(year),
    illustrative: [...data.goals, ...data.spending].some((r) => r.budgetYear === year && r.illustrative),
  }));
  return { spending, reports };
}
