import { describe, expect, it } from 'vitest';
import { areaState, mainIndicatorOf } from '../../src/lib/status/area-status.ts';
import type { Barometer } from '../../src/lib/model.ts';
import { indicator, pv, rows } from './status-fixtures.ts';

const barometer: Barometer = {
  indicators: [
    indicator({ id: 'sub', main: false, target: undefined }),
    indicator({ id: 'hoved', main: true }),
    indicator({ id: 'bolig-hoved', area: 'bolig', main: true, direction: 'lower', target: undefined, baseline: pv('2014', 20) }),
  ],
  measurements: [
    ...rows('sub', '', [
      ['2014', 70],
      ['2020', 60],
    ]),
    ...rows('hoved', '', [
      ['2014', 70],
      ['2019', 71],
      ['2020', 76],
    ]),
    ...rows('bolig-hoved', '', [
      ['2014', 20],
      ['2020', 18],
    ]),
  ],
};

describe('area status = main indicator status', () => {
  it('takes the main indicator, not a worse sub-indicator', () => {
    const s = areaState(barometer, 'beskaeftigelse');
    expect(s.indicator.id).toBe('hoved');
    expect([s.status.colour, s.status.label, s.trend.trend]).toEqual(['groen', 'På rette kurs', 'fremgang']);
  });
  it('works for a lower-is-better main indicator', () => {
    expect(areaState(barometer, 'bolig').status.outcome).toBe('progress');
  });
  it('names the area when it has no main indicator', () => {
    expect(() => mainIndicatorOf(barometer, 'tryghed')).toThrow('Området tryghed har 0 hovedindikatorer');
  });
});
