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
import { exampleShare, type ExampleShare } from '../example-share.ts';

export interface ReportAdministration extends AdministrationRef {
  counts: StatusCount[];
  goals: GoalItem[];
  /** The status text column's header: »Forvaltningens status«, unless a goal's text is invented. */
  textHeader: string;
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
  /** The sentence with the count of goals (and the status counts under it) is made from example goals. */
  goalsIllustrative: boolean;
  administrations: ReportAdministration[];
  /** totalIllustrative: the total is made with at least one example amount, so it carries the mark. */
  spending: { rows: ReportSpendingRow[]; totalText?: string; totalIllustrative: boolean };
  downloads: { table: ReportTable; path: string; fileName: string; label: string }[];
  illustrative: boolean;
  /** The page's figures – the areas' status from their main indicators, the goals and the spending – for the banner. */
  examples: ExampleShare;
}

/** One year in the list of status reports: its count of goals and their status counts. */
export interface ReportSummary {
  year: number;
  path: string;
  title: string;
  goalCount: number;
  counts: StatusCount[];
  /** The count is made from at least one example goal: it carries the mark. */
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

/** /statusrapporter/: every report year, newest first, and how many of the figures are examples. */
export function reportSummaries(data: GoalData): { years: ReportSummary[]; examples: ExampleShare } {
  const years = reportYears(data).map((year) => {
    const goals = data.goals.filter((g) => g.budgetYear === year);
    return {
      year,
      path: statusReportPath(year),
      title: goalCopy.reportTitle(year),
      goalCount: goals.length,
      counts: statusCounts(goals),
      illustrative: goals.some((g) => g.illustrative),
    };
  });
  // The list shows only counts of goals, so only the goals decide the banner's »alle« or »nogle«.
  const shown = new Set(years.map((y) => y.year));
  return { years, examples: exampleShare(data.goals.filter((g) => shown.has(g.budgetYear)).map((g) => g.illustrative)) };
}

export function statusReport(data: GoalData, barometer: Barometer, year: number): StatusReport {
  const goals = sortGoals(data.goals.filter((g) => g.budgetYear === year));
  const order = administrationAbbrs();
  const spending = data.spending
    .filter((s) => s.budgetYear === year)
    .sort((a, b) => order.indexOf(a.administration) - order.indexOf(b.administration));
  const total = spending.reduce((sum, s) => sum + s.amount, 0);
  const areas = areasAsOf(barometer, year);
  return {
    year,
    path: statusReportPath(year),
    title: goalCopy.reportTitle(year),
    areas,
    counts: statusCounts(goals),
    goalCount: goals.length,
    goalsIllustrative: goals.some((g) => g.illustrative),
    administrations: order.map((abbr) => {
      const own = goals.filter((g) => g.administration === abbr);
      return {
        ...administrationRef(abbr),
        counts: statusCounts(own),
        goals: own.map((g) => goalItem(g, barometer.indicators)),
        textHeader: own.some((g) => g.illustrative) ? goalCopy.reportAssessmentExamples : goalCopy.reportGoalColumns.assessment,
      };
    }),
    spending: {
      rows: spending.map((s) => ({
        administration: administrationRef(s.administration),
        covers: s.covers,
        amountText: formatKroner(s.amount),
        illustrative: s.illustrative,
      })),
      ...(spending.length > 0 ? { totalText: formatKroner(total) } : {}),
      totalIllustrative: spending.some((s) => s.illustrative),
    },
    downloads: reportDownloads(year),
    illustrative: goals.some((g) => g.illustrative) || spending.some((s) => s.illustrative),
    examples: exampleShare([
      ...areas.map((a) => a.indicator.illustrative),
      ...goals.map((g) => g.illustrative),
      ...spending.map((s) => s.illustrative),
    ]),
  };
}
