/**
 * The change summary warns when a data file is deleted outright (the check allows a missing
 * editions.csv, goals.csv or spending.csv, so the site would quietly lose them) and when a published
 * edition is removed or re-dated (its page and dated citations stop working).
 */
import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../../scripts/lib/changes/check-outcome.ts';
import { renderSummary } from '../../scripts/lib/changes/render-summary.ts';
import type { Layout, Snapshot } from '../../scripts/lib/changes/snapshot.ts';
import { summariseChanges } from '../../scripts/lib/changes/summary.ts';
import { EDITIONS_TABLE, GOALS_TABLE, SPENDING_TABLE } from '../../src/lib/data/csv-schema.ts';
import { BASE_FILES, csv, type Rec } from '../helpers/changes-fixture.ts';

const layout: Layout = { top: '/repo', dataDir: 'data', contentDir: 'content' };
const side = (label: string, files: Rec): Snapshot => ({ label, files: new Map(Object.entries(files)) });
const PASSED: CheckOutcome = { status: 'passed' };
const edition = (date: string): Rec => ({ date, title: `Udgave ${date}`, note: '' });
const goal = (id: string): Rec => ({
  id,
  administration: 'BUF',
  budget_year: '2008',
  kind: 'aktivitetsmål',
  title: `Mål ${id}`,
  description: 'D.',
  area: 'uddannelse',
  status: 'ikke vurderet',
  source_document: '2009-9512',
  illustrative: 'ja',
});
const BEFORE: Rec = {
  ...BASE_FILES,
  'data/editions.csv': csv(EDITIONS_TABLE, [edition('2025-12-01'), edition('2026-12-01')]),
  'data/goals.csv': csv(GOALS_TABLE, [goal('buf-a'), goal('buf-b')]),
  'data/spending.csv': csv(SPENDING_TABLE, [
    { administration: 'BUF', budget_year: '2008', amount: '100', covers: 'Sprog', source: 'Budget 2008', illustrative: 'ja' },
  ]),
};

function warnings(after: Rec): string {
  const s = summariseChanges({
    layout,
    base: side('`main` (1234567)', BEFORE),
    head: side('arbejdskopien', after),
    check: PASSED,
    sitePathBase: '/',
  });
  const out = renderSummary(s, { base: '/', link: () => undefined, command: 'npm run changes -- main' });
  const start = out.indexOf('### ⚠️ Det bør en anmelder se på');
  return start < 0 ? '' : out.slice(start, out.indexOf('\n### ', start + 1));
}
const without = (...files: string[]): Rec => Object.fromEntries(Object.entries(BEFORE).filter(([f]) => !files.includes(f)));

describe('the change summary on deleted data files and removed editions', () => {
  it('says once that a deleted file takes all its editions, goals or spending with it', () => {
    const w = warnings(without('data/editions.csv', 'data/goals.csv', 'data/spending.csv'));
    expect(w).toContain(
      '- `data/editions.csv` er slettet: alle 2 udgaver forsvinder fra sitet, og daterede citater, der peger på dem, holder op med at virke.',
    );
    expect(w).toContain('- `data/goals.csv` er slettet: alle 2 mål forsvinder fra forvaltningernes sider');
    expect(w).toContain('- `data/spending.csv` er slettet: den eneste udgiftspost forsvinder.');
    // Not once more per goal.
    expect(w).not.toContain('Målet `buf-a`');
  });

  it('does not call an emptied file deleted, and warns per goal instead', () => {
    const w = warnings({ ...BEFORE, 'data/goals.csv': csv(GOALS_TABLE, []) });
    expect(w).not.toContain('er slettet');
    expect(w).toContain('Målet `buf-a` (`data/goals.csv`) er fjernet');
  });

  it('warns when a published edition is removed or re-dated, naming the page that goes', () => {
    const removed = warnings({ ...BEFORE, 'data/editions.csv': csv(EDITIONS_TABLE, [edition('2026-12-01')]) });
    expect(removed).toContain(
      '- Udgaven `2025-12-01` (`data/editions.csv`) er fjernet eller har fået en anden dato: siden `/udgaver/2025-12-01/` forsvinder',
    );
    expect(removed).not.toContain('2026-12-01');
    const redated = warnings({ ...BEFORE, 'data/editions.csv': csv(EDITIONS_TABLE, [edition('2025-12-02'), edition('2026-12-01')]) });
    expect(redated).toContain('Den nye dato `2025-12-02` får en ny adresse.');
  });

  it('says nothing when an edition is only added', () => {
    const w = warnings({
      ...BEFORE,
      'data/editions.csv': csv(EDITIONS_TABLE, [edition('2025-12-01'), edition('2026-12-01'), edition('2027-06-01')]),
    });
    expect(w).not.toContain('Udgaven');
    expect(w).not.toContain('er slettet');
  });
});
