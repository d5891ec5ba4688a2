/**
 * The city comparison in words, generated from its data: where Copenhagen stands among the cities in
 * the latest period they share (highest/lowest, and whether that is good for the indicator), how the
 * cities moved since the first shared period, the whole country where it has a figure, and the flags.
 */
import type { Direction, PeriodValue } from '../model.ts';
import type { UnitId, UnitInfo } from '../registry/units.ts';
import { COVERAGE, type CoverageId } from '../registry/coverage.ts';
import { formatChange, formatValue } from '../format/danish-number.ts';
import { listDa } from '../format/list.ts';
import { flagSentences } from './describe.ts';
import { periodText } from '../format/period.ts';
import { compareCopy as w } from '../copy/chart.ts';

export interface CompareDescribeInput {
  /** Copenhagen first; `wholeCountry` marks the national series. */
  series: readonly { label: string; points: readonly PeriodValue[]; wholeCountry: boolean; isCopenhagen: boolean }[];
  /** An indicator's unit (indicatorUnit) or, in tests, its bare id. */
  unit: UnitId | UnitInfo;
  decimals: number;
  direction: Direction;
  coverage?: CoverageId;
}

/** »det næsthøjeste« for rank 2 of 5 from the top. */
function position(rankFromTop: number, count: number, words: { top: readonly string[]; bottom: readonly string[] }): string {
  const fromBottom = count - rankFromTop + 1;
  if (rankFromTop <= fromBottom && rankFromTop <= words.top.length) return words.top[rankFromTop - 1] as string;
  if (fromBottom <= words.bottom.length) return words.bottom[fromBottom - 1] as string;
  return w.rankFromTop(rankFromTop);
}

const valueAt = (points: readonly PeriodValue[], label: string) => points.find((p) => p.period.label === label);

export function describeComparison(input: CompareDescribeInput): string {
  const { unit, decimals, direction } = input;
  const val = (v: number) => formatValue(v, unit, decimals);
  const cities = input.series.filter((s) => !s.wholeCountry);
  const cph = cities.find((s) => s.isCopenhagen);
  const country = input.series.find((s) => s.wholeCountry);
  if (!cph) return '';
  const sentences: string[] = [];
  const who = input.coverage ? w.coverage(COVERAGE[input.coverage].elsewhere) : '';
  sentences.push(w.shows(listDa(cities.filter((c) => c !== cph).map((c) => c.label)), country?.label.toLowerCase(), who));

  // Periods where Copenhagen and at least one other city both have a value, oldest first.
  const shared = cph.points.map((p) => p.period.label).filter((label) => cities.some((c) => c !== cph && valueAt(c.points, label)));
  const latest = shared.at(-1);
  if (latest) {
    const ranked = cities
      .map((c) => ({ label: c.label, value: valueAt(c.points, latest)?.value }))
      .filter((c): c is { label: string; value: number } => c.value !== undefined)
      .sort((a, b) => b.value - a.value);
    const rank = ranked.findIndex((c) => c.label === cph.label) + 1;
    const here = valueAt(cph.points, latest) as PeriodValue;
    const others = ranked.filter((c) => c.label !== cph.label).map((c) => `${c.label} ${val(c.value)}`);
    const level = position(rank, ranked.length, { top: w.high, bottom: w.low });
    const goodRank = direction === 'higher' ? rank : ranked.length - rank + 1;
    const word = position(goodRank, ranked.length, { top: w.good, bottom: w.bad });
    const standing = word === w.rankFromTop(goodRank) ? w.rankOf(goodRank, ranked.length) : word;
    const tied = ranked.filter((c) => c.value === here.value).length > 1 ? w.tied : '';
    sentences.push(w.standing(periodText(latest), val(here.value), level, ranked.length, tied, others.join(', ')));
    sentences.push(w.better(direction === 'higher', standing));
    const national = country && valueAt(country.points, latest);
    if (national) sentences.push(w.national(country.label, val(national.value)));

    const first = shared[0];
    if (first && first !== latest) {
      const changes = cities
        .map((c) => ({ label: c.label, a: valueAt(c.points, first), b: valueAt(c.points, latest) }))
        .filter((c): c is { label: string; a: PeriodValue; b: PeriodValue } => c.a !== undefined && c.b !== undefined)
        .map((c) => ({ label: c.label, diff: c.b.value - c.a.value }));
      const mine = changes.find((c) => c.label === cph.label);
      const rest = changes.filter((c) => c.label !== cph.label).sort((a, b) => a.diff - b.diff);
      if (mine && rest.length > 0) {
        const change = (d: number | undefined) => formatChange(d ?? 0, unit, decimals);
        const span =
          rest.length === 1
            ? w.oneOther(rest[0]?.label ?? '', change(rest[0]?.diff))
            : w.otherRange(change(rest[0]?.diff), rest[0]?.label ?? '', change(rest.at(-1)?.diff), rest.at(-1)?.label ?? '');
        sentences.push(w.changed(periodText(first), periodText(latest), change(mine.diff), span));
      }
    }
  }
  sentences.push(...flagSentences(input.series.map((s) => ({ breakdown: s.label, label: s.label, points: [...s.points] }))));
  return sentences.join(' ').replace(/\.\./g, '.');
}
