/**
 * /forvaltninger/: the seven administrations × budget years, each cell with the number of goals,
 * their status counts and the year's spending, and a total row per year.
 */
import { goalCopy } from '../copy/goals.ts';
import {
  administrationAbbrs,
  administrationRef,
  budgetYears,
  statusCounts,
  type AdministrationRef,
  type StatusCount,
} from './goal-items.ts';
import type { GoalData } from './model.ts';
import { formatMillions } from './money.ts';
import { administrationYearPath, statusReportPath } from '../routes.ts';
import { exampleShare, type ExampleShare } from '../example-share.ts';

export interface OverviewCell {
  year: number;
  goals: number;
  /** »3 mål« or »Ingen mål«. */
  goalsText: string;
  counts: StatusCount[];
  /** The count and status counts are made with at least one example goal: they carry the mark. */
  goalsIllustrative: boolean;
  /** »Udgifter: 22,7 mio. kr.«, when the year has spending. */
  spendingText?: string;
  /** The spending sum is made with at least one example amount: it carries the mark. */
  spendingIllustrative: boolean;
  /** The budget year on the administration page; absent in the total row. */
  path?: string;
}

export interface OverviewRow {
  administration: AdministrationRef;
  cells: OverviewCell[];
}

export interface Overview {
  /** Newest first. */
  years: number[];
  rows: OverviewRow[];
  totals: OverviewCell[];
  reports: { year: number; path: string; label: string }[];
  illustrative: boolean;
  /** Some goal is an example: its status is invented, not an administration's own judgement. */
  goalsIllustrative: boolean;
  /** Every figure on the page is made from the goals and spending rows: the banner says »alle« or »nogle«. */
  examples: ExampleShare;
}

function cell(data: GoalData, year: number, abbr?: string): OverviewCell {
  const goals = data.goals.filter((g) => g.budgetYear === year && (!abbr || g.administration === abbr));
  const spending = data.spending.filter((s) => s.budgetYear === year && (!abbr || s.administration === abbr));
  const total = spending.reduce((sum, s) => sum + s.amount, 0);
  return {
    year,
    goals: goals.length,
    goalsText: goals.length > 0 ? goalCopy.goalCount(goals.length) : goalCopy.noGoals,
    counts: statusCounts(goals),
    goalsIllustrative: goals.some((g) => g.illustrative),
    spendingIllustrative: spending.some((s) => s.illustrative),
    ...(spending.length > 0 ? { spendingText: goalCopy.spendingLine(formatMillions(total)) } : {}),
    ...(abbr ? { path: administrationYearPath(abbr, year) } : {}),
  };
}

export function overview(data: GoalData): Overview {
  const years = budgetYears([...data.goals, ...data.spending]);
  return {
    years,
    rows: administrationAbbrs().map((abbr) => ({ administration: administrationRef(abbr), cells: years.map((y) => cell(data, y, abbr)) })),
    totals: years.map((y) => cell(data, y)),
    reports: years.map((year) => ({ year, path: statusReportPath(year), label: goalCopy.reportLink(year) })),
    illustrative: data.goals.some((g) => g.illustrative) || data.spending.some((s) => s.illustrative),
    goalsIllustrative: data.goals.some((g) => g.illustrative),
    examples: exampleShare([...data.goals, ...data.spending].map((r) => r.illustrative)),
  };
}
