/** Status colours, outcomes and trends with their Danish words. The words go with every colour shown. */
export type StatusColour = 'groen' | 'gul' | 'roed' | 'hvid';

/** Which branch of the rule decided the status. */
export type StatusOutcome =
  | 'target-met'
  | 'on-pace'
  | 'progress'
  | 'too-slow'
  | 'standstill'
  | 'decline'
  | 'no-baseline'
  | 'no-measurement';

/** Whether the latest change is good; «brud» when the latest two values lie either side of a series break. */
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

export const OUTCOME_LABEL: Record<StatusOutcome, string> = {
  'target-met': 'På rette kurs',
  'on-pace': 'På rette kurs',
  progress: 'På rette kurs',
  'too-slow': 'Fremgang, men for langsomt',
  standstill: 'Stilstand',
  decline: 'Tilbagegang',
  'no-baseline': 'Ingen status',
  'no-measurement': 'Ingen status',
};

/** Colour names as words, for tables and the trace ("grøn"), never as the only carrier of meaning. */
export const COLOUR_NAME: Record<StatusColour, string> = {
  groen: 'grøn',
  gul: 'gul',
  roed: 'rød',
  hvid: 'hvid',
};

export const TREND_LABEL: Record<Trend, string> = {
  fremgang: 'Fremgang',
  stilstand: 'Stilstand',
  tilbagegang: 'Tilbagegang',
  ukendt: 'Ingen tendens endnu',
  brud: 'Brud i serien',
};

/** The rule names as printed in the trace. */
export const RULE_LABEL: Record<'pace' | 'direction' | 'none', string> = {
  pace: 'Talmål: fremskridt målt mod det nødvendige tempo (FN’s SDG-metode)',
  direction: 'Kun ønsket retning: Københavns regel fra 2015–2018',
  none: 'Ingen status kan beregnes',
};
