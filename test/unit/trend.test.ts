import { describe, expect, it } from 'vitest';
import { computeTrend, shortTrendText } from '../../src/lib/status/trend.ts';
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

  it.each([
    ['higher, up', 'higher', 71, 'rising', 'Steg (fremgang)'],
    ['lower, up', 'lower', 71, 'rising', 'Steg (tilbagegang)'],
    ['lower, down', 'lower', 69, 'falling', 'Faldt (fremgang)'],
    ['higher, down', 'higher', 69, 'falling', 'Faldt (tilbagegang)'],
    ['within tolerance', 'lower', 70.3, 'flat', 'Stort set uændret'],
  ] as const)('shows how the value moved, apart from whether that is good: %s', (_n, direction, value, movement, short) => {
    const t = computeTrend(indicator({ direction }), [pv('2022', 70), pv('2023', value)]);
    expect([t.movement, t.short]).toEqual([movement, short]);
  });

  it('a falling value where lower is better: the arrow falls, the words say it is progress', () => {
    const t = computeTrend({ direction: 'lower', tolerance: 0, unit: 'antal' }, [pv('2022', 1), pv('2023', 0)]);
    expect(t.movement).toBe('falling');
    expect(t.movementLabel).toBe('Faldt');
    expect(t.label).toBe('Fremgang');
    expect(t.detail).toBe('\u22121 fra 2022 til 2023. Lavere er bedre, så det er fremgang.');
  });

  it('says »ingen ændring« of an unchanged indicator without a tolerance, not »højst tolerancen«', () => {
    const t = computeTrend({ direction: 'lower', tolerance: 0, unit: 'antal' }, [pv('2019', 0), pv('2022', 0)]);
    expect([t.trend, t.short]).toEqual(['stilstand', 'Stort set uændret']);
    expect(t.detail).toBe('Ingen ændring fra 2019 til 2022.');
    const within = computeTrend(indicator({ direction: 'lower' }), [pv('2022', 70), pv('2023', 70.3)]);
    expect(within.detail).toMatch(/, højst tolerancen, så det regnes som stilstand\.$/);
  });

  it('claims no movement across a series break, and says why', () => {
    const broken = { ...pv('2021', 77.5), flag: 'brud i serien' as const, note: 'Ny opgørelse.' };
    const t = computeTrend(indicator({ direction: 'higher' }), [pv('2020', 74), broken]);
    expect(t.trend).toBe('brud');
    expect(t.movement).toBeUndefined();
    expect(t.short).toBe('Brud i serien: kan ikke sammenlignes');
    expect(t.detail).toBe(
      '2021 er opgjort anderledes end 2020, så de to tal kan ikke sammenlignes (+3,5\u00a0procentpoint fra 2020 til 2021).',
    );
    // After the break, the next value compares with the first one after it.
    expect(computeTrend(indicator({ direction: 'higher' }), [pv('2020', 74), broken, pv('2022', 78.5)]).trend).toBe('fremgang');
  });

  it('says when the trend compares with an estimated or provisional value', () => {
    const t = computeTrend(indicator({ direction: 'lower', unit: 'antal', tolerance: 0 }), [
      { ...pv('2022', 1), flag: 'skønnet' },
      pv('2023', 0),
    ]);
    expect(t.short).toBe('Faldt (fremgang)');
    expect(t.flagNote).toBe('tallet for 2022 er skønnet');
    expect(shortTrendText(t)).toBe('Faldt (fremgang); tallet for 2022 er skønnet');
    expect(shortTrendText(computeTrend(indicator(), [pv('2022', 70), pv('2023', 72)]))).toBe('Steg (fremgang)');
    expect(t.detail).toBe('−1 fra 2022 til 2023. Lavere er bedre, så det er fremgang. Bemærk: tallet for 2022 er skønnet.');
    const both = computeTrend(indicator(), [
      { ...pv('2022', 70), flag: 'revideret' },
      { ...pv('2023', 70.1), flag: 'foreløbig' },
    ]);
    expect(both.detail).toMatch(/Bemærk: tallet for 2022 er revideret og tallet for 2023 er foreløbigt\.$/);
    expect(computeTrend(indicator(), [pv('2022', 70), pv('2023', 72)]).detail).not.toContain('Bemærk');
    expect(computeTrend(indicator(), [pv('2022', 70), pv('2023', 72)]).flagNote).toBeUndefined();
  });

  it('writes quarters and months in Danish', () => {
    expect(computeTrend(indicator(), [pv('2024K3', 70), pv('2024K4', 71)]).explanation).toBe(
      '+1,0\u00a0procentpoint fra 3.\u00a0kvt. 2024 til 4.\u00a0kvt. 2024',
    );
    expect(computeTrend(indicator(), [pv('2024-11', 70), pv('2024-12', 71)]).explanation).toBe(
      '+1,0\u00a0procentpoint fra november 2024 til december 2024',
    );
  });
});
