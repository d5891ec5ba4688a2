/**
 * README's recipe for a new goal and a new spending figure works: both example rows, appended to the
 * real files, pass every rule against the real indicators and letters and come out as written.
 * And the shipped set is what README says: illustrative, two budget years, every administration.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBarometer, readIndicatorIds } from '../../src/loaders/barometer.ts';
import { formatError } from '../../src/lib/data/errors.ts';
import { loadGoals } from '../../src/loaders/goals.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';
import { ADMINISTRATION_ABBRS } from '../../src/lib/registry/organisations.ts';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('### Tilføj et mål for en forvaltning'),
  readme.indexOf('### Erstat eksempeldata med de rigtige mål'),
);
const [goalRow, spendingRow] = [...section.matchAll(/```csv\n([^\n]+)\n```/g)].map((m) => m[1] as string);
const { barometer } = loadBarometer('data');
const sources = {
  indicatorsFile: 'data/indicators.csv',
  indicatorIds: readIndicatorIds('data'),
  indicators: barometer.indicators,
  letters: diskLetterLookup('content'),
  today: new Date(),
};
const dir = mkdtempSync(join(tmpdir(), 'ib-goals-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README: Tilføj et mål for en forvaltning', () => {
  it('has one goal row and one spending row', () => {
    expect(goalRow?.split(';')).toHaveLength(16);
    expect(spendingRow?.split(';')).toHaveLength(7);
  });

  it('both rows pass the check appended to the real files', () => {
    for (const f of ['indicators.csv', 'measurements.csv']) copyFileSync(join('data', f), join(dir, f));
    writeFileSync(join(dir, 'goals.csv'), `${readFileSync('data/goals.csv', 'utf8')}${goalRow}\r\n`);
    writeFileSync(join(dir, 'spending.csv'), `${readFileSync('data/spending.csv', 'utf8')}${spendingRow}\r\n`);
    const r = loadGoals(dir, sources);
    expect(r.errors.map(formatError)).toEqual([]);
    expect(r.data.goals.at(-1)).toMatchObject({
      id: 'bif-2008-danskuddannelse',
      administration: 'BIF',
      budgetYear: 2008,
      target: 400,
      targetUnit: 'kursister',
      status: 'ikke vurderet',
      illustrative: false,
    });
    expect(r.data.spending.at(-1)).toMatchObject({ administration: 'BIF', budgetYear: 2008, amount: 3200000, illustrative: false });
  });
});

describe('the goals and spending shipped in data/', () => {
  const { data, errors } = loadGoals('data', sources);

  it('pass every rule', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('are illustrative, for budget 2007 and 2008, with goals from every administration in both years', () => {
    expect(data.goals.length).toBeGreaterThan(0);
    expect(data.goals.every((g) => g.illustrative)).toBe(true);
    expect(data.spending.every((s) => s.illustrative)).toBe(true);
    expect([...new Set(data.goals.map((g) => g.budgetYear))].sort()).toEqual([2007, 2008]);
    for (const year of [2007, 2008]) {
      expect(new Set(data.goals.filter((g) => g.budgetYear === year).map((g) => g.administration))).toEqual(new Set(ADMINISTRATION_ABBRS));
    }
  });

  it('cite the two process letters: the 2006 letter for budget 2007, the 2007 letter for budget 2008', () => {
    const byYear = (y: number) => new Set(data.goals.filter((g) => g.budgetYear === y).flatMap((g) => g.sourceLetters));
    expect(byYear(2007)).toEqual(new Set(['2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007']));
    expect(byYear(2008)).toEqual(new Set(['2007-03-26-budgetredegoerelse-for-integrationsindsatsen']));
  });
});
