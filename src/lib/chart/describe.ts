/**
 * The chart's text alternative, generated from the same data: whom the figures cover, how the main
 * series moved from its first to its latest period, each breakdown in one clause, how far the latest
 * value is from the target, and which values are flagged. Printed in the SVG's <desc> and under the
 * chart, so readers who cannot see it get the gist.
 */
import { labelInText } from '../format/label-in-text.ts';
import type { Direction, PeriodValue, Series } from '../model.ts';
import { unitIdOf, type UnitId, type UnitInfo } from '../registry/units.ts';
import { formatAfterNoun, formatChange, formatDistance, formatValue, roundTo } from '../format/danish-number.ts';
import { gte } from '../status/compare.ts';
import { DEFAULT_MAIN_LABEL } from '../barometer/series.ts';
import { COVERAGE, type CoverageId } from '../registry/coverage.ts';
import { FLAG_IDS, FLAGS } from '../registry/flags.ts';
import { listDa } from '../format/list.ts';
import { gapSummary } from './gaps.ts';
import { baselineWords, periodText } from '../format/period.ts';
import { describeCopy as w } from '../copy/chart.ts';

export interface DescribeInput {
  series: readonly Series[];
  /** An indicator's unit (indicatorUnit) or, in tests, its bare id. */
  unit: UnitId | UnitInfo;
  decimals: number;
  direction: Direction;
  baseline?: PeriodValue;
  target?: PeriodValue;
  coverage?: CoverageId;
}

const TOTAL_LABELS = new Set([DEFAULT_MAIN_LABEL, ...w.totalLabels]);

export function describeChart(input: DescribeInput): string {
  const { unit, decimals, direction, baseline, target } = input;
  const [main, ...rest] = input.series;
  if (!main || main.points.length === 0) return w.none;
  const noun = w.noun[unitIdOf(unit)];
  const val = (v: number) => formatValue(v, unit, decimals);
  // The first sentence names the unit (»indekset«), so its values go without the index prefix.
  const named = (v: number) => formatAfterNoun(v, unit, decimals);
  const first = main.points[0] as PeriodValue;
  const last = main.points.at(-1) as PeriodValue;
  // With breakdowns the sentence must say which series it is about.
  const who = rest.length === 0 ? '' : TOTAL_LABELS.has(main.label) ? w.total : w.forSeries(main.label);
  const sentences: string[] = [];
  if (input.coverage) sentences.push(COVERAGE[input.coverage].explanation);

  if (main.points.length === 1) {
    sentences.push(w.single(periodText(last.period.label), `${noun}${who}`, named(last.value)));
  } else {
    const diff = last.value - first.value;
    const span = w.span(periodText(first.period.label), periodText(last.period.label));
    sentences.push(
      roundTo(diff, decimals) === 0
        ? w.unchanged(span, `${noun}${who}`, named(last.value))
        : w.moved(span, diff > 0, `${noun}${who}`, named(first.value), named(last.value), formatChange(diff, unit, decimals)),
    );
  }
  for (const s of rest) {
    const a = s.points[0];
    const b = s.points.at(-1);
    if (!a || !b) continue;
    sentences.push(
      a === b
        ? w.breakdownOne(s.label, val(b.value), periodText(b.period.label))
        : w.breakdown(
            s.label,
            val(a.value),
            periodText(a.period.label),
            val(b.value),
            periodText(b.period.label),
            formatChange(b.value - a.value, unit, decimals),
          ),
    );
  }
  if (baseline && baseline.period.label !== first.period.label) {
    sentences.push(w.baseline(capitalise(baselineWords(baseline.period.label)), val(baseline.value)));
  }
  if (target) {
    const s = direction === 'higher' ? 1 : -1;
    sentences.push(
      gte(s * (last.value - target.value), 0)
        ? w.targetMet(periodText(target.period.label), val(target.value))
        : w.targetMissing(periodText(target.period.label), val(target.value), formatDistance(target.value - last.value, unit, decimals)),
    );
  } else {
    sentences.push(w.noTarget(noun, direction === 'higher'));
  }
  sentences.push(...flagSentences(input.series));
  const gaps = gapSummary(input.series);
  if (gaps) sentences.push(w.gaps(gaps));
  // "pct." already ends a sentence: drop the full stop that would double it.
  return sentences.join(' ').replace(/\.\./g, '.');
}

/** »Serien har et brud i 2021 (København og hele landet).« »Skønnet: København 2020 og 2022.« */
export function flagSentences(series: readonly Series[]): string[] {
  const out: string[] = [];
  for (const flag of FLAG_IDS) {
    const where = series
      .map((s) => ({ label: s.label, periods: s.points.filter((p) => p.flag === flag).map((p) => periodText(p.period.label)) }))
      .filter((x) => x.periods.length > 0);
    if (where.length === 0) continue;
    if (FLAGS[flag].breaksLine) {
      // A series that begins with a break (a new measure) has no »before« to differ from.
      const starts = series.filter((s) => s.points[0]?.flag === flag && s.points.filter((p) => p.flag === flag).length === 1);
      const within = where.filter((x) => !starts.some((s) => s.label === x.label));
      if (within.length > 0) {
        // Gathered series by series (»2019 og 2018«): say the periods in time order.
        const periods = [
          ...new Set(
            series
              .filter((s) => within.some((x) => x.label === s.label))
              .flatMap((s) => s.points.filter((p) => p.flag === flag))
              .sort((a, b) => a.period.time - b.period.time)
              .map((p) => periodText(p.period.label)),
          ),
        ];
        out.push(w.breaksWithin(listDa(periods), listDa(within.map((x) => labelInText(x.label)))));
      }
      for (const s of starts) out.push(w.seriesStarts(s.label, periodText(s.points[0]?.period.label ?? '')));
    } else {
      out.push(w.flagged(FLAGS[flag].label, listDa(where.map((x) => w.flaggedWhere(x.label, listDa(x.periods))))));
    }
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
