/**
 * The chart's text alternative, generated from the same data: whom the figures cover, how the main
 * series moved from its first to its latest period, each breakdown in one clause, how far the latest
 * value is from the target, and which values are flagged. Printed in the SVG's <desc> and under the
 * chart, so readers who cannot see it get the gist.
 */
import type { Direction, PeriodValue, Series } from '../model.ts';
import type { UnitId } from '../registry/units.ts';
import { formatChange, formatDistance, formatValue, roundTo } from '../format/danish-number.ts';
import { gte } from '../status/compare.ts';
import { DEFAULT_MAIN_LABEL } from '../barometer/series.ts';
import { COVERAGE, type CoverageId } from '../registry/coverage.ts';
import { FLAG_IDS, FLAGS } from '../registry/flags.ts';
import { listDa } from '../format/list.ts';
import { gapSummary } from './gaps.ts';
import { baselineWords, periodText } from '../format/period.ts';

export interface DescribeInput {
  series: readonly Series[];
  unit: UnitId;
  decimals: number;
  direction: Direction;
  baseline?: PeriodValue;
  target?: PeriodValue;
  coverage?: CoverageId;
}

/** Main-series names that mean "everyone": the sentence says "i alt" rather than "for Alle". */
const TOTAL_LABELS = new Set([DEFAULT_MAIN_LABEL, 'Alle', 'I alt', 'Total']);

const NOUN: Record<UnitId, string> = { pct: 'andelen', procentpoint: 'forskellen', antal: 'antallet', indeks: 'indekset', 'pr-1000-indbyggere': 'antallet' };

export function describeChart(input: DescribeInput): string {
  const { unit, decimals, direction, baseline, target } = input;
  const [main, ...rest] = input.series;
  if (!main || main.points.length === 0) return 'Der er endnu ingen målinger.';
  const noun = NOUN[unit];
  const val = (v: number) => formatValue(v, unit, decimals);
  const first = main.points[0] as PeriodValue;
  const last = main.points.at(-1) as PeriodValue;
  // With breakdowns the sentence must say which series it is about.
  const who = rest.length === 0 ? '' : TOTAL_LABELS.has(main.label) ? ' i alt' : ` for ${main.label}`;
  const sentences: string[] = [];
  if (input.coverage) sentences.push(COVERAGE[input.coverage].explanation);

  if (main.points.length === 1) {
    sentences.push(`I ${periodText(last.period.label)} var ${noun}${who} ${val(last.value)}. Der er kun én måling.`);
  } else {
    const diff = last.value - first.value;
    const span = `Fra ${periodText(first.period.label)} til ${periodText(last.period.label)}`;
    sentences.push(
      roundTo(diff, decimals) === 0
        ? `${span} var ${noun}${who} uændret på ${val(last.value)}.`
        : `${span} ${diff > 0 ? 'steg' : 'faldt'} ${noun}${who} fra ${val(first.value)} til ${val(last.value)} (${formatChange(diff, unit, decimals)}).`,
    );
  }
  for (const s of rest) {
    const a = s.points[0];
    const b = s.points.at(-1);
    if (!a || !b) continue;
    sentences.push(
      a === b
        ? `${s.label}: ${val(b.value)} i ${periodText(b.period.label)}.`
        : `${s.label}: fra ${val(a.value)} i ${periodText(a.period.label)} til ${val(b.value)} i ${periodText(b.period.label)} (${formatChange(b.value - a.value, unit, decimals)}).`,
    );
  }
  if (baseline && baseline.period.label !== first.period.label) {
    sentences.push(`${capitalise(baselineWords(baseline.period.label))} har værdien ${val(baseline.value)}.`);
  }
  if (target) {
    const s = direction === 'higher' ? 1 : -1;
    sentences.push(
      gte(s * (last.value - target.value), 0)
        ? `Målet for ${periodText(target.period.label)} på ${val(target.value)} er nået.`
        : `Målet for ${periodText(target.period.label)} er ${val(target.value)}; der mangler ${formatDistance(target.value - last.value, unit, decimals)}.`,
    );
  } else {
    sentences.push(`Der er ikke fastsat et talmål; målet er, at ${noun} ${direction === 'higher' ? 'stiger' : 'falder'}.`);
  }
  sentences.push(...flagSentences(input.series));
  const gaps = gapSummary(input.series);
  if (gaps) sentences.push(`Ingen måling: ${gaps}.`);
  // "pct." already ends a sentence: drop the full stop that would double it.
  return sentences.join(' ').replace(/\.\./g, '.');
}

/** «Serien har et brud i 2021 (København og Hele landet).» «Skønnet: København 2020 og 2022.» */
export function flagSentences(series: readonly Series[]): string[] {
  const out: string[] = [];
  for (const flag of FLAG_IDS) {
    const where = series
      .map((s) => ({ label: s.label, periods: s.points.filter((p) => p.flag === flag).map((p) => periodText(p.period.label)) }))
      .filter((w) => w.periods.length > 0);
    if (where.length === 0) continue;
    if (FLAGS[flag].breaksLine) {
      // A series that begins with a break (a new measure) has no «before» to differ from.
      const starts = series.filter((s) => s.points[0]?.flag === flag && s.points.filter((p) => p.flag === flag).length === 1);
      const within = where.filter((w) => !starts.some((s) => s.label === w.label));
      if (within.length > 0) {
        const periods = [...new Set(within.flatMap((w) => w.periods))];
        out.push(`Brud i serien i ${listDa(periods)} (${listDa(within.map((w) => w.label))}): tallene før og efter er opgjort forskelligt.`);
      }
      for (const s of starts) out.push(`Serien for ${s.label} begynder i ${periodText(s.points[0]?.period.label ?? '')} med et nyt mål (brud i serien) og kan ikke sammenlignes med tidligere tal.`);
    } else {
      out.push(`${FLAGS[flag].label}: ${listDa(where.map((w) => `${w.label} ${listDa(w.periods)}`))}.`);
    }
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
