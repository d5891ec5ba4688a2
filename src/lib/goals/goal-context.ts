/** Both goal tables' typed rows plus what the cross-row and cross-table rules look up. */
import type { AreaId } from '../registry/areas.ts';
import type { UnitId } from '../registry/units.ts';
import type { GoalDraft, SpendingDraft } from './drafts.ts';
import type { LetterLookup } from './letter-lookup.ts';

/** What the goal rules need to know about an indicator. */
export interface IndicatorFacts {
  id: string;
  area: AreaId;
  unit: UnitId;
}

export interface GoalSources {
  /** Display path of indicators.csv, for messages. */
  indicatorsFile: string;
  /** Every id written in indicators.csv, valid row or not (a broken row's own error says why). */
  indicatorIds: ReadonlySet<string>;
  /** Area and unit of the indicators whose rows passed their rules. */
  indicators: readonly IndicatorFacts[];
  letters: LetterLookup;
  /** The day of the check; budget years after next year are refused. */
  today: Date;
}

export interface GoalContext extends GoalSources {
  goals: GoalDraft[];
  spending: SpendingDraft[];
  indicatorById: ReadonlyMap<string, IndicatorFacts>;
}

export function goalContext(sources: GoalSources, goals: GoalDraft[], spending: SpendingDraft[]): GoalContext {
  return { ...sources, goals, spending, indicatorById: new Map(sources.indicators.map((i) => [i.id, i])) };
}
