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

export const GOAL_KINDS = Object.fromEntries(GOAL_KIND_IDS.map((id) => [id, { id, ...GOAL_KIND_TEXT[id] }])) as Record<
  GoalKindId,
  GoalKindInfo
>;
