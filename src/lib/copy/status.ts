/** The status rule's words: outcomes, colours and trends. The words go with every colour shown. */
import type { StatusColour, StatusOutcome, Trend } from '../status/labels.ts';
import type { FlagId } from '../registry/flags.ts';

/** A flag said of »tallet« (neuter): »tallet for 2023 er foreløbigt«, not »foreløbig«. */
const FLAG_OF_NUMBER: Record<FlagId, string> = {
  foreløbig: 'foreløbigt',
  revideret: 'revideret',
  skønnet: 'skønnet',
  'brud i serien': 'opgjort efter et brud i serien',
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

/** The rule's conditions for /om/'s table, in the trace's terms (a, r, tolerancen); `share` is the pace share written in Danish. */
export const RULE_CONDITION = {
  targetMet: 'Målet er nået',
  onPace: (share: string) => `a ≥ ${share} · r og a > tolerancen`,
  progress: 'a > tolerancen',
  tooSlow: (share: string) => `tolerancen < a < ${share} · r`,
  standstill: '|a| ≤ tolerancen',
  decline: 'a < −tolerancen',
  noBaseline: 'Ingen basis',
  noMeasurement: 'Ingen måling efter basis',
  notApplicable: '–',
} as const;

/** An indicator's good direction in words. */
export const DIRECTION_TEXT = { higher: 'Højere er bedre', lower: 'Lavere er bedre' } as const;

/** How the value itself moved (the arrow's direction), whatever the good direction. */
export const MOVEMENT_LABEL = {
  rising: 'Steg',
  falling: 'Faldt',
  flat: 'Stort set uændret',
} as const;

/** The sentences around a trend (status/trend.ts). */
export const TREND_TEXT = {
  tooFew: 'Der skal mindst to målinger til at vise en tendens.',
  tooFewDetail: 'der skal mindst to målinger til at vise en tendens.',
  change: (change: string, from: string, to: string) => `${change} fra ${from} til ${to}`,
  notComparable: (to: string, from: string, change: string) =>
    `${to} er opgjort anderledes end ${from}, så de to tal kan ikke sammenlignes (${change})`,
  breakShort: (label: string) => `${label}: kan ikke sammenlignes`,
  breakExplanation: (why: string) => `brud i serien: ${why}`,
  higherIsBetter: DIRECTION_TEXT.higher,
  lowerIsBetter: DIRECTION_TEXT.lower,
  standstill: (change: string) => `${change}, højst tolerancen, så det regnes som stilstand.`,
  /** Stilstand of an indicator without a tolerance: »højst tolerancen« read oddly beside »ingen tolerance«. */
  unchanged: (from: string, to: string) => `Ingen ændring fra ${from} til ${to}.`,
  judged: (change: string, better: string, judgement: string) => `${change}. ${better}, så det er ${judgement}.`,
  judgement: { fremgang: 'fremgang', tilbagegang: 'tilbagegang' },
  flagged: (values: string) => `Bemærk: ${values}.`,
  flaggedValue: (period: string, flag: FlagId) => `tallet for ${period} er ${FLAG_OF_NUMBER[flag]}`,
} as const;

/** The sentences that explain a status (status/explain.ts), filled with the trace's own numbers. */
export const STATUS_TEXT = {
  acrossBreak: (from: string, to: string, at: string) =>
    `Sammenligningen fra ${from} til ${to} går hen over et brud i serien (${at}), så en del af ændringen kan skyldes, at tallene er opgjort anderledes.`,
  baselineFlagged: (flag: string) => `basisværdien er ${flag}`,
  latestFlagged: (flag: string) => `den seneste måling er ${flag}`,
  note: (what: string) => `Bemærk: ${what}.`,
  noBaseline: 'Indikatoren har ingen basisværdi, så der kan ikke beregnes en status.',
  noMeasurement: (baseline: string) => `Der er ingen måling efter ${baseline}, så der kan ikke beregnes en status.`,
  since: (baseline: string, value: string) => `Fra ${baseline} (${value})`,
  to: (period: string, value: string) => `til ${period} (${value})`,
  improvement: (distance: string) => `en forbedring på ${distance}`,
  worsening: (distance: string) => `en forværring på ${distance}`,
  noChange: 'ingen ændring',
  tolerance: (distance: string) => `tolerancen på ${distance}`,
  /** A tolerance of 0 (a count of areas): »mere end tolerancen på 0 områder« read oddly. */
  noTolerance: 'nul (indikatoren har ingen tolerance)',
  targetMet: (targetPeriod: string, target: string, period: string, value: string) =>
    `Målet for ${targetPeriod} på ${target} er nået: målingen for ${period} er ${value}`,
  decline: (since: string, to: string, moved: string, tol: string) => `${since} ${to} er der sket ${moved}, mere end ${tol}.`,
  standstill: (since: string, to: string, moved: string, tol: string) =>
    `${since} ${to} er der sket ${moved}, som højst er ${tol}; det regnes som stilstand.`,
  progress: (since: string, to: string, moved: string, tol: string) =>
    `${since} ${to} er der sket ${moved}, mere end ${tol}. Indikatoren har ikke et talmål, så status bygger kun på retningen.`,
  need: (targetPeriod: string, required: string) => `For at nå målet for ${targetPeriod} skulle forbedringen nu være ${required}`,
  share: (percent: number, threshold: string) => `${percent} % af det er ${threshold}`,
  onPace: (since: string, to: string, moved: string, need: string, share: string) =>
    `${since} ${to} er der sket ${moved}. ${need}; ${share}, så udviklingen følger tempoet.`,
  tooSlow: (since: string, to: string, moved: string, tol: string, need: string, share: string) =>
    `${since} ${to} er der sket ${moved}, mere end ${tol}. ${need}; ${share}, så fremgangen er for langsom.`,
} as const;

/** The rule names as printed in the trace. */
export const RULE_LABEL: Record<'pace' | 'direction' | 'none', string> = {
  pace: 'Talmål: fremskridt målt mod det nødvendige tempo (FN’s SDG-metode)',
  direction: 'Kun ønsket retning: Københavns regel fra 2015–2018',
  none: 'Ingen status kan beregnes',
};

/** What each version of the status rule decides, for readers, by the day it took effect (status/rule-versions.ts). */
export const RULE_SUMMARY = {
  '2026-11-23':
    "Københavns regel fra 2015–2018 (grøn, gul, rød efter udviklingen siden basisåret), skærpet med tempoet mod et talmål som i FN's vurdering af verdensmålene; tendensen sammenligner de to seneste målinger.",
} as const;
