/**
 * Goals and spending seen from elsewhere on the site: the letters they cite as their source, the
 * areas they belong to and the indicators that follow them. Each list is what its page prints.
 */
import type { Indicator } from '../model.ts';
import type { AreaId } from '../registry/areas.ts';
import { budgetYears, goalItem, sortGoals, type GoalItem } from './goal-items.ts';
import type { GoalData } from './model.ts';
import { formatMillions } from './money.ts';
import { goalCopy } from '../copy/goals.ts';
import { exampleShare } from '../example-share.ts';

export interface YearOfGoals {
  year: number;
  goals: GoalItem[];
}

export interface LetterGoals {
  /**
   * `lead`: what the year's goals have to do with the letter; `spendingText`: the year's spending
   * citing it, as a sentence; `spendingIllustrative`: an invented amount is in that total, so the
   * total carries the mark.
   */
  years: (YearOfGoals & { lead?: string; spendingText?: string; spendingIllustrative?: boolean })[];
  illustrative: boolean;
}

function byYear(items: GoalItem[]): YearOfGoals[] {
  return budgetYears(items).map((year) => ({ year, goals: items.filter((g) => g.budgetYear === year) }));
}

/** Goals and spending whose source document names the letter; undefined when none does. */
export function goalsCitingLetter(data: GoalData, slug: string, indicators: readonly Indicator[]): LetterGoals | undefined {
  const goals = sortGoals(data.goals.filter((g) => g.sourceLetters.includes(slug)));
  const spending = data.spending.filter((s) => s.sourceLetters.includes(slug));
  if (goals.length === 0 && spending.length === 0) return undefined;
  const years = budgetYears([...goals, ...spending]).map((year) => {
    const items = goals.filter((g) => g.budgetYear === year).map((g) => goalItem(g, indicators));
    const rows = spending.filter((s) => s.budgetYear === year);
    const total = rows.reduce((a, s) => a + s.amount, 0);
    const examples = exampleShare(rows.map((s) => s.illustrative));
    const text =
      rows.length > 0
        ? { spendingText: goalCopy.letterSpending(year, formatMillions(total), examples), spendingIllustrative: examples !== 'none' }
        : {};
    const lead = items.length > 0 ? { lead: goalCopy.letterGoalsLead(items, year) } : {};
    return { year, goals: items, ...lead, ...text };
  });
  return { years, illustrative: goals.some((g) => g.illustrative) || spending.some((s) => s.illustrative) };
}

/** How many budget years an area page shows; older ones are on the administrations' pages. */
export const AREA_GOAL_YEARS = 2;

export function goalsForArea(
  data: GoalData,
  area: AreaId,
  indicators: readonly Indicator[],
): { years: YearOfGoals[]; olderYears: number; illustrative: boolean } {
  const goals = sortGoals(data.goals.filter((g) => g.area === area));
  const all = byYear(goals.map((g) => goalItem(g, indicators)));
  const years = all.slice(0, AREA_GOAL_YEARS);
  return { years, olderYears: all.length - years.length, illustrative: years.some((y) => y.goals.some((g) => g.illustrative)) };
}

export function goalsForIndicator(
  data: GoalData,
  id: string,
  indicators: readonly Indicator[],
): { years: YearOfGoals[]; illustrative: boolean } {
  const goals = sortGoals(data.goals.filter((g) => g.indicator === id));
  return { years: byYear(goals.map((g) => goalItem(g, indicators))), illustrative: goals.some((g) => g.illustrative) };
}
