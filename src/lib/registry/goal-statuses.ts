/**
 * How far an administration's integration goal was met, as the administration reported it in the
 * status for the annual status report. Defined once: goals.csv's enum, the pages' badges (colour,
 * icon and word from the barometer's own status badge) and the downloads take it from here.
 */
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

export const GOAL_STATUSES: Record<GoalStatusId, GoalStatusInfo> = {
  opfyldt: { id: 'opfyldt', label: 'Opfyldt', colour: 'groen', meaning: 'målet er nået' },
  'delvist opfyldt': { id: 'delvist opfyldt', label: 'Delvist opfyldt', colour: 'gul', meaning: 'en del af målet er nået' },
  'ikke opfyldt': { id: 'ikke opfyldt', label: 'Ikke opfyldt', colour: 'roed', meaning: 'målet er ikke nået' },
  'ikke vurderet': { id: 'ikke vurderet', label: 'Ikke vurderet', colour: 'hvid', meaning: 'forvaltningen har endnu ikke gjort status' },
};

export function isGoalStatusId(value: string): value is GoalStatusId {
  return (GOAL_STATUS_IDS as readonly string[]).includes(value);
}
