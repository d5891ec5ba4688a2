/**
 * Periods without a measurement inside a series. A line is only drawn between two neighbouring
 * periods (2016 and 2017, 2014K1 and 2014K2): across a gap the line stops, so years that were not
 * measured never look measured. The key and the description name the missing periods.
 */
import { labelsAfterFirst } from '../format/label-in-text.ts';
import type { PeriodValue } from '../model.ts';
import { periodKindOf, periodText } from '../format/period.ts';
import { listDa } from '../format/list.ts';

const STEP = { year: 1, quarter: 0.25, month: 1 / 12 } as const;

/** The distance between two neighbouring periods of this kind, in decimal years. */
export function periodStep(label: string): number {
  return STEP[periodKindOf(label) ?? 'year'];
}

/** True when periods are missing between a and b (b after a). */
export function isGap(a: PeriodValue, b: PeriodValue): boolean {
  return b.period.time - a.period.time > periodStep(b.period.label) * 1.5;
}

/** The missing periods between a and b as codes, oldest first ("2011" … "2016", "2020K2" …). */
function missingBetween(a: PeriodValue, b: PeriodValue): string[] {
  const kind = periodKindOf(b.period.label) ?? 'year';
  const out: string[] = [];
  const step = STEP[kind];
  for (let t = a.period.time + step; t < b.period.time - step / 2; t += step) {
    const year = Math.floor(t + 1e-9);
    const part = Math.round((t - year) / step) + 1;
    out.push(kind === 'year' ? String(year) : kind === 'quarter' ? `${year}K${part}` : `${year}-${String(part).padStart(2, '0')}`);
  }
  return out;
}

/** Each gap of a series as one phrase: »2011–2016«, »2021«, »2.–4. kvt. 2020« is written »2. kvt. 2020–4. kvt. 2020«. */
export function gapPhrases(points: readonly PeriodValue[]): string[] {
  const sorted = [...points].sort((p, q) => p.period.time - q.period.time);
  const out: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as PeriodValue;
    const b = sorted[i] as PeriodValue;
    if (!isGap(a, b)) continue;
    const missing = missingBetween(a, b);
    const first = missing[0];
    const last = missing.at(-1);
    if (!first || !last) continue;
    out.push(first === last ? periodText(first) : `${periodText(first)}–${periodText(last)}`);
  }
  return out;
}

/**
 * »København 2011–2016 og 2021; Hele landet 2013–2019«, series with the same gaps named together
 * (»København og Hele landet 2011–2019«), or undefined when no series has a gap.
 */
export function gapSummary(series: readonly { label: string; points: readonly PeriodValue[] }[]): string | undefined {
  const byGaps = new Map<string, string[]>();
  for (const s of series) {
    const gaps = gapPhrases(s.points);
    if (gaps.length === 0) continue;
    const key = listDa(gaps);
    byGaps.set(key, [...(byGaps.get(key) ?? []), s.label]);
  }
  return byGaps.size > 0 ? [...byGaps].map(([gaps, labels]) => `${listDa(labelsAfterFirst(labels))} ${gaps}`).join('; ') : undefined;
}
