/**
 * How a baseline is chosen (the rule /om/ and README state): the integration policy's base year 2014
 * when the series has it; otherwise the measurement nearest 2014 (the earlier one on a tie) among those
 * measured the same way as the latest value (after the series' last break) and not estimated. Editors
 * write the baseline in indicators.csv; this function is the rule they follow, and tests hold the
 * real data to it.
 */
import type { PeriodValue } from '../model.ts';
import { FLAGS } from '../registry/flags.ts';

/** Base year of the integration policy 2015–2018 (»Social mobilitet og sammenhængskraft«). */
export const POLICY_BASE_YEAR = 2014;

export function ruleBaseline(points: readonly PeriodValue[], baseYear = POLICY_BASE_YEAR): PeriodValue | undefined {
  const sorted = [...points].sort((a, b) => a.period.time - b.period.time);
  const exact = sorted.find((p) => p.period.time === baseYear);
  if (exact) return exact;
  const lastBreak = sorted.findLastIndex((p) => p.flag !== undefined && FLAGS[p.flag].breaksLine);
  const comparable = sorted.slice(Math.max(0, lastBreak)).filter((p) => p.flag !== 'skønnet');
  let best: PeriodValue | undefined;
  for (const p of comparable) {
    if (!best || Math.abs(p.period.time - baseYear) < Math.abs(best.period.time - baseYear)) best = p;
  }
  return best;
}
