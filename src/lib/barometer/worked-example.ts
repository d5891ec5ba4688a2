/**
 * The worked example on /om/: a real indicator's status computed step by step by the status engine,
 * and the same series against a hypothetical target, to show the pace rule with real numbers.
 * Every number printed comes from computeStatus(); nothing here is typed in by hand except the
 * hypothetical target, which the page labels as such.
 */
import type { Barometer, PeriodValue } from '../model.ts';
import { formatNumber, formatSigned, formatValue, changeSuffix, NBSP } from '../format/danish-number.ts';
import { finerDecimals } from '../format/danish-number.ts';
import { computeStatus, PACE_SHARE, type StatusTrace } from '../status/status.ts';
import { mainPoints } from './series.ts';
import { findIndicator } from './indicator-view.ts';
import { periodText } from '../format/period.ts';
import { traceWords } from '../copy/indicator.ts';

export interface ExampleStep {
  /** What is computed, in words. */
  term: string;
  /** The formula with the numbers filled in, Danish decimals. */
  working: string;
}

export interface WorkedExample {
  trace: StatusTrace;
  steps: ExampleStep[];
}

function steps(t: StatusTrace): ExampleStep[] {
  const d = t.decimals;
  const fine = finerDecimals(d);
  const n = (v: number, dec = d) => formatNumber(v, dec);
  const unit = changeSuffix(t.unit);
  const u = unit ? `${NBSP}${unit}` : '';
  const { baseline: b, latest: c, target: g } = t;
  if (!b || !c || t.actual === undefined) return [];
  // Lower is better: the change is negated so that a fall counts as progress.
  const signed = (expr: string, bracket = false) => (t.direction === 'lower' ? `−(${expr})` : bracket ? `(${expr})` : expr);
  const out: ExampleStep[] = [
    {
      term: traceWords.actual,
      working: `a = ${signed(`${n(c.value)} − ${n(b.value)}`)} = ${formatSigned(t.actual, d)}${u}`,
    },
  ];
  if (g && t.required !== undefined && t.threshold !== undefined) {
    out.push({
      term: traceWords.required,
      working: `r = ${signed(`${n(g.value)} − ${n(b.value)}`, true)} · (${periodText(c.period.label)} − ${periodText(b.period.label)}) / (${periodText(g.period.label)} − ${periodText(b.period.label)}) = ${formatSigned(t.required, fine)}${u}`,
    });
    out.push({
      term: traceWords.share(Math.round(PACE_SHARE * 100)),
      working: `${formatNumber(PACE_SHARE, 2)} · ${n(t.required, fine)} = ${n(t.threshold, fine)}${u}`,
    });
  }
  out.push({ term: traceWords.tolerance, working: `±${n(t.tolerance)}${u}` });
  return out;
}

export function workedExample(barometer: Barometer, id: string, hypotheticalTarget?: PeriodValue): WorkedExample {
  const indicator = findIndicator(barometer, id);
  const ind = hypotheticalTarget ? { ...indicator, target: hypotheticalTarget } : indicator;
  const trace = computeStatus(ind, mainPoints(barometer.measurements, id));
  return { trace, steps: steps(trace) };
}

/** "68,18 pct. i 2014" for the example's prose. */
export function valueIn(t: StatusTrace, p: PeriodValue | undefined): string {
  return p ? `${formatValue(p.value, t.unit, t.decimals)} i ${periodText(p.period.label)}` : '–';
}

/** The example /om/ shows: Copenhagen's real employment ratio, and a hypothetical 2026 target for it. */
export const EXAMPLE_INDICATOR = 'beskaeftigelse-ikke-vestlige-ratio';
export const EXAMPLE_TARGET: PeriodValue = { period: { label: '2026', time: 2026 }, value: 85 };

export interface AboutExamples {
  indicatorId: string;
  title: string;
  real: WorkedExample;
  /** Only for EXAMPLE_INDICATOR: the same data against EXAMPLE_TARGET, to show the pace rule. */
  hypothetical?: WorkedExample;
}

/**
 * The worked examples for /om/. If the data no longer has the chosen indicator, the first real
 * (non-illustrative) main indicator with a status takes its place, without the hypothetical target.
 */
export function aboutExamples(barometer: Barometer): AboutExamples | undefined {
  const chosen = barometer.indicators.find((i) => i.id === EXAMPLE_INDICATOR);
  if (chosen) {
    return {
      indicatorId: chosen.id,
      title: chosen.title,
      real: workedExample(barometer, chosen.id),
      hypothetical: workedExample(barometer, chosen.id, EXAMPLE_TARGET),
    };
  }
  for (const i of barometer.indicators.filter((x) => x.main && !x.illustrative)) {
    const real = workedExample(barometer, i.id);
    if (real.trace.colour !== 'hvid') return { indicatorId: i.id, title: i.title, real };
  }
  return undefined;
}
