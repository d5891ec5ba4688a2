/**
 * The tables /om/ prints about the data itself, computed from it so the page cannot drift from it:
 * each area's main indicator with whom it covers and its baseline, and every baseline that is not the
 * policy's base year with the reason the editor gave.
 */
import { aboutPageCopy } from '../copy/pages.ts';
import type { Barometer } from '../model.ts';
import { AREAS } from '../registry/areas.ts';
import { COVERAGE } from '../registry/coverage.ts';
import { POLICY_BASE_YEAR } from '../status/baseline-rule.ts';
import { mainIndicatorOf } from '../status/area-status.ts';
import { periodText } from '../format/period.ts';
import { indicatorPath } from '../routes.ts';

export interface MainIndicatorRow {
  area: string;
  title: string;
  path: string;
  coverage: string;
  byOrigin: boolean;
  baseline: string;
}

export function mainIndicatorRows(b: Barometer): MainIndicatorRow[] {
  return [...AREAS]
    .sort((x, y) => x.order - y.order)
    .map((a) => {
      const i = mainIndicatorOf(b, a.id);
      const c = i.coverage ? COVERAGE[i.coverage] : undefined;
      return {
        area: a.name,
        title: i.title,
        path: indicatorPath(i.id),
        coverage: c?.label ?? aboutPageCopy.notGiven,
        byOrigin: c?.byOrigin ?? false,
        baseline: i.baseline ? periodText(i.baseline.period.label) : aboutPageCopy.none,
      };
    });
}

export interface BaselineRow {
  /** Indicators that share the baseline and the reason, in data order. */
  indicators: { title: string; path: string }[];
  baseline: string;
  note: string;
}

/** Baselines that are not the policy's base year, with why (baseline_note); the same year and reason once. */
export function otherBaselines(b: Barometer): BaselineRow[] {
  const rows = new Map<string, BaselineRow>();
  for (const i of b.indicators) {
    if (!i.baseline || i.baseline.period.label === String(POLICY_BASE_YEAR)) continue;
    const key = `${i.baseline.period.label}\u0000${i.baselineNote ?? ''}`;
    const row = rows.get(key) ?? { indicators: [], baseline: periodText(i.baseline.period.label), note: i.baselineNote ?? '' };
    row.indicators.push({ title: i.title, path: indicatorPath(i.id) });
    rows.set(key, row);
  }
  return [...rows.values()];
}
