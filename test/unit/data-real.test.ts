/** The real data/ folder: it passes every rule and carries the reference figures with their sources. */
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/lib/data/load.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { ILLUSTRATIVE_SOURCE } from '../../src/lib/data/csv-schema.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';

const { barometer, errors } = loadBarometer('data');
const RAS = 'Danmarks Statistik, RAS200 (udtræk)';
const NATIONAL = 'Det nationale integrationsbarometer (integrationsbarometer.dk), Udviklingsrapport, hele landet, november 2022';

function value(indicator: string, period: string, breakdown = ''): number | undefined {
  return barometer.measurements.find((m) => m.indicator === indicator && m.period.label === period && m.breakdown === breakdown)?.value;
}

describe('data/', () => {
  it('passes every rule', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('has exactly one main indicator per area', () => {
    for (const area of AREA_IDS) {
      expect(barometer.indicators.filter((i) => i.area === area && i.main), area).toHaveLength(1);
    }
  });

  it('holds the Copenhagen vs whole-country series 2010–2024 from RAS200 with its source', () => {
    const id = 'beskaeftigelse-ikke-vestlige-ratio';
    expect(barometer.indicators.find((i) => i.id === id)).toMatchObject({
      area: 'beskaeftigelse', main: true, mainLabel: 'København', illustrative: false, source: RAS,
      baseline: { period: { label: '2014' }, value: 68.18 },
    });
    expect(barometer.indicators.find((i) => i.id === id)?.target).toBeUndefined();
    expect([value(id, '2010'), value(id, '2014'), value(id, '2024')]).toEqual([66.93, 68.18, 80.02]);
    expect([value(id, '2010', 'Hele landet'), value(id, '2024', 'Hele landet')]).toEqual([67.88, 82.18]);
    expect([value('beskaeftigelsesfrekvens-16-64', '2014'), value('beskaeftigelsesfrekvens-16-64', '2024', 'Hele landet')]).toEqual([70, 77.4]);
    const rows = barometer.measurements.filter((m) => m.indicator === id);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((m) => m.source))).toEqual(new Set([RAS]));
    expect(rows.find((m) => m.period.label === '2021')?.note).toContain('brud i statistikken');
  });

  it('holds the whole-country non-Western employment rate 2000–2010 with counts in the note', () => {
    const rows = barometer.measurements.filter((m) => m.indicator === 'beskaeftigelse-ikke-vestlige-2000-2010');
    expect(rows.map((m) => [m.period.label, m.value])).toEqual([
      ['2000', 43.8], ['2002', 46.8], ['2004', 46.7], ['2006', 50.2], ['2008', 56.6], ['2009', 55.1], ['2010', 50.9],
    ]);
    expect(rows[0]?.note).toBe('55.480 beskæftigede af en befolkning på 126.756; andelen er beregnet af de to tal.');
    expect(rows[0]?.source).toBe('Social- og Integrationsministeriet, "Fakta om integration. Status og udvikling" (november 2011), tabel D1 (tal fra Danmarks Statistik)');
  });

  it('derives the national barometer\'s 2012 values from the published change, and says so', () => {
    expect([value('ungdomsuddannelse-20-24', '2012'), value('ungdomsuddannelse-20-24', '2021')]).toEqual([56, 68]);
    const note = barometer.measurements.find((m) => m.indicator === 'ungdomsuddannelse-20-24' && m.period.label === '2012')?.note;
    expect(note).toBe('Beregnet: 2021-værdien (68) minus den offentliggjorte ændring siden 2012 (+12).');
    expect(barometer.indicators.find((i) => i.id === 'ungdomsuddannelse-20-24')).toMatchObject({ main: true, area: 'uddannelse', source: NATIONAL });
    expect([value('beskaeftigelsesgab-ikke-vestlige-25-64', '2012'), value('beskaeftigelsesgab-ikke-vestlige-25-64', '2020')]).toEqual([26, 20]);
  });

  it('flags every series without a real source as illustrative, in the indicator and in every row', () => {
    const illustrative = new Set(barometer.indicators.filter((i) => i.illustrative).map((i) => i.id));
    expect([...illustrative].sort()).toEqual([
      'bolig-tilfredshed', 'bolig-udsatte-omraader', 'kultur-biblioteksbesoeg', 'kultur-foreningsdeltagelse-boern',
      'sundhed-selvvurderet-helbred', 'sundhed-tolk-i-almen-praksis', 'tryghed-i-nabolaget', 'tryghed-oplevet-diskrimination',
    ]);
    for (const m of barometer.measurements) {
      expect(m.source === ILLUSTRATIVE_SOURCE, `${m.indicator} ${m.period.label}`).toBe(illustrative.has(m.indicator));
    }
    // Only illustrative series invent numeric targets.
    for (const i of barometer.indicators.filter((x) => x.target)) expect(i.illustrative, i.id).toBe(true);
  });
});
