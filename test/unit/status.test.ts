import { describe, expect, it } from 'vitest';
import { traceRows } from '../../src/lib/status/trace-rows.ts';
import { computeStatus } from '../../src/lib/status/status.ts';
import { mainPoints } from '../../src/lib/barometer/series.ts';
import { indicator, pv, rows } from './status-fixtures.ts';

// Higher is better: baseline 2014 = 70, target 2026 = 82, tolerance 0.5.
// Required progress by 2020: r = 12 · 6/12 = 6; 95 % of it = 5.7.
const higher = indicator();
// Lower is better (e.g. a gap): baseline 2014 = 30, target 2026 = 18; r by 2020 = 6 (a fall of 6).
const lower = indicator({ direction: 'lower', baseline: pv('2014', 30), target: pv('2026', 18) });

describe('status with a numeric target', () => {
  it.each([
    ['higher', higher, 76.0, 'on-pace', 'groen', 'På rette kurs'],
    ['higher, exactly 0.95·r', higher, 75.7, 'on-pace', 'groen', 'På rette kurs'],
    ['higher, just under 0.95·r', higher, 75.6, 'too-slow', 'gul', 'Fremgang, men for langsomt'],
    ['higher, just over tolerance', higher, 70.6, 'too-slow', 'gul', 'Fremgang, men for langsomt'],
    ['higher, exactly +tolerance', higher, 70.5, 'standstill', 'gul', 'Stilstand'],
    ['higher, no change', higher, 70, 'standstill', 'gul', 'Stilstand'],
    ['higher, exactly −tolerance', higher, 69.5, 'standstill', 'gul', 'Stilstand'],
    ['higher, just past −tolerance', higher, 69.4, 'decline', 'roed', 'Tilbagegang'],
    ['higher, target met early', higher, 82, 'target-met', 'groen', 'På rette kurs'],
    ['higher, target passed early', higher, 90, 'target-met', 'groen', 'På rette kurs'],
    ['lower', lower, 24, 'on-pace', 'groen', 'På rette kurs'],
    ['lower, exactly 0.95·r', lower, 24.3, 'on-pace', 'groen', 'På rette kurs'],
    ['lower, too slow', lower, 24.4, 'too-slow', 'gul', 'Fremgang, men for langsomt'],
    ['lower, exactly tolerance up', lower, 30.5, 'standstill', 'gul', 'Stilstand'],
    ['lower, rising = decline', lower, 30.6, 'decline', 'roed', 'Tilbagegang'],
    ['lower, target met early', lower, 18, 'target-met', 'groen', 'På rette kurs'],
  ] as const)('%s: %d in 2020 → %s', (_name, ind, value, outcome, colour, label) => {
    const s = computeStatus(ind, [ind.baseline!, pv('2020', value)]);
    expect([s.method, s.outcome, s.colour, s.label]).toEqual(['pace', outcome, colour, label]);
  });

  it('records required and actual progress in the trace, signed so good is positive', () => {
    const s = computeStatus(lower, [pv('2014', 30), pv('2020', 25)]);
    expect(s.actual).toBeCloseTo(5, 12);
    expect(s.required).toBeCloseTo(6, 12);
    expect(s.threshold).toBeCloseTo(5.7, 12);
    expect(s.latest).toEqual(pv('2020', 25));
    expect(s.tolerance).toBe(0.5);
  });

  it('treats float noise at 0.95·r as exactly at the boundary (a computes to 5.699999999999996)', () => {
    const ind = indicator({ baseline: pv('2014', 60.1), target: pv('2026', 72.1) });
    expect(65.8 - 60.1 < 0.95 * 6).toBe(true); // the raw float comparison would say "too slow"
    expect(computeStatus(ind, [pv('2020', 65.8)]).outcome).toBe('on-pace');
  });

  it('treats float noise at the tolerance as exactly at it (0.4 − 0.1 > 0.3 in floats)', () => {
    const ind = indicator({ baseline: pv('2014', 0.1), target: pv('2026', 5), tolerance: 0.3 });
    expect(computeStatus(ind, [pv('2020', 0.4)]).outcome).toBe('standstill');
  });

  it('keeps the target pace after the target period: a missed deadline is not "on course"', () => {
    const ind = indicator({ target: pv('2020', 76) });
    const s = computeStatus(ind, [pv('2024', 75.8)]);
    expect(s.required).toBeCloseTo(10, 12);
    expect(s.outcome).toBe('too-slow');
  });

  it('uses quarter periods as decimal years', () => {
    const ind = indicator({ baseline: pv('2014K1', 70), target: pv('2016K1', 78) });
    // 2015K1 is halfway: r = 4, 0.95·r = 3.8.
    expect(computeStatus(ind, [pv('2015K1', 73.8)]).outcome).toBe('on-pace');
    expect(computeStatus(ind, [pv('2015K1', 73.7)]).outcome).toBe('too-slow');
  });

  it('refuses a target on the wrong side of the baseline, naming the indicator', () => {
    const ind = indicator({ target: pv('2026', 60) });
    expect(() => computeStatus(ind, [pv('2020', 71)])).toThrow(/test-indikator: målet 60 \(2026\) ligger på den forkerte side/);
  });
});

