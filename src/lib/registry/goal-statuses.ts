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
  /** As printed on the site: »Opfyldt«. */
  label: string;
  /** The badge: colour with its icon shape (StatusBadge), never colour alone. */
  colour: StatusColour;
  /** For editors and the data dictionary. */
  meaning: string;
}

/** The badge's colour here; its word and meaning are copy (GOAL_STATUS_TEXT). */
export const GOAL_STATUSES: Record<GoalStatusId, GoalStatusInfo> = {
  opfyldt: { id: 'opfyldt', label: GOAL_STATUS_TEXT.opfyldt.label, colour: 'groen', meaning: GOAL_STATUS_TEXT.opfyldt.meaning },
  'delvist opfyldt': {
    id: 'delvist opfyldt',
    label: GOAL_STATUS_TEXT['delvist opfyldt'].label,
    colour: 'gul',
    meaning: GOAL_STATUS_TEXT['delvist opfyldt'].meaning,
  },
  'ikke opfyldt': {
    id: 'ikke opfyldt',
    label: GOAL_STATUS_TEXT['ikke opfyldt'].label,
    colour: 'roed',
    meaning: GOAL_STATUS_TEXT['ikke opfyldt'].meaning,
  },
  'ikke vurderet': {
    id: 'ikke vurderet',
    label: GOAL_STATUS_TEXT['ikke vurderet'].label,
    colour: 'hvid',
    meaning: GOAL_STATUS_TEXT['ikke vurderet'].meaning,
  },
};

export function isGoalStatusId(value: string): value is GoalStatusId {
  return (GOAL_STATUS_IDS as readonly string[]).includes(value);
}
