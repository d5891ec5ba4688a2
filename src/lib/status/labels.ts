/** Status colours, outcomes and trends, and which colour each outcome gets. Their words: copy/status.ts. */
export type StatusColour = 'groen' | 'gul' | 'roed' | 'hvid';

/** Which branch of the rule decided the status. */
export type StatusOutcome =
  'target-met' | 'on-pace' | 'progress' | 'too-slow' | 'standstill' | 'decline' | 'no-baseline' | 'no-measurement';

/** Whether the latest change is good; »brud« when the latest two values lie either side of a series break. */
export type Trend = 'fremgang' | 'stilstand' | 'tilbagegang' | 'ukendt' | 'brud';

export const OUTCOME_COLOUR: Record<StatusOutcome, StatusColour> = {
  'target-met': 'groen',
  'on-pace': 'groen',
  progress: 'groen',
  'too-slow': 'gul',
  standstill: 'gul',
  decline: 'roed',
  'no-baseline': 'hvid',
  'no-measurement': 'hvid',
};
