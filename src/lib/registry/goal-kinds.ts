/**
 * The two kinds of goal the 2006 budget letter (sagsnr. 292118) asks every standing committee to
 * set for integration: resultatkrav (the effect for citizens) and aktivitetsmål (what the
 * administration itself does). Defined once for goals.csv, the pages and the downloads.
 */
import { GOAL_KIND_TEXT } from '../copy/registry.ts';

export const GOAL_KIND_IDS = ['resultatkrav', 'aktivitetsmål'] as const;
export type GoalKindId = (typeof GOAL_KIND_IDS)[number];

export interface GoalKindInfo {
  id: GoalKindId;
  label: string;
  meaning: string;
}

export const GOAL_KINDS: Record<GoalKindId, GoalKindInfo> = {
  resultatkrav: { id: 'resultatkrav', ...GOAL_KIND_TEXT.resultatkrav },
  aktivitetsmål: { id: 'aktivitetsmål', ...GOAL_KIND_TEXT.aktivitetsmål },
};