describe('status with only a good direction (Copenhagen’s rule)', () => {
  it.each([
    ['higher', 'higher', 71, 'progress', 'groen'],
    ['higher, exactly tolerance', 'higher', 70.5, 'standstill', 'gul'],
    ['higher, exactly −tolerance', 'higher', 69.5, 'standstill', 'gul'],
    ['higher, falling', 'higher', 69.4, 'decline', 'roed'],
    ['lower, falling', 'lower', 60, 'progress', 'groen'],
    ['lower, rising', 'lower', 71, 'decline', 'roed'],
  ] as const)('%s: %d → %s', (_n, direction, value, outcome, colour) => {
    const ind = indicator({ direction, target: undefined });
    const s = computeStatus(ind, [pv('2014', 70), pv('2020', value)]);
    expect([s.method, s.outcome, s.colour]).toEqual(['direction', outcome, colour]);
    expect(s.required).toBeUndefined();
  });
});

describe('no status (hvid)', () => {
  it('without a baseline', () => {
    const s = computeStatus(indicator({ baseline: undefined, target: undefined }), [pv('2020', 75), pv('2010', 50.9)]);
    expect([s.method, s.outcome, s.colour, s.label]).toEqual(['none', 'no-baseline', 'hvid', 'Ingen status']);
    // The newest value is still the trace's »Seneste måling«, though no status is computed from it.
    expect(s.latest?.period.label).toBe('2020');
    expect(traceRows(s).find((r) => r.term === 'Seneste måling')?.value).toMatch(/^75,0\spct\. i 2020$/);
  });
  it('with a single measurement (the baseline itself)', () => {
    const s = computeStatus(higher, [pv('2014', 70)]);
    expect([s.outcome, s.colour]).toEqual(['no-measurement', 'hvid']);
  });
  it('with measurements only before the baseline', () => {
    expect(computeStatus(higher, [pv('2010', 60), pv('2012', 65)]).outcome).toBe('no-measurement');
  });
  it('with no measurements at all', () => {
    expect(computeStatus(higher, []).outcome).toBe('no-measurement');
  });
});

describe('breakdown series', () => {
  const data = [
    ...rows('test-indikator', '', [
      ['2014', 70],
      ['2020', 76],
    ]),
    // A later and much worse breakdown value must not become "the latest measurement".
    ...rows('test-indikator', 'Kvinder', [
      ['2014', 60],
      ['2020', 61],
      ['2022', 50],
    ]),
    ...rows('anden', '', [['2022', 10]]),
  ];
  it('status uses only the main series', () => {
    const s = computeStatus(higher, mainPoints(data, 'test-indikator'));
    expect(s.latest).toEqual(pv('2020', 76));
    expect(s.outcome).toBe('on-pace');
  });
  it('the same rule applies to a breakdown series when given one', () => {
    const women = data.filter((m) => m.breakdown === 'Kvinder').map((m) => ({ period: m.period, value: m.value }));
    expect(computeStatus({ ...higher, baseline: pv('2014', 60), target: pv('2026', 72) }, women).outcome).toBe('decline');
  });
});

