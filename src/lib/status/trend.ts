/**
 * Trend: the latest two measurements of the main series compared with the indicator's tolerance.
 * Two separate things are told: how the value moved (steg / faldt / stort set uændret, the arrow's
 * direction) and whether that is good (fremgang / tilbagegang / stilstand, which depends on the
 * indicator's good direction). Across a series break the two values are not comparable, and the
 * trend says so instead of claiming a movement.
 */
import type { Indicator, PeriodValue } from '../model.ts';
import { decimalsOf, formatChange } from '../format/danish-number.ts';
import { periodText } from '../format/period.ts';
import { listDa } from '../format/list.ts';
import { gt, lt } from './compare.ts';
import { type Trend } from './labels.ts';
import { goodSign } from './status.ts';
import { breaksLine } from '../chart/flag-marks.ts';
import { MOVEMENT_LABEL, TREND_LABEL, TREND_TEXT as t } from '../copy/index.ts';
import { indicatorUnit } from '../registry/units.ts';

/** How the value itself moved, whatever the good direction: the arrow points this way. */
export type Movement = 'rising' | 'falling' | 'flat';

export { MOVEMENT_LABEL };

export interface TrendResult {
  /** Whether the latest change is good: fremgang, stilstand, tilbagegang; ukendt or brud without one. */
  trend: Trend;
  /** The judgement in words: »Fremgang«. */
  label: string;
  /** The value's own movement; absent when there is nothing comparable. */
  movement?: Movement;
  /** »Faldt«; absent with movement. */
  movementLabel?: string;
  /** One short phrase for cards: »Faldt (fremgang)«, »Stort set uændret«, »Brud i serien: kan ikke sammenlignes«. */
  short: string;
  previous?: PeriodValue;
  latest?: PeriodValue;
  /** Change from previous to latest in the unit, positive = the good direction. */
  change?: number;
  /** The compared values' flags in words (»tallet for 2022 er skønnet«), for cards that show only `short`. */
  flagNote?: string;
  /** »+0,7 procentpoint fra 2023 til 2024« or why there is no trend. */
  explanation: string;
  /** The sentence after the movement on pages: »−1 fra 2022 til 2023. Lavere er bedre, så det er fremgang.« */
  detail?: string;
}

const JUDGEMENT: Record<'fremgang' | 'tilbagegang', string> = t.judgement;

export function computeTrend(ind: Pick<Indicator, 'direction' | 'tolerance' | 'unit'>, points: readonly PeriodValue[]): TrendResult {
  const sorted = [...points].sort((p, q) => p.period.time - q.period.time);
  const latest = sorted.at(-1);
  const previous = sorted.at(-2);
  if (!latest || !previous) {
    return { trend: 'ukendt', label: TREND_LABEL.ukendt, short: TREND_LABEL.ukendt, latest, explanation: t.tooFew, detail: t.tooFewDetail };
  }
  const raw = latest.value - previous.value;
  const d = decimalsOf([latest.value, previous.value, ind.tolerance]);
  const change = formatChange(raw, indicatorUnit(ind), d);
  const from = periodText(previous.period.label);
  const to = periodText(latest.period.label);
  const explanation = t.change(change, from, to);

  if (breaksLine(latest)) {
    // The latest value is measured in a new way: comparing it with the one before would report the
    // change of method as a development.
    const why = t.notComparable(to, from, explanation);
    return {
      trend: 'brud',
      label: TREND_LABEL.brud,
      short: t.breakShort(TREND_LABEL.brud),
      previous,
      latest,
      explanation: t.breakExplanation(why),
      detail: `${why}.`,
    };
  }

  const good = goodSign(ind.direction) * raw;
  const trend: Trend = gt(good, ind.tolerance) ? 'fremgang' : lt(good, -ind.tolerance) ? 'tilbagegang' : 'stilstand';
  const movement: Movement = trend === 'stilstand' ? 'flat' : raw > 0 ? 'rising' : 'falling';
  const better = ind.direction === 'higher' ? t.higherIsBetter : t.lowerIsBetter;
  // A trend from an estimated or provisional value says so, as the status explanation does.
  const flagged = [previous, latest].flatMap((p) => (p.flag && !breaksLine(p) ? [t.flaggedValue(periodText(p.period.label), p.flag)] : []));
  const standstill = ind.tolerance === 0 ? t.unchanged(from, to) : t.standstill(explanation);
  const judged = trend === 'stilstand' ? standstill : t.judged(explanation, better, JUDGEMENT[trend]);
  const detail = flagged.length > 0 ? `${judged} ${t.flagged(listDa(flagged))}` : judged;
  const short = trend === 'stilstand' ? MOVEMENT_LABEL.flat : `${MOVEMENT_LABEL[movement]} (${JUDGEMENT[trend]})`;
  return {
    trend,
    label: TREND_LABEL[trend],
    movement,
    movementLabel: MOVEMENT_LABEL[movement],
    short,
    previous,
    latest,
    change: good,
    flagNote: flagged.length > 0 ? listDa(flagged) : undefined,
    explanation,
    detail,
  };
}

/** The short phrase with its flag note, for places that print a trend in a few words (cards, edition tables). */
export function shortTrendText(t: Pick<TrendResult, 'short' | 'flagNote'>): string {
  return t.flagNote ? `${t.short}; ${t.flagNote}` : t.short;
}
