import { describe, expect, it } from 'vitest';
import type { Barometer } from '../../src/lib/model.ts';
import { aboutExamples, EXAMPLE_INDICATOR, workedExample } from '../../src/lib/barometer/worked-example.ts';
import { ruleTable } from '../../src/lib/status/rule-table.ts';
import { figureCopy } from '../../src/lib/barometer/figure-copy.ts';
import { indicatorFacts } from '../../src/lib/barometer/indicator-facts.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { indicator, pv, rows } from './status-fixtures.ts';

const NB = '\u00a0';
const barometer: Barometer = {
  indicators: [
    indicator({
      id: EXAMPLE_INDICATOR,
      target: undefined,
      baseline: pv('2014', 68.18),
      tolerance: 1,
      mainLabel: 'København',
      sourceUrl: 'https://example.org/t',
    }),
    indicator({ id: 'lav', main: false, direction: 'lower', baseline: pv('2014', 30), target: pv('2026', 18) }),
  ],
  measurements: [
    ...rows(EXAMPLE_INDICATOR, '', [
      ['2014', 68.18],
      ['2024', 80.02],
    ]),
    ...rows('lav', '', [
      ['2014', 30],
      ['2020', 25],
    ]),
  ],
};

describe('worked example for /om/', () => {
  it('computes the real example step by step with the status engine', () => {
    const ex = aboutExamples(barometer);
    expect(ex?.real.steps).toEqual([
      { term: 'Forbedring (a)', working: `a = 80,02 − 68,18 = +11,84${NB}procentpoint` },
      { term: 'Tolerance', working: `±1,00${NB}procentpoint` },
    ]);
    expect(ex?.real.trace.label).toBe('På rette kurs');
  });
  it('applies the pace rule to the same data with the hypothetical target', () => {
    const ex = aboutExamples(barometer);
    expect(ex?.hypothetical?.steps.map((s) => s.working)).toEqual([
      `a = 80,02 − 68,18 = +11,84${NB}procentpoint`,
      `r = (85,00 − 68,18) · (2024 − 2014) / (2026 − 2014) = +14,02${NB}procentpoint`,
      `0,95 · 14,02 = 13,32${NB}procentpoint`,
      `±1,00${NB}procentpoint`,
    ]);
    expect(ex?.hypothetical?.trace.outcome).toBe('too-slow');
  });
  it('negates the change when lower is better', () => {
    expect(
      workedExample(barometer, 'lav')
        .steps.slice(0, 2)
        .map((s) => s.working),
    ).toEqual([
      `a = −(25,0 − 30,0) = +5,0${NB}procentpoint`,
      `r = −(18,0 − 30,0) · (2020 − 2014) / (2026 − 2014) = +6,00${NB}procentpoint`,
    ]);
  });
  it('falls back to a real main indicator with a status when the chosen one is gone', () => {
    const other: Barometer = {
      indicators: [barometer.indicators[1]!, { ...barometer.indicators[0]!, id: 'andet' }],
      measurements: rows('andet', '', [
        ['2014', 68.18],
        ['2020', 70],
      ]),
    };
    const ex = aboutExamples(other);
    expect([ex?.indicatorId, ex?.hypothetical]).toEqual(['andet', undefined]);
  });
});

describe('rule table', () => {
  it('lists every outcome once with its colour and words', () => {
    const t = ruleTable();
    expect(t.map((r) => `${r.colour}:${r.label}`)).toEqual([
      'groen:På rette kurs',
      'groen:På rette kurs',
      'groen:På rette kurs',
      'gul:Fremgang, men for langsomt',
      'gul:Stilstand',
      'roed:Tilbagegang',
      'hvid:Ingen status',
      'hvid:Ingen status',
    ]);
  });
});

describe('figure copy and facts', () => {
  it('names every line in the key by its pattern, plus target, pace and baseline', () => {
    const copy = figureCopy(indicatorView(barometer, 'lav'));
    expect(copy.key.map((k) => [k.kind, k.text])).toEqual([
      // Two measurements six years apart: no line joins them, so the key promises none.
      ['series', 'I alt (cirkler uden linje: ingen af målingerne ligger lige efter hinanden)'],
      ['target', `Mål for 2026: 18,0${NB}pct. (vandret linje)`],
      ['pace', 'Nødvendigt tempo fra basis til mål (prikket linje)'],
      ['baseline', `Basis 2014: 30,0${NB}pct. (lodret streg og ring)`],
      ['gap', 'Ingen måling: I alt 2015–2019; linjen er afbrudt, hvor der ikke er målt'],
    ]);
    expect(copy.periodHeader).toBe('År');
  });
  it('lists the indicator’s facts with the source link as external, it and the downloads kept out of search', () => {
    const facts = indicatorFacts(indicatorView(barometer, EXAMPLE_INDICATOR));
    expect(facts.find((f) => f.term === 'Kildens adresse')).toEqual({
      term: 'Kildens adresse',
      value: 'https://example.org/t',
      href: 'https://example.org/t',
      external: true,
      unindexed: true,
    });
    expect(facts.find((f) => f.term === 'Mål')?.value).toBe('Intet talmål; status vurderes på retningen');
    expect(facts.find((f) => f.term === 'Data som CSV')?.href).toBe(`indikatorer/${EXAMPLE_INDICATOR}/data.csv`);
    expect(facts.filter((f) => f.unindexed).map((f) => f.term)).toEqual(['Kildens adresse', 'Data som CSV', 'Data som JSON']);
  });
});
