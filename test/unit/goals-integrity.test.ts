/**
 * goals.csv and spending.csv publish what the editor meant, or the check says why not: a case
 * number two letters share names neither (the file name must), an amount is whole kroner within
 * reason, a target that counts something is not negative, and decomposed Unicode (NFD) is read as
 * the composed word. Built on the valid goal fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/data/errors.ts';
import { letterLookup } from '../../src/lib/goals/letter-lookup.ts';
import { validateGoals } from '../../src/lib/goals/validate.ts';
import type { GoalSources } from '../../src/lib/goals/goal-context.ts';

const GOALS = readFileSync('test/fixtures/goals/valid/goals.csv', 'utf8');
const SPENDING = readFileSync('test/fixtures/goals/valid/spending.csv', 'utf8');
const G = 'data/goals.csv';
const S = 'data/spending.csv';
const BUDGET = '2007-03-26-budgetredegoerelse-for-integrationsindsatsen';
const PARKING = '2001-01-01-parkering';
const SPROG = '2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007';

/** The archive's letters, and a parking letter that shares the 2007 letter's case number. */
const letters = letterLookup(
  [BUDGET, PARKING, SPROG],
  () =>
    new Map([
      ['2006-742', [PARKING, BUDGET]],
      ['292118', [SPROG]],
    ]),
);
const sources: GoalSources = {
  indicatorsFile: 'data/indicators.csv',
  indicatorIds: new Set(['a-beskaeftigelse']),
  indicators: [{ id: 'a-beskaeftigelse', area: 'beskaeftigelse', unit: 'pct' }],
  letters,
  today: new Date('2026-12-01T12:00:00Z'),
};
/** The fixture with the 2007 letter named by its file name, as the shared case number requires. */
const GOALS_OK = GOALS.replace(';2006-742;', `;${BUDGET};`);
const SPENDING_OK = SPENDING.replace(';2006-742;', `;${BUDGET};`);
const run = (goals: string, spending = SPENDING_OK) =>
  validateGoals({ goals: { file: G, text: goals }, spending: { file: S, text: spending } }, sources);
const check = (goals: string, spending = SPENDING_OK) => run(goals, spending).errors.map(formatError);

describe('a case number several letters share', () => {
  const CHOOSE = `ét brevs filnavn uden .md: "${PARKING}" eller "${BUDGET}"`;

  it('is refused as a source document, goal and spending alike, naming the letters to choose from', () => {
    expect(check(GOALS)).toEqual([
      `${G}:2:15: kildedokumentet er tvetydigt: sagsnummeret står på 2 breve (fik "2006-742", forventede ${CHOOSE})`,
    ]);
    expect(check(GOALS_OK, SPENDING)).toEqual([
      `${S}:2:6: kildedokumentet er tvetydigt: sagsnummeret står på 2 breve (fik "2006-742", forventede ${CHOOSE})`,
    ]);
  });

  it('the letter’s file name names one letter; a case number only one letter has still works', () => {
    const r = run(GOALS_OK);
    expect(r.errors).toEqual([]);
    expect(r.data.goals.map((g) => g.sourceLetters)).toEqual([[BUDGET], [SPROG], [SPROG]]);
  });

  it('a goal with an ambiguous source is not published', () => {
    expect(run(GOALS).data.goals.map((g) => g.id)).toEqual(['buf-2007-sprog', 'kff-2008-hold']);
  });
});

describe('amounts are whole kroner within reason', () => {
  const unambiguous = GOALS_OK;
  const amount = (a: string) => SPENDING_OK.replace(';4600000;', `;${a};`);

  it('refuses øre, which the pages would round away', () => {
    expect(check(unambiguous, amount('1500000,50'))).toEqual([
      `${S}:3:3: værdien skal være i hele kroner, uden decimaler (fik "1500000,50", forventede et helt tal, fx 1500001)`,
    ]);
  });

  it('refuses an amount beyond 100 mia. kr., however many digits it has', () => {
    const tooLarge = (a: string) =>
      `${S}:3:3: værdien er for stor til at være rigtig (fik "${a}", forventede et tal på højst 100000000000 (100 mia. kr.))`;
    expect(check(unambiguous, amount('99999999999999999999999'))).toEqual([tooLarge('99999999999999999999999')]);
    expect(check(unambiguous, amount('100000000001'))).toEqual([tooLarge('100000000001')]);
  });

  it('accepts the largest amount, exactly', () => {
    const r = run(unambiguous, amount('100000000000'));
    expect(r.errors).toEqual([]);
    expect(r.data.spending.map((s) => s.amount)).toContain(100_000_000_000);
  });
});

describe('a target that counts something', () => {
  const ok = GOALS_OK;

  it('cannot be negative', () => {
    expect(check(ok.replace(';2100;sprogvurderinger;', ';-400;kursister;'))).toEqual([
      `${G}:3:9: målet kan ikke være negativt, når enheden er "kursister" (fik "-400", forventede et tal på 0 eller mere (skriv et fald som det tal, der skal nås))`,
    ]);
  });

  it('may be negative when it is a change in points', () => {
    expect(check(ok.replace(';2100;sprogvurderinger;', ';-2;procentpoint;'))).toEqual([]);
  });
});

describe('decomposed Unicode (NFD)', () => {
  it('is read as the composed word: »aktivitetsmål« is a known kind, published composed', () => {
    const r = run(GOALS_OK.normalize('NFD'));
    expect(r.errors).toEqual([]);
    const sprog = r.data.goals.find((g) => g.id === 'buf-2007-sprog');
    expect(sprog?.kind).toBe('aktivitetsmål');
    expect(sprog?.initiatives).toBe('Flere sprogpædagoger.'.normalize('NFC'));
  });
});
