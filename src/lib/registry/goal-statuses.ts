/**
 * How far an administration's integration goal was met, as the administration reported it in the
 * status for the annual status report. Defined once: goals.csv's enum, the pages' badges (colour,
 * icon and word from the barometer's own status badge) and the downloads take it from here.
 */
import { GOAL_STATUS_TEXT } from '../copy/registry.ts';
import type { StatusColour } from '../status/labels.ts';

export const GOAL_STATUS_IDS = ['opfyldt', 'delvist opfyldt', 'ikke opfyldt', 'ikke vurderet'] as const;
export type GoalStatusId = (typeof GOAL_STATUS_IDS)[number];

export interface GoalStatusInfo {
  id: GoalStatusId;
  /** As printed on the site: «Opfyldt». */
  label: string;
  /** The badge: colour with its icon shape (StatusBadge), never colour alone. */
  colour: StatusColour;
  /** For editors and the data dictionary. */
  meaning: string;
}

const GOAL_STATUS_COLOUR: Record<GoalStatusId, StatusColour> = {
  opfyldt: 'groen',
  'delvist opfyldt': 'gul',
  'ikke opfyldt': 'roed',
  'ikke vurderet': 'hvid',
};

export const GOAL_STATUSES = Object.fromEntries(
  GOAL_STATUS_IDS.map((id) => [
    id,
    { id, label: GOAL_STATUS_TEXT[id].label, colour: GOAL_STATUS_COLOUR[id], meaning: GOAL_STATUS_TEXT[id].meaning },
  ]),
) as Record<GoalStatusId, GoalStatusInfo>;

export function isGoalStatusId(value: string): value is GoalStatusId {
  return (GOAL_STATUS_IDS as readonly string[]).includes(value);
}
