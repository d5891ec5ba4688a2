/**
 * A fingerprint of what the status and trend rules decide: both rules run over a fixed grid of
 * cases (direction, with and without a numeric target, tolerance, latest value below, at and above
 * the thresholds, a series break) and the outcomes are hashed. Wording changes do not move it; a
 * changed decision does. rule-versions.ts keeps the fingerprint of the rule in force.
 */
import type { Direction, Indicator, PeriodValue } from '../../src/lib/model.ts';
import { computeStatus } from '../../src/lib/status/status.ts';
import { computeTrend } from '../../src/lib/status/trend.ts';

const pv = (year: number, value: number, flag?: PeriodValue['flag']): PeriodValue => ({
  period: { label: String(year), time: year },
  value,
  ...(flag ? { flag } : {}),
});

function cases(): { ind: Indicator; points: PeriodValue[] }[] {
  const out: { ind: Indicator; points: PeriodValue[] }[] = [];
  const directions: Direction[] = ['higher', 'lower'];
  for (const direction of directions) {
    const s = direction === 'higher' ? 1 : -1;
    for (const withTarget of [true, false]) {
      for (const tolerance of [0, 0.5, 2]) {
        for (const delta of [-5, -2, -0.5, -0.1, 0, 0.1, 0.5, 1, 1.9, 2, 2.5, 3.8, 4, 5, 10, 20]) {
          for (const flag of [undefined, 'brud i serien'] as const) {
            const ind: Indicator = {
              id: 'fingeraftryk',
              area: 'beskaeftigelse',
              title: 'x',
              definition: 'x',
              unit: 'pct',
              direction,
              main: true,
              baseline: pv(2014, 50),
              tolerance,
              source: 'x',
              illustrative: false,
              ...(withTarget ? { target: pv(2024, 50 + s * 10) } : {}),
            };
            out.push({ ind, points: [pv(2014, 50), pv(2017, 50 + s * delta * 0.5), pv(2018, 50 + s * delta, flag)] });
          }
        }
      }
    }
  }
  // No baseline, and nothing measured after it: the rule's "no status" cases.
  const bare: Indicator = {
    id: 'fingeraftryk',
    area: 'beskaeftigelse',
    title: 'x',
    definition: 'x',
    unit: 'pct',
    direction: 'higher',
    main: true,
    tolerance: 0.5,
    source: 'x',
    illustrative: false,
  };
  out.push({ ind: bare, points: [pv(2014, 50), pv(2018, 60)] });
  out.push({ ind: { ...bare, baseline: pv(2018, 60) }, points: [pv(2014, 50), pv(2018, 60)] });
  return out;
}

/** FNV-1a, 32 bits, as 8 hex digits: small, stable, no dependencies. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function ruleFingerprint(): string {
  const decisions = cases().map(({ ind, points }) => {
    const status = computeStatus(ind, points);
    const trend = computeTrend(ind, points);
    return `${status.outcome}/${trend.trend}/${trend.movement ?? '-'}`;
  });
  return fnv1a(decisions.join(','));
}
