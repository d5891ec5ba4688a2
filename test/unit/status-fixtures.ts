/** Small builders for status and chart tests: readable one-liners instead of full model objects. */
import type { Indicator, Measurement, PeriodValue } from '../../src/lib/model.ts';

/** "2014" → time 2014; "2014K2" → 2014.25; "2014-07" → 2014.5. */
export function period(label: string) {
  const q = /^(\d{4})K([1-4])$/.exec(label);
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  const time = q ? Number(q[1]) + (Number(q[2]) - 1) / 4 : m ? Number(m[1]) + (Number(m[2]) - 1) / 12 : Number(label);
  return { label, time };
}

export const pv = (label: string, value: number): PeriodValue => ({ period: period(label), value });

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'test-indikator',
    area: 'beskaeftigelse',
    title: 'Testindikator',
    definition: 'Andel af noget',
    unit: 'pct',
    direction: 'higher',
    main: true,
    baseline: pv('2014', 70),
    target: pv('2026', 82),
    tolerance: 0.5,
    source: 'Testkilde',
    illustrative: false,
    ...over,
  };
}

export function rows(id: string, breakdown: string, points: [string, number][]): Measurement[] {
  return points.map(([label, value]) => ({ indicator: id, period: period(label), breakdown, value, source: 'Testkilde', note: '' }));
}
