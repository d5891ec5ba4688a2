/**
 * A text cell in the data files may not hold a character a reader cannot see: a bidi override shows
 * »Mænd« reversed, a zero-width space makes two look-alike breakdowns, a control character breaks the
 * feeds. Each is refused at its cell with its code, in measurements, indicators, goals and editions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/data/errors.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import { readEditions } from '../../src/lib/editions/editions-file.ts';
import { letterLookup } from '../../src/lib/goals/letter-lookup.ts';
import { validateGoals } from '../../src/lib/goals/validate.ts';

const DIR = 'test/fixtures/data/valid-danish-excel';
const INDICATORS = readFileSync(`${DIR}/indicators.csv`, 'utf8');
const MEASUREMENTS = readFileSync(`${DIR}/measurements.csv`, 'utf8');
const today = new Date('2026-12-01');
const INVISIBLE = 'forventede tekst uden usynlige tegn – slet tegnet (det kommer ofte med, når tekst kopieres fra en PDF eller en webside)';

const data = (indicators: string, measurements: string) =>
  validateData(
    { file: 'data/indicators.csv', text: indicators },
    { file: 'data/measurements.csv', text: measurements },
    { today },
  ).errors.map(formatError);

describe('hidden characters in the data files', () => {
  it('refuses a bidi override, a zero-width space and a control character in text cells, at the cell', () => {
    const measurements = MEASUREMENTS.replace(
      'a-beskaeftigelse;2014;;50,5;Danmarks Statistik;',
      'a-beskaeftigelse;2014;;50,5;Danmarks\u202e Statistik;',
    ).replace('a-beskaeftigelse;2015;;52,25;Danmarks Statistik;', 'a-beskaeftigelse;2015;;52,25;Danmarks Statistik;Note\u0007');
    const indicators = INDICATORS.replace('Titel a-beskaeftigelse', 'Titel\u200b a-beskaeftigelse');
    expect(data(indicators, measurements)).toEqual([
      `data/indicators.csv:2:3: cellen indeholder U+200B, et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "Titel<U+200B> a-beskaeftigelse", ${INVISIBLE})`,
      `data/measurements.csv:2:5: cellen indeholder U+202E, et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "Danmarks<U+202E> Statistik", ${INVISIBLE})`,
      'data/measurements.csv:3:6: cellen indeholder styretegnet U+0007, som ikke kan vises og gør sitets feeds ugyldige (fik "Note<U+0007>", forventede tekst uden styretegn – slet tegnet)',
    ]);
  });

  it('accepts Danish letters, a non-breaking space and a soft hyphen', () => {
    const measurements = MEASUREMENTS.replace(
      'a-beskaeftigelse;2014;;50,5;Danmarks Statistik;',
      'a-beskaeftigelse;2014;;50,5;Danmarks\u00a0Statistik;Beskæf\u00adtigelse, år',
    );
    expect(data(INDICATORS, measurements)).toEqual([]);
  });

  it('refuses them in goals and spending', () => {
    const goals = readFileSync('test/fixtures/goals/valid/goals.csv', 'utf8').replace('Flere i job', 'Flere\u2066 i job');
    const spending = readFileSync('test/fixtures/goals/valid/spending.csv', 'utf8');
    const SPROG = '2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007';
    const BUDGET = '2007-03-26-budgetredegoerelse-for-integrationsindsatsen';
    const letters = letterLookup(
      [BUDGET, SPROG],
      () =>
        new Map([
          ['2006-742', [BUDGET]],
          ['292118', [SPROG]],
        ]),
    );
    const errors = validateGoals(
      { goals: { file: 'data/goals.csv', text: goals }, spending: { file: 'data/spending.csv', text: spending } },
      {
        indicatorsFile: 'data/indicators.csv',
        indicatorIds: new Set(['a-beskaeftigelse']),
        indicators: [{ id: 'a-beskaeftigelse', area: 'beskaeftigelse', unit: 'pct' }],
        letters,
        today: new Date('2026-12-01T12:00:00Z'),
      },
    ).errors.map(formatError);
    expect(errors).toEqual([
      expect.stringMatching(/^data\/goals\.csv:2:5: cellen indeholder U\+2066, et usynligt retningstegn.*\(fik "Flere<U\+2066> i job"/),
    ]);
  });

  it('refuses them in the editions file', () => {
    const text = 'date;title;note\n2026-11-01;Udgave\u200d med tal;\n';
    const { errors } = readEditions(text, 'data/editions.csv', today);
    expect(errors.map(formatError)).toEqual([expect.stringMatching(/^data\/editions\.csv:2:2: cellen indeholder U\+200D/)]);
  });
});
