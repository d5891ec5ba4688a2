import { describe, expect, it } from 'vitest';
import { describeChart } from '../../src/lib/chart/describe.ts';
import { pv } from './status-fixtures.ts';

const NB = '\u00a0';
const main = (points: ReturnType<typeof pv>[], label = 'I alt') => ({ breakdown: '', label, points });

describe('generated chart description', () => {
  it('says how much the value rose and how far it is from the target', () => {
    const text = describeChart({
      series: [main([pv('2014', 68.2), pv('2020', 75), pv('2024', 80)])],
      unit: 'pct',
      decimals: 1,
      direction: 'higher',
      baseline: pv('2014', 68.2),
      target: pv('2026', 85),
    });
    expect(text).toBe(
      `Fra 2014 til 2024 steg andelen fra 68,2${NB}pct. til 80,0${NB}pct. (+11,8${NB}procentpoint). Målet for 2026 er 85,0${NB}pct.; der mangler 5,0${NB}procentpoint. Ingen måling: I alt 2015–2019 og 2021–2023.`,
    );
  });

  it('describes a fall toward a lower-is-better target, breakdowns and a baseline after the first period', () => {
    const text = describeChart({
      series: [
        main([pv('2010', 27), pv('2020', 20)], 'København'),
        { breakdown: 'Hele landet', label: 'Hele landet', points: [pv('2010', 30), pv('2020', 24)] },
      ],
      unit: 'procentpoint',
      decimals: 0,
      direction: 'lower',
      baseline: pv('2012', 26),
      target: pv('2025', 15),
    });
    expect(text).toBe(
      `Fra 2010 til 2020 faldt forskellen for København fra 27${NB}procentpoint til 20${NB}procentpoint (\u22127${NB}procentpoint). ` +
        `Hele landet: fra 30${NB}procentpoint i 2010 til 24${NB}procentpoint i 2020 (\u22126${NB}procentpoint). ` +
        `Basisåret 2012 har værdien 26${NB}procentpoint. Målet for 2025 er 15${NB}procentpoint; der mangler 5${NB}procentpoint. ` +
        'Ingen måling: København og hele landet 2011–2019.',
    );
  });

  it('says when the target is met and when there is no numeric target', () => {
    expect(
      describeChart({
        series: [main([pv('2014', 10), pv('2020', 12)])],
        unit: 'antal',
        decimals: 0,
        direction: 'higher',
        target: pv('2022', 12),
      }),
    ).toBe('Fra 2014 til 2020 steg antallet fra 10 til 12 (+2). Målet for 2022 på 12 er nået. Ingen måling: I alt 2015–2019.');
    expect(describeChart({ series: [main([pv('2014', 10), pv('2020', 10)])], unit: 'indeks', decimals: 0, direction: 'lower' })).toBe(
      'Fra 2014 til 2020 var indekset uændret på 10. Der er ikke fastsat et talmål; målet er, at indekset falder. Ingen måling: I alt 2015–2019.',
    );
  });

  it('says "i alt" for a main series named for everyone', () => {
    const women = { breakdown: 'Kvinder', label: 'Kvinder', points: [pv('2014', 60), pv('2020', 61)] };
    for (const label of ['I alt', 'Alle']) {
      expect(
        describeChart({ series: [main([pv('2014', 70), pv('2020', 72)], label), women], unit: 'pct', decimals: 0, direction: 'higher' }),
      ).toMatch(/^Fra 2014 til 2020 steg andelen i alt fra/);
    }
  });

  it('handles a single measurement and no measurements', () => {
    expect(describeChart({ series: [main([pv('2024', 80)])], unit: 'pct', decimals: 1, direction: 'higher' })).toBe(
      `I 2024 var andelen 80,0${NB}pct. Der er kun én måling. Der er ikke fastsat et talmål; målet er, at andelen stiger.`,
    );
    expect(describeChart({ series: [], unit: 'pct', decimals: 1, direction: 'higher' })).toBe('Der er endnu ingen målinger.');
  });
});

describe('breaks in the description', () => {
  it('lists the break periods in time order, whichever series has the earlier one', () => {
    const brud = (label: string, value: number) => ({ ...pv(label, value), flag: 'brud i serien' as const });
    const text = describeChart({
      series: [
        main([pv('2017', 6), brud('2019', 4), pv('2020', 3)], 'København'),
        { breakdown: 'Hele landet', label: 'Hele landet', points: [pv('2016', 20), brud('2018', 18), pv('2020', 15)] },
      ],
      unit: 'antal',
      decimals: 0,
      direction: 'lower',
    });
    expect(text).toContain('Brud i serien i 2018 og 2019 (København og hele landet)');
  });
});
