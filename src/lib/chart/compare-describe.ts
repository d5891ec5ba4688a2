/**
 * The city comparison in words, generated from its data: where Copenhagen stands among the cities in
 * the latest period they share (highest/lowest, and whether that is good for the indicator), how the
 * cities moved since the first shared period, the whole country where it has a figure, and the flags.
 */
import type { Direction, PeriodValue } from '../model.ts';
import type { UnitId } from '../registry/units.ts';
import { COVERAGE, type CoverageId } from '../registry/coverage.ts';
import { formatChange, formatValue } from '../format/danish-number.ts';
import { listDa } from '../format/list.ts';
import { flagSentences } from './describe.ts';
import { periodText } from '../format/period.ts';

export interface CompareDescribeInput {
  /** Copenhagen first; `wholeCountry` marks the national series. */
  series: readonly { label: string; points: readonly PeriodValue[]; wholeCountry: boolean; isCopenhagen: boolean }[];
  unit: UnitId;
  decimals: number;
  direction: Direction;
  coverage?: CoverageId;
}

const HIGH = ['højeste', 'næsthøjeste', 'tredjehøjeste', 'fjerdehøjeste'];
const LOW = ['laveste', 'næstlaveste', 'tredjelaveste', 'fjerdelaveste'];
const GOOD = ['bedst', 'næstbedst'];
const BAD = ['dårligst', 'næstdårligst'];

/** «det næsthøjeste» for rank 2 of 5 from the top. */
function position(rankFromTop: number, count: number, words: { top: string[]; bottom: string[] }): string {
  const fromBottom = count - rankFromTop + 1;
  if (rankFromTop <= fromBottom && rankFromTop <= words.top.length) return words.top[rankFromTop - 1] as string;
  if (fromBottom <= words.bottom.length) return words.bottom[fromBottom - 1] as string;
  return `nr. ${rankFromTop} fra oven`;
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
  const who = input.coverage ? ` Tallene gælder ${COVERAGE[input.coverage].elsewhere} i hver kommune.` : '';
  sentences.push(`Sammenligningen viser København og ${listDa(cities.filter((c) => c !== cph).map((c) => c.label))}${country ? ` samt ${country.label.toLowerCase()}` : ''}.${who}`);

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
    const level = position(rank, ranked.length, { top: HIGH, bottom: LOW });
    const goodRank = direction === 'higher' ? rank : ranked.length - rank + 1;
    const word = position(goodRank, ranked.length, { top: GOOD, bottom: BAD });
    const standing = word.startsWith('nr.') ? `som nr. ${goodRank} af ${ranked.length}` : word;
    const tied = ranked.filter((c) => c.value === here.value).length > 1 ? ' (delt med en anden by)' : '';
    sentences.push(
      `I ${periodText(latest)} var tallet for København ${val(here.value)}: det ${level} af de ${ranked.length} byer med tal for ${periodText(latest)}${tied} (${others.join(', ')}).`,
    );
    sentences.push(`${direction === 'higher' ? 'Højere' : 'Lavere'} er bedre, så København ligger ${standing}.`);
    const national = country && valueAt(country.points, latest);
    if (national) sentences.push(`${country.label}: ${val(national.value)}.`);

    const first = shared[0];
    if (first && first !== latest) {
      const changes = cities
        .map((c) => ({ label: c.label, a: valueAt(c.points, first), b: valueAt(c.points, latest) }))
        .filter((c): c is { label: string; a: PeriodValue; b: PeriodValue } => c.a !== undefined && c.b !== undefined)
        .map((c) => ({ label: c.label, diff: c.b.value - c.a.value }));
      const mine = changes.find((c) => c.label === cph.label);
      const rest = changes.filter((c) => c.label !== cph.label).sort((a, b) => a.diff - b.diff);
      if (mine && rest.length > 0) {
        const span = rest.length === 1
          ? `i ${rest[0]?.label} ${formatChange(rest[0]?.diff ?? 0, unit, decimals)}`
          : `i de andre byer mellem ${formatChange(rest[0]?.diff ?? 0, unit, decimals)} (${rest[0]?.label}) og ${formatChange(rest.at(-1)?.diff ?? 0, unit, decimals)} (${rest.at(-1)?.label})`;
        sentences.push(`Fra ${periodText(first)} til ${periodText(latest)} ændrede tallet sig med ${formatChange(mine.diff, unit, decimals)} i København og ${span}.`);
      }
    }
  }
  sentences.push(...flagSentences(input.series.map((s) => ({ breakdown: s.label, label: s.label, points: [...s.points] }))));
  return sentences.join(' ').replace(/\.\./g, '.');
}
