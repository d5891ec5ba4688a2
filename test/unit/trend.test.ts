import { describe, expect, it } from 'vitest';
import { computeTrend } from '../../src/lib/status/trend.ts';
import { indicator, pv } from './status-fixtures.ts';

describe('trend from the latest two measurements', () => {
  it.each([
    ['higher, up', 'higher', 71, 'fremgang', 'Fremgang'],
    ['higher, exactly +tolerance', 'higher', 70.5, 'stilstand', 'Stilstand'],
    ['higher, exactly −tolerance', 'higher', 69.5, 'stilstand', 'Stilstand'],
    ['higher, down', 'higher', 69.4, 'tilbagegang', 'Tilbagegang'],
    ['lower, down is good', 'lower', 69, 'fremgang', 'Fremgang'],
    ['lower, up is bad', 'lower', 70.6, 'tilbagegang', 'Tilbagegang'],
  ] as const)('%s', (_n, direction, value, trend, label) => {
    const t = computeTrend(indicator({ direction }), [pv('2010', 10), pv('2022', 70), pv('2023', value)]);
    expect([t.trend, t.label]).toEqual([trend, label]);
  });

  it('sorts by period before comparing and explains the raw change', () => {
    const t = computeTrend(indicator({ direction: 'lower' }), [pv('2024', 76.7), pv('2014', 50), pv('2023', 76.8)]);
    expect(t.trend).toBe('stilstand');
    expect(t.previous).toEqual(pv('2023', 76.8));
    expect(t.explanation).toBe('\u22120,1\u00a0procentpoint fra 2023 til 2024');
  });

  it('has no trend with a single measurement', () => {
    const t = computeTrend(indicator(), [pv('2024', 80)]);
    expect([t.trend, t.label]).toEqual(['ukendt', 'Ingen tendens endnu']);
    expect(t.latest).toEqual(pv('2024', 80));
  });
});
