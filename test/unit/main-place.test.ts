import { describe, expect, it } from 'vitest';
import { mainPlace, periodAt } from '../../src/lib/barometer/main-place.ts';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { coverageFact, indicatorFacts } from '../../src/lib/barometer/indicator-facts.ts';
import { scoreOf } from '../../src/lib/editions/edition-snapshot.ts';
import type { Measurement } from '../../src/lib/model.ts';

const row = (indicator: string, breakdown: string, geo?: Measurement['geo']): Measurement =>
  ({ indicator, breakdown, value: 1, period: { label: '2020', time: 2020 }, ...(geo ? { geo } : {}) }) as Measurement;

describe('where an indicator’s main series was measured', () => {
  it('names the whole country and other cities, not Copenhagen or rows without a place', () => {
    const rows = [row('a', '', '000'), row('b', '', '101'), row('b', 'Hele landet', '000'), row('c', ''), row('d', '', '751')];
    expect(mainPlace(rows, 'a')).toBe('hele landet');
    expect(mainPlace(rows, 'b')).toBeUndefined();
    expect(mainPlace(rows, 'c')).toBeUndefined();
    expect(mainPlace(rows, 'd')).toBe('Aarhus');
    expect(periodAt('2020', 'hele landet')).toBe('2020, hele landet');
    expect(periodAt('2020', undefined)).toBe('2020');
  });

  it('is carried by the indicator view and the edition score of a national indicator in the repository data', () => {
    const { barometer } = loadBarometer('data');
    const national = barometer.indicators.filter((i) => mainPlace(barometer.measurements, i.id) === 'hele landet');
    expect(national.map((i) => i.id)).toContain('beskaeftigelsesfrekvens-ikke-vestlige-25-64');
    for (const i of national) {
      const v = indicatorView(barometer, i.id);
      expect(v.place).toBe('hele landet');
      expect(scoreOf(barometer, i).place).toBe('hele landet');
      // A status computed from national figures says so beside the status word, not only by the latest value.
      expect(v.statusLabel).toBe(v.status.colour === 'hvid' ? v.status.label : `${v.status.label} (hele landet)`);
    }
    expect(national.some((i) => indicatorView(barometer, i.id).statusLabel === 'På rette kurs (hele landet)')).toBe(true);
    for (const i of barometer.indicators.filter((x) => !national.includes(x))) {
      const v = indicatorView(barometer, i.id);
      expect(v.statusLabel).toBe(v.status.label);
    }
    const main = barometer.indicators.filter((i) => i.main);
    expect(main.every((i) => indicatorView(barometer, i.id).place === undefined)).toBe(true);
  });
});

describe('the coverage fact on an indicator page', () => {
  it('says the population once: its explanation alone when that names it, else the population and then the explanation', () => {
    const label = 'indvandrere og efterkommere med ikke-vestlig oprindelse';
    expect(coverageFact(label, `Tallene gælder ${label}.`)).toBe(`Tallene gælder ${label}.`);
    expect(coverageFact('kursister', 'Tallene gælder dem, der går på danskuddannelse.')).toBe(
      'Kursister. Tallene gælder dem, der går på danskuddannelse.',
    );
    const { barometer } = loadBarometer('data');
    const facts = barometer.indicators.flatMap((i) => indicatorFacts(indicatorView(barometer, i.id)).filter((r) => r.term === 'Omfatter'));
    expect(facts.length).toBeGreaterThan(20);
    for (const fact of facts) {
      // No sentence of it repeats another.
      const sentences = fact.value.toLowerCase().split('. ');
      expect(
        sentences.some((s, k) => sentences.some((t, l) => l !== k && t.includes(s.replace(/\.$/, '')))),
        fact.value,
      ).toBe(false);
    }
  });
});
