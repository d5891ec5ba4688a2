/**
 * The change summary covers goals.csv and spending.csv: their rows added, changed and removed (the
 * generic table diff on the primary key) and warnings for the reviewer when a goal's page goes or
 * moves, or when a goal or an amount loses its »Eksempeldata« mark.
 */
import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../../scripts/lib/changes/check-outcome.ts';
import { renderSummary } from '../../scripts/lib/changes/render-summary.ts';
import type { Layout, Snapshot } from '../../scripts/lib/changes/snapshot.ts';
import { summariseChanges } from '../../scripts/lib/changes/summary.ts';
import { GOALS_TABLE, SPENDING_TABLE } from '../../src/lib/data/csv-schema.ts';
import { BASE_FILES, csv, type Rec } from '../helpers/changes-fixture.ts';

const layout: Layout = { top: '/repo', dataDir: 'data', contentDir: 'content' };
const side = (label: string, files: Rec): Snapshot => ({ label, files: new Map(Object.entries(files)) });
const PASSED: CheckOutcome = { status: 'passed' };
const goal = (id: string, administration: string, extra: Rec = {}): Rec => ({
  id,
  administration,
  budget_year: '2008',
  kind: 'aktivitetsmål',
  title: `Mål ${id}`,
  description: 'D.',
  area: 'uddannelse',
  status: 'ikke vurderet',
  source_document: '2009-9512',
  illustrative: 'ja',
  ...extra,
});
const spend = (administration: string, amount: string, extra: Rec = {}): Rec => ({
  administration,
  budget_year: '2008',
  amount,
  covers: 'Sprog',
  source: 'Illustrative eksempeldata – ikke en rigtig måling',
  illustrative: 'ja',
  ...extra,
});
const BEFORE = {
  ...BASE_FILES,
  'data/goals.csv': csv(GOALS_TABLE, [goal('buf-a', 'BUF'), goal('buf-b', 'BUF'), goal('sof-c', 'SOF')]),
  'data/spending.csv': csv(SPENDING_TABLE, [spend('BUF', '100')]),
};

function render(after: Rec): string {
  const s = summariseChanges({
    layout,
    base: side('`main` (1234567)', BEFORE),
    head: side('arbejdskopien', after),
    check: PASSED,
    sitePathBase: '/',
  });
  return renderSummary(s, { base: '/', link: () => undefined, command: 'npm run changes -- main' });
}

describe('the change summary on goals and spending', () => {
  const out = render({
    ...BEFORE,
    'data/goals.csv': csv(GOALS_TABLE, [
      goal('buf-a', 'BUF', { illustrative: 'nej', status: 'opfyldt', status_text: 'Nået.' }),
      goal('sof-c', 'BIF'),
      goal('kff-d', 'KFF'),
    ]),
    'data/spending.csv': csv(SPENDING_TABLE, [spend('BUF', '250', { illustrative: 'nej', source: 'Budget 2008' }), spend('KFF', '10')]),
  });

  it('lists the rows added, changed and removed in each file', () => {
    expect(out).toContain('### Forvaltningernes mål (`data/goals.csv`)');
    expect(out).toContain('- Tilføjet: kff-d');
    expect(out).toContain('- Fjernet: buf-b');
    expect(out).toMatch(/- Ændret: buf-a: .*`status`: ikke vurderet → opfyldt/);
    expect(out).toContain('### Integrationsudgifter (`data/spending.csv`)');
    expect(out).toContain('- Tilføjet: KFF · 2008 · Sprog');
    expect(out).toMatch(/- Ændret: BUF · 2008 · Sprog: `amount`: 100 → 250/);
  });

  it("warns when a goal's page goes or moves and when an example mark is removed", () => {
    const warnings = out.slice(out.indexOf('### ⚠️ Det bør en anmelder se på'), out.indexOf('### Indsatsområder'));
    expect(warnings).toContain(
      '- Målet `buf-a` (`data/goals.csv`): mærket som eksempeldata er fjernet (`illustrative`: ja → nej). Det vises nu som forvaltningens rigtige mål; tjek kilden.',
    );
    expect(warnings).toContain(
      '- Målet `sof-c` (`data/goals.csv`) har fået en anden forvaltning: adressen skifter fra `/forvaltninger/social/sof-c/` til `/forvaltninger/beskaeftigelse-og-integration/sof-c/`, og links til den gamle adresse holder op med at virke.',
    );
    expect(warnings).toContain(
      '- Målet `buf-b` (`data/goals.csv`) er fjernet: siden `/forvaltninger/boerne-og-ungdom/buf-b/` forsvinder, og links til den holder op med at virke.',
    );
    expect(warnings).toContain(
      '- Udgiften `BUF · 2008 · Sprog` (`data/spending.csv`): mærket som eksempeldata er fjernet (`illustrative`: ja → nej). Det vises nu som forvaltningens rigtige udgift; tjek kilden.',
    );
  });

  it('says nothing about goals when they are unchanged', () => {
    expect(render(BEFORE)).not.toContain('data/goals.csv');
  });
});
