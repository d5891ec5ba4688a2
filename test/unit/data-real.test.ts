/**
 * The real data/ folder: it passes every rule, every area's main indicator is a real, labelled series,
 * baselines follow the documented rule, flags sit where the reference data say the figures are
 * estimated or break, and the big cities are there to compare. Invariants, not counts, so new
 * measurements do not break the test. (Every value's source row: reference-trace.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { ILLUSTRATIVE_SOURCE } from '../../src/lib/data/csv-schema.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';
import { COVERAGE } from '../../src/lib/registry/coverage.ts';
import { mainPoints } from '../../src/lib/barometer/series.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { areaView } from '../../src/lib/barometer/area-view.ts';
import { POLICY_BASE_YEAR, ruleBaseline } from '../../src/lib/status/baseline-rule.ts';

const { barometer, errors } = loadBarometer('data');
const NATIONAL = 'Det nationale integrationsbarometer (integrationsbarometer.dk), Udviklingsrapport, hele landet, november 2022';
const rowsOf = (id: string) => barometer.measurements.filter((m) => m.indicator === id);
const mains = barometer.indicators.filter((i) => i.main);

describe('data/', () => {
  it('passes every rule', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('has exactly one main indicator per area, each real, with a source, whom it covers and a status', () => {
    for (const area of AREA_IDS)
      expect(
        mains.filter((i) => i.area === area),
        area,
      ).toHaveLength(1);
    for (const i of mains) {
      expect(i.illustrative, i.id).toBe(false);
      expect(i.coverage, i.id).toBeDefined();
      expect(i.sourceUrl, i.id).toMatch(/^https:\/\//);
      expect(indicatorView(barometer, i.id).status.colour, `${i.id} has a status`).not.toBe('hvid');
      for (const m of rowsOf(i.id)) expect(m.source, `${i.id} ${m.period.label}`).not.toBe(ILLUSTRATIVE_SOURCE);
    }
  });

  it('follows the rule for main indicators: Copenhagen first, split by origin where such a series exists', () => {
    for (const i of mains) {
      expect(
        rowsOf(i.id)
          .filter((m) => m.breakdown === '')
          .every((m) => m.geo === '101'),
        `${i.id}: main series is Copenhagen`,
      ).toBe(true);
    }
    // Copenhagen's only origin-split series (RAS200) is employment's main indicator.
    expect(mains.find((i) => i.area === 'beskaeftigelse')).toMatchObject({
      id: 'beskaeftigelse-ikke-vestlige-ratio',
      coverage: 'indvandrere med ikke-vestlig oprindelse',
    });
    // The policy's safety goal is that all citizens move about safely: an all-Copenhagener measure.
    expect(mains.find((i) => i.area === 'tryghed')?.coverage).toBe('alle københavnere');
  });

  it('publishes no invented series: illustrative data is gone from the indicators', () => {
    expect(barometer.indicators.filter((i) => i.illustrative).map((i) => i.id)).toEqual([]);
    expect(barometer.measurements.filter((m) => m.source === ILLUSTRATIVE_SOURCE)).toEqual([]);
    // Only illustrative series may invent numeric targets; real series have none.
    for (const i of barometer.indicators.filter((x) => x.target)) expect(i.illustrative, i.id).toBe(true);
  });

  it('labels every indicator with whom it covers; figures not split by origin are Copenhagen’s own', () => {
    for (const i of barometer.indicators) {
      expect(i.coverage, i.id).toBeDefined();
      const c = COVERAGE[i.coverage!];
      if (!c.byOrigin)
        expect(
          rowsOf(i.id)
            .filter((m) => m.breakdown === '')
            .every((m) => m.geo === '101'),
          i.id,
        ).toBe(true);
      if (/indvandrere|efterkommere/.test(i.definition)) expect(c.byOrigin, `${i.id}: the definition names an origin group`).toBe(true);
    }
  });

  it(`uses the policy's base year ${POLICY_BASE_YEAR} where the series has it, and otherwise says why`, () => {
    for (const i of barometer.indicators.filter((x) => x.baseline)) {
      if (i.baseline!.period.label !== String(POLICY_BASE_YEAR)) expect(i.baselineNote, i.id).toMatch(/basisår/);
      // Copenhagen's own series follow the rule; the national barometer's follow its own base year 2012.
      if (i.source === NATIONAL) expect(i.baseline!.period.label, i.id).toBe('2012');
      else expect(ruleBaseline(mainPoints(barometer.measurements, i.id))?.period.label, i.id).toBe(i.baseline!.period.label);
    }
  });

  it('flags the RAS200 step 2020→2021 as a break in every series, and says so in the status trace', () => {
    for (const id of ['beskaeftigelse-ikke-vestlige-ratio', 'beskaeftigelsesfrekvens-16-64']) {
      const at2021 = rowsOf(id).filter((m) => m.period.label === '2021');
      expect(at2021.length, id).toBeGreaterThanOrEqual(6);
      for (const m of at2021) expect([m.breakdown, m.flag], id).toEqual([m.breakdown, 'brud i serien']);
      const v = indicatorView(barometer, id);
      expect(v.status.breaks?.map((b) => b.period.label)).toEqual(['2021']);
      expect(v.status.explanation).toContain('brud i serien (2021)');
    }
  });

  it('flags the housing lists’ new criteria (2018) as a break and every derived count as estimated', () => {
    const list = rowsOf('bolig-omraader-paa-listen');
    expect(list.find((m) => m.breakdown === 'Hele landet' && m.period.label === '2018')?.flag).toBe('brud i serien');
    // Copenhagen's 2018 count is derived and the first under the new criteria: left out, so its break is on 2019.
    expect(list.find((m) => m.breakdown === '' && m.period.label === '2018')).toBeUndefined();
    expect(list.find((m) => m.breakdown === '' && m.period.label === '2019')?.flag).toBe('brud i serien');
    expect(list.filter((m) => m.flag === 'skønnet').map((m) => m.period.label)).toEqual(['2020', '2022']);
    for (const m of list.filter((x) => x.flag === 'skønnet')) expect(m.note).toMatch(/^Udledt/);
  });

  it('flags the safety survey’s change of measure (utrygge → trygge) and the conflicting 2021 crime figure', () => {
    for (const id of ['tryghed-trygge-i-nabolaget', 'tryghed-trygge-aften-nat']) {
      const first = mainPoints(barometer.measurements, id)[0];
      expect([first?.period.label, first?.flag], id).toEqual(['2022', 'brud i serien']);
    }
    const crime2021 = rowsOf('tryghed-borgervendt-kriminalitet').find((m) => m.period.label === '2021');
    expect([crime2021?.value, crime2021?.flag]).toEqual([35, 'skønnet']);
    expect(crime2021?.note).toContain('21');
  });

  it('notes the safety survey’s change of fieldwork institute (2017) on the first value after it in every series that spans it', () => {
    const spanning = barometer.indicators.filter((i) => {
      const years = mainPoints(barometer.measurements, i.id).map((p) => Number(p.period.label));
      // Police reports (borgervendt kriminalitet) are counted, not asked: the institute does not touch them.
      return (
        i.source.includes('Tryghedsundersøgelse') &&
        !i.id.includes('kriminalitet') &&
        years.some((y) => y <= 2016) &&
        years.some((y) => y >= 2017)
      );
    });
    expect(spanning.map((i) => i.id).sort()).toEqual([
      'tryghed-bydele-over-10-pct-utrygge',
      'tryghed-utrygge-aften-nat',
      'tryghed-utrygge-i-nabolaget',
    ]);
    for (const i of spanning) {
      const after = mainPoints(barometer.measurements, i.id).find((p) => Number(p.period.label) >= 2017);
      const row = rowsOf(i.id).find((m) => m.breakdown === '' && m.period.label === after?.period.label);
      expect(row?.note, i.id).toMatch(/Epinion.*Danmarks Statistik/);
    }
  });

  it('flags the national barometer’s derived 2012 values as estimated, with how they were derived', () => {
    for (const i of barometer.indicators.filter((x) => x.source === NATIONAL)) {
      const base = rowsOf(i.id).find((m) => m.period.label === '2012');
      expect([base?.flag, base?.note.startsWith('Beregnet:')], i.id).toEqual(['skønnet', true]);
    }
  });

  it('compares Copenhagen with Aarhus, Odense, Aalborg and Frederiksberg where the cities have figures', () => {
    const compared = barometer.indicators.map((i) => indicatorView(barometer, i.id)).filter((v) => v.comparison);
    expect(compared.length).toBeGreaterThanOrEqual(6);
    for (const v of compared) {
      expect(v.comparison!.geometry.wide.panels.map((p) => p.label).slice(0, 1), v.indicator.id).toEqual(['København']);
    }
    const full = compared.filter((v) =>
      ['Aarhus', 'Odense', 'Aalborg', 'Frederiksberg'].every((c) => v.comparison!.geometry.wide.panels.some((p) => p.label === c)),
    );
    expect(full.map((v) => v.indicator.area)).toEqual(
      expect.arrayContaining(['beskaeftigelse', 'bolig', 'tryghed', 'uddannelse', 'sundhed-og-omsorg', 'kultur-og-fritid']),
    );
  });

  it('says where each value was read', () => {
    for (const m of barometer.measurements) {
      const national = m.source === NATIONAL || m.source.startsWith('Social- og Integrationsministeriet');
      if (!national) expect(m.sourceUrl, `${m.indicator} ${m.breakdown} ${m.period.label}`).toMatch(/^https?:\/\//);
      if (/udtræk/.test(m.source))
        expect(m.sourceUrl, m.indicator).toMatch(/^https:\/\/github\.com\/augustseptimius-beep\/doughnut\/blob\/[0-9a-f]{40}\/data\//);
    }
  });

  it('prints every indicator in its own unit: a count with its noun, an index or ratio never as pct.', () => {
    for (const i of barometer.indicators) {
      const v = indicatorView(barometer, i.id);
      if (i.unit === 'antal') {
        expect(i.countNoun, `${i.id}: unit_noun`).toBeDefined();
        expect(v.latestText, i.id).toMatch(new RegExp(`\\u00a0(${i.countNoun!.one}|${i.countNoun!.other})$`));
        expect(v.unitName, i.id).toBe(`antal ${i.countNoun!.other}`);
      }
      // A ratio of two rates (100 = no gap) is an index, not a share of anyone.
      if (/100 = ingen forskel|forholdstal|indeks/i.test(`${i.title} ${i.definition}`)) expect(i.unit, i.id).toBe('indeks');
      if (i.unit !== 'pct') expect(`${v.latestText} ${v.description} ${v.status.explanation}`, i.id).not.toMatch(/pct\./);
    }
  });

  it('names the units on the front page cards: »områder« for Bolig, an index for employment', () => {
    const bolig = areaView(barometer, 'bolig').main;
    expect(bolig.latestText).toMatch(/^\d+\u00a0områder?$/);
    const job = areaView(barometer, 'beskaeftigelse').main;
    expect(job.latestText).toMatch(/^indeks \d+,\d+$/);
  });
});
