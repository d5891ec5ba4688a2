/**
 * The administrations' integration goals and spending after validation (data/goals.csv and
 * data/spending.csv). Plain data, produced by src/lib/goals/validate.ts, never by pages.
 */
import type { AreaId } from '../registry/areas.ts';
import type { GoalKindId } from '../registry/goal-kinds.ts';
import type { GoalStatusId } from '../registry/goal-statuses.ts';

export interface Goal {
  id: string;
  /** The administration's abbreviation from the registry, e.g. "BUF". */
  administration: string;
  budgetYear: number;
  kind: GoalKindId;
  title: string;
  description: string;
  area: AreaId;
  /** An indicator id from indicators.csv the goal is followed by. */
  indicator?: string;
  /** The numeric target: in the indicator's unit, or in targetUnit when there is no indicator. */
  target?: number;
  targetUnit?: string;
  status: GoalStatusId;
  /** The administration's own words on the status. */
  statusText?: string;
  /** Whether the administration judged the goal realistic; absent when it did not say. */
  realistic?: boolean;
  initiatives?: string;
  /** As the editor wrote it: a letter's slug or a case number. */
  sourceDocument: string;
  /** The letters (slugs) the source document names, oldest first. */
  sourceLetters: string[];
  illustrative: boolean;
}

export interface Spending {
  administration: string;
  budgetYear: number;
  /** Kroner, in the budget year's prices. */
  amount: number;
  covers: string;
  source: string;
  sourceDocument?: string;
  sourceLetters: string[];
  illustrative: boolean;
}

export interface GoalData {
  goals: Goal[];
  spending: Spending[];
}
