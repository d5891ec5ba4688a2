/**
 * A goal as lists print it (title, link, kind, area, status in colour + icon + words, target), and
 * the status counts of a group of goals. Shared by every page that lists goals.
 */
import type { Indicator } from '../model.ts';
import { AREAS } from '../registry/areas.ts';
import { GOAL_KINDS } from '../registry/goal-kinds.ts';
import { GOAL_STATUS_IDS, GOAL_STATUSES, type GoalStatusId } from '../registry/goal-statuses.ts';
import { ORGANISATIONS, organisationOf } from '../registry/organisations.ts';
import type { StatusColour } from '../status/labels.ts';
import { decimalsOf, formatNumber, formatValue, NBSP } from '../format/danish-number.ts';
import { areaPath, administrationPath, goalPath } from '../routes.ts';
import { goalCopy } from '../copy/goals.ts';
import type { Goal } from './model.ts';
import { indicatorUnit } from '../registry/units.ts';

export interface StatusCount {
  status: GoalStatusId;
  colour: StatusColour;
  count: number;
  /** »2 opfyldt« */
  text: string;
}

/** How many goals have each status, in the registry's order, statuses with none left out. */
export function statusCounts(goals: readonly Goal[]): StatusCount[] {
  return GOAL_STATUS_IDS.map((status) => {
    const count = goals.filter((g) => g.status === status).length;
    return { status, colour: GOAL_STATUSES[status].colour, count, text: goalCopy.statusCount(count, GOAL_STATUSES[status].label) };
  }).filter((c) => c.count > 0);
}

export interface AdministrationRef {
  abbr: string;
  name: string;
  path: string;
}

export function administrationRef(abbr: string): AdministrationRef {
  const org = organisationOf(abbr);
  return { abbr, name: org?.administration.name ?? abbr, path: administrationPath(abbr) };
}

/** The registry's administrations, in its order. */
export function administrationAbbrs(): string[] {
  return ORGANISATIONS.map((o) => o.administration.abbr);
}

/** »80 pct.« with an indicator's unit; »2.100 sprogvurderinger« with the goal's own unit. */
export function targetText(goal: Goal, indicator?: Pick<Indicator, 'unit'>): string | undefined {
  if (goal.target === undefined) return undefined;
  const decimals = decimalsOf([goal.target]);
  if (indicator) return formatValue(goal.target, indicatorUnit(indicator), decimals);
  return goal.targetUnit ? `${formatNumber(goal.target, decimals)}${NBSP}${goal.targetUnit}` : formatNumber(goal.target, decimals);
}

export function realisticText(realistic: boolean | undefined): string {
  return realistic === undefined ? goalCopy.realistic.unknown : realistic ? goalCopy.realistic.yes : goalCopy.realistic.no;
}

export interface GoalItem {
  id: string;
  title: string;
  path: string;
  budgetYear: number;
  kind: string;
  area: { name: string; path: string };
  administration: AdministrationRef;
  status: { label: string; colour: StatusColour };
  statusText?: string;
  target?: string;
  realistic?: boolean;
  illustrative: boolean;
}

export function goalItem(goal: Goal, indicators: readonly Indicator[] = []): GoalItem {
  const indicator = goal.indicator ? indicators.find((i) => i.id === goal.indicator) : undefined;
  const status = GOAL_STATUSES[goal.status];
  const target = targetText(goal, indicator);
  return {
    id: goal.id,
    title: goal.title,
    path: goalPath(goal),
    budgetYear: goal.budgetYear,
    kind: GOAL_KINDS[goal.kind].label,
    area: { name: AREAS.find((a) => a.id === goal.area)?.name ?? goal.area, path: areaPath(goal.area) },
    administration: administrationRef(goal.administration),
    status: { label: status.label, colour: status.colour },
    ...(goal.statusText ? { statusText: goal.statusText } : {}),
    ...(target ? { target } : {}),
    ...(goal.realistic !== undefined ? { realistic: goal.realistic } : {}),
    illustrative: goal.illustrative,
  };
}

/** Newest budget year first, then the registry's order of administrations, then the file's order. */
export function sortGoals(goals: readonly Goal[]): Goal[] {
  const order = administrationAbbrs();
  return goals
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.budgetYear - a.g.budgetYear || order.indexOf(a.g.administration) - order.indexOf(b.g.administration) || a.i - b.i)
    .map(({ g }) => g);
}

/** The budget years with goals or spending, newest first. */
export function budgetYears(items: readonly { budgetYear: number }[]): number[] {
  return [...new Set(items.map((i) => i.budgetYear))].sort((a, b) => b - a);
}