describe('explanation sentences', () => {
  it.each([
    [
      higher,
      [pv('2020', 76)],
      'Fra basisåret 2014 (70,0\u00a0pct.) til 2020 (76,0\u00a0pct.) er der sket en forbedring på 6,0\u00a0procentpoint. For at nå målet for 2026 skulle forbedringen nu være 6,00\u00a0procentpoint; 95 % af det er 5,70\u00a0procentpoint, så udviklingen følger tempoet.',
    ],
    [
      higher,
      [pv('2020', 72.5)],
      'Fra basisåret 2014 (70,0\u00a0pct.) til 2020 (72,5\u00a0pct.) er der sket en forbedring på 2,5\u00a0procentpoint, mere end tolerancen på 0,5\u00a0procentpoint. For at nå målet for 2026 skulle forbedringen nu være 6,00\u00a0procentpoint; 95 % af det er 5,70\u00a0procentpoint, så fremgangen er for langsom.',
    ],
    [
      higher,
      [pv('2020', 70.2)],
      'Fra basisåret 2014 (70,0\u00a0pct.) til 2020 (70,2\u00a0pct.) er der sket en forbedring på 0,2\u00a0procentpoint, som højst er tolerancen på 0,5\u00a0procentpoint; det regnes som stilstand.',
    ],
    [
      lower,
      [pv('2020', 31)],
      'Fra basisåret 2014 (30,0\u00a0pct.) til 2020 (31,0\u00a0pct.) er der sket en forværring på 1,0\u00a0procentpoint, mere end tolerancen på 0,5\u00a0procentpoint.',
    ],
    [higher, [pv('2022', 83)], 'Målet for 2026 på 82,0\u00a0pct. er nået: målingen for 2022 er 83,0\u00a0pct.'],
    [
      indicator({ unit: 'antal', target: undefined, baseline: pv('2014', 1200), tolerance: 10 }),
      [pv('2020', 1450)],
      'Fra basisåret 2014 (1.200) til 2020 (1.450) er der sket en forbedring på 250, mere end tolerancen på 10. Indikatoren har ikke et talmål, så status bygger kun på retningen.',
    ],
    [higher, [pv('2014', 70)], 'Der er ingen måling efter basisåret 2014, så der kan ikke beregnes en status.'],
    // No tolerance (a count): any change counts, said without »tolerancen på 0«.
    [
      indicator({ unit: 'antal', direction: 'lower', target: undefined, baseline: pv('2019', 2), tolerance: 0 }),
      [pv('2023', 4)],
      'Fra basisåret 2019 (2) til 2023 (4) er der sket en forværring på 2, mere end nul (indikatoren har ingen tolerance).',
    ],
    // The unit's own full stop ends the sentence: »indb.«, not »indb..«.
    [
      indicator({ unit: 'pr-1000-indbyggere', direction: 'lower', target: undefined, baseline: pv('2014', 10), tolerance: 1 }),
      [pv('2020', 12)],
      'Fra basisåret 2014 (10 pr.\u00a01.000\u00a0indb.) til 2020 (12 pr.\u00a01.000\u00a0indb.) er der sket en forværring på 2 pr.\u00a01.000\u00a0indb., mere end tolerancen på 1 pr.\u00a01.000\u00a0indb.',
    ],
    [
      indicator({ baseline: undefined, target: undefined }),
      [pv('2020', 70)],
      'Indikatoren har ingen basisværdi, så der kan ikke beregnes en status.',
    ],
  ])('%#', (ind, points, sentence) => {
    expect(computeStatus(ind, points).explanation).toBe(sentence);
  });
});
