/**
 * /statusrapporter/<år>/: the year's status report on integration – the six areas' status in the
 * barometer as of the year, every administration's goals for the budget year with their status,
 * and the year's spending – and the years that have one.
 */
import type { Barometer } from '../model.ts';
import { areasAsOf, type AreaAsOf } from './area-as-of.ts';
import { goalCopy } from '../copy/goals.ts';
import {
  administrationAbbrs,
  administrationRef,
  budgetYears,
  goalItem,
  sortGoals,
  statusCounts,
  type AdministrationRef,
  type GoalItem,
  type StatusCount,
} from './goal-items.ts';
import type { GoalData } from './model.ts';
import { formatKroner } from './money.ts';
import { statusReportCsvPath, statusReportPath } from '../routes.ts';
import { REPORT_TABLES, statusReportCsvName, type ReportTable } from './paths.ts';

export interface ReportAdministration extends AdministrationRef {
  counts: StatusCount[];
  goals: GoalItem[];
}

export interface ReportSpendingRow {
  administration: AdministrationRef;
  covers: string;
  amountText: string;
  illustrative: boolean;
}

export interface StatusReport {
  year: number;
  path: string;
  title: string;
  areas: AreaAsOf[];
  counts: StatusCount[];
  goalCount: number;
  administrations: ReportAdministration[];
  spending: { rows: ReportSpendingRow[]; totalText?: string };
  downloads: { table: ReportTable; path: string; fileName: string; label: string }[];
  illustrative: boolean;
}

/** A year's status report tables as CSV downloads. */
export function reportDownloads(year: number): StatusReport['downloads'] {
  return REPORT_TABLES.map((table) => ({
    table,
    path: statusReportCsvPath(year, table),
    fileName: statusReportCsvName(year, table),
    label: goalCopy.reportTableNames[table],
  }));
}

/** The years with a status report: every budget year with goals or spending, newest first. */
export function reportYears(data: GoalData): number[] {
  return budgetYears([...data.goals, ...data.spending]);
}

export function statusReport(data: GoalData, barometer: Barometer, year: number): StatusReport {
  const goals = sortGoals(data.goals.filter((g) => g.budgetYear === year));
  const order = administrationAbbrs();
  const spending = data.spending
    .filter((s) => s.budgetYear === year)
    .sort((a, b) => order.indexOf(a.administration) - order.indexOf(b.administration));
  const total = spending.reduce((sum, s) => sum + s.amount, 0);
  return {
    year,
    path: statusReportPath(year),
    title: goalCopy.reportTitle(year),
    areas: areasAsOf(barometer, year),
    counts: statusCounts(goals),
    goalCount: goals.length,
    administrations: order.map((abbr) => {
      const own = goals.filter((g) => g.administration === abbr);
      return { ...administrationRef(abbr), counts: statusCounts(own), goals: own.map((g) => goalItem(g, barometer.indicators)) };
    }),
    spending: {
      rows: spending.map((s) => ({
        administration: administrationRef(s.administration),
        covers: s.covers,
        amountText: formatKroner(s.amount),
        illustrative: s.illustrative,
      })),
      ...(spending.length > 0 ? { totalText: formatKroner(total) } : {}),
    },
    downloads: reportDownloads(year),
    illustrative: goals.some((g) => g.illustrative) || spending.some((s) => s.illustrative),
  };
}
