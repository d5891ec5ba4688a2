/** /forvaltninger/<forvaltning>/: the administration's goals per budget year with status, and its spending. */
import type { Indicator } from '../model.ts';
import { organisationOf } from '../registry/organisations.ts';
import { goalCopy } from '../copy/goals.ts';
import {
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
import { statusReportPath } from '../routes.ts';
import { budgetYearAnchor } from './paths.ts';
import { spendingView, type SpendingView } from './spending-view.ts';
import { exampleShare, type ExampleShare } from '../example-share.ts';

export interface BudgetYearGoals {
  year: number;
  anchor: string;
  heading: string;
  counts: StatusCount[];
  goals: GoalItem[];
  reportPath: string;
  /** The year's count of goals is made with at least one example goal: it carries the mark. */
  illustrative: boolean;
}

export interface AdministrationView extends AdministrationRef {
  title: string;
  committee: { abbr: string; name: string };
  /** Newest first. */
  years: BudgetYearGoals[];
  goalCount: number;
  spending?: SpendingView;
  illustrative: boolean;
}

export function administrationView(data: GoalData, abbr: string, indicators: readonly Indicator[]): AdministrationView {
  const org = organisationOf(abbr);
  if (!org) throw new Error(`Ukendt forvaltning "${abbr}"`);
  const goals = sortGoals(data.goals.filter((g) => g.administration === abbr));
  const spending = spendingView(data, abbr);
  const ref = administrationRef(abbr);
  return {
    ...ref,
    title: goalCopy.administrationTitle(ref.name, abbr),
    committee: org.committee,
    years: budgetYears(goals).map((year) => {
      const ofYear = goals.filter((g) => g.budgetYear === year);
      return {
        year,
        anchor: budgetYearAnchor(year),
        heading: goalCopy.budgetYear(year),
        counts: statusCounts(ofYear),
        goals: ofYear.map((g) => goalItem(g, indicators)),
        reportPath: statusReportPath(year),
        illustrative: ofYear.some((g) => g.illustrative),
      };
    }),
    goalCount: goals.length,
    ...(spending ? { spending } : {}),
    illustrative: goals.some((g) => g.illustrative) || (spending?.illustrative ?? false),
  };
}

/**
 * The page's share of example data, for its banner: its goals and spending amounts, and the letters
 * and ideas it lists beside them (a real letter, and the count of them, is real).
 */
export function administrationExamples(view: AdministrationView, listed: readonly { illustrative: boolean }[]): ExampleShare {
  return exampleShare([
    ...view.years.flatMap((y) => y.goals.map((g) => g.illustrative)),
    ...(view.spending?.years.flatMap((y) => y.lines.map((l) => l.illustrative)) ?? []),
    ...listed.map((l) => l.illustrative),
  ]);
}
