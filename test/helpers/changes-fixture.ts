/**
 * A small barometer for the change-summary tests: six areas with one main indicator each, whose
 * statuses are known by hand, plus one letter, one conference with an idea, and the documents every
 * site has (the check requires them): the six area texts and the pages /om/ and /tilgaengelighed/.
 * The CSV header comes from the CSV schema, so a column added to the schema later keeps the fixture
 * valid, and /om/'s named sections come from PAGE_SECTIONS.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE, type TableSpec } from '../../src/lib/data/csv-schema.ts';
import { PAGE_SECTIONS } from '../../src/lib/page-text/page-sections.ts';
import { fixtureGitEnv } from './git-env.ts';

export type Rec = Record<string, string>;

/** A Danish Excel CSV (BOM, ";") with every column of the table; cells not given are empty. */
export function csv(spec: TableSpec, rows: readonly Rec[]): string {
  const names = spec.columns.map((c) => c.name);
  return `\uFEFF${[names.join(';'), ...rows.map((r) => names.map((n) => r[n] ?? '').join(';'))].join('\n')}\n`;
}

function indicator(id: string, area: string, title: string, extra: Rec): Rec {
  return {
    id,
    area,
    title,
    definition: `Definition af ${title}.`,
    unit: 'pct',
    direction: 'højere',
    main: 'ja',
    tolerance: '0,5',
    source: 'Testkilde A',
    illustrative: 'nej',
    coverage: 'alle københavnere',
    ...extra,
  };
}

/**
 * Statuses before any change (hand-computed with the rule in product.md):
 * - Beskæftigelse: 70,0 → 73,0, no target: grøn »På rette kurs«; trend 2022→2023 +1,0 fremgang.
 * - Bolig (lower is better): 30,0 (2014) → 24,0 (2023), target 20,0 in 2026: a = 6,0, r = 7,5,
 *   0,95·r = 7,125, so gul »Fremgang, men for langsomt«; trend 25,0 → 24,0 fremgang.
 * - Tryghed: 72,0 (2014) → 72,5 (2023), target 85,0 in 2025, tolerance 1: |a| ≤ 1, gul »Stilstand«.
 * - the other three: grøn by direction only.
 */
export const INDICATORS: Rec[] = [
  indicator('besk', 'beskaeftigelse', 'Beskæftigelse i alt', { baseline_period: '2014', baseline_value: '70,0' }),
  indicator('bolig-udsatte', 'bolig', 'Bor i udsatte boligområder', {
    direction: 'lavere',
    baseline_period: '2014',
    baseline_value: '30,0',
    target_period: '2026',
    target_value: '20,0',
  }),
  indicator('tryghed', 'tryghed', 'Tryghed i nabolaget', {
    baseline_period: '2014',
    target_period: '2025',
    target_value: '85,0',
    tolerance: '1',
  }),
  indicator('udd', 'uddannelse', 'Ungdomsuddannelse', { baseline_period: '2014' }),
  indicator('sundhed', 'sundhed-og-omsorg', 'Godt helbred', { baseline_period: '2014' }),
  indicator('kultur', 'kultur-og-fritid', 'Foreningsliv', { baseline_period: '2014' }),
  indicator('tryghed-sub', 'tryghed', 'Oplevet diskrimination', { main: 'nej', direction: 'lavere', baseline_period: '2014' }),
];

const m = (indicator: string, period: string, value: string, breakdown = ''): Rec => ({
  indicator,
  period,
  breakdown,
  value,
  source: 'Testkilde A',
});

export const MEASUREMENTS: Rec[] = [
  m('besk', '2014', '70,0'),
  m('besk', '2022', '72,0'),
  m('besk', '2023', '73,0'),
  m('bolig-udsatte', '2014', '30,0'),
  m('bolig-udsatte', '2022', '25,0'),
  m('bolig-udsatte', '2023', '24,0'),
  m('tryghed', '2014', '72,0'),
  m('tryghed', '2023', '72,5'),
  m('udd', '2014', '60,0'),
  m('udd', '2023', '65,0'),
  m('sundhed', '2014', '50,0'),
  m('sundhed', '2023', '55,0'),
  m('kultur', '2014', '40,0'),
  m('kultur', '2023', '45,0'),
  m('tryghed-sub', '2014', '20,0'),
  m('tryghed-sub', '2023', '18,0'),
  m('tryghed-sub', '2023', '19,0', 'Kvinder'),
];

export const LETTER_2009 = `---
title: Opsamling fra konferencen 2009
date: 2009-04-02
sagsnr: "2009-9512"
sender:
  name: Jakob Hougaard
  organisation: BIU
areas:
  - bolig
---

Tekst.
`;

export const CONFERENCE_2009 = `---
title: Integrationskonference 2009
year: 2009
status: afholdt
date: 2009-01-29
place: Københavns Rådhus
theme: Køn, kultur og ligestilling
letters:
  - 2009-04-02-opsamling
ideas:
  - id: sprogcafe
    title: Sprogcafé for mødre
    description: Mødre øver dansk sammen.
    areas: [uddannelse]
    responsible: [BUF]
    illustrative: true
---

Om konferencen.
`;

export const AREA_BOLIG = `---
area: bolig
goal: Færre skal bo samlet i udsatte boligområder.
---
`;

/** The other five areas' texts: short, as the summaries are not about them. */
const OTHER_AREAS: Rec = Object.fromEntries(
  ['beskaeftigelse', 'tryghed', 'uddannelse', 'sundhed-og-omsorg', 'kultur-og-fritid'].map((area) => [
    `content/areas/${area}.md`,
    `---\narea: ${area}\ngoal: Målet for området.\n---\n`,
  ]),
);

const PAGES: Rec = {
  'content/pages/om.md': `---\ntitle: Om barometret\ndescription: Hvordan barometret virker.\n---\n\nOm barometret.\n\n${PAGE_SECTIONS.om
    .map((id) => `## Afsnit ${id} {#${id}}\n\nTekst.\n`)
    .join('\n')}`,
  'content/pages/tilgaengelighed.md': '---\ntitle: Tilgængelighedserklæring\ndescription: Om sitets tilgængelighed.\n---\n\nTekst.\n',
};

export const BASE_FILES: Rec = {
  'data/indicators.csv': csv(INDICATORS_TABLE, INDICATORS),
  'data/measurements.csv': csv(MEASUREMENTS_TABLE, MEASUREMENTS),
  'content/letters/2009-04-02-opsamling.md': LETTER_2009,
  'content/conferences/2009.md': CONFERENCE_2009,
  'content/areas/bolig.md': AREA_BOLIG,
  ...OTHER_AREAS,
  ...PAGES,
};

/** Fixed dates: the same files give the same commit ids, so README's example can be compared. */
const gitEnv = () => fixtureGitEnv({ date: '2026-03-02T10:00:00+01:00' });

export function git(repo: string, args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8');
}

export function writeFiles(repo: string, files: Rec): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
}

/** Commit these files (paths from the top) on the current branch. */
export function commit(repo: string, files: Rec, message: string): void {
  writeFiles(repo, files);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message]);
}

/** A branch off main with one commit. */
export function branch(repo: string, name: string, files: Rec, message: string): void {
  git(repo, ['checkout', '-q', '-b', name, 'main']);
  commit(repo, files, message);
  git(repo, ['checkout', '-q', 'main']);
}

export function measurementsWith(change: (rows: Rec[]) => Rec[]): string {
  return csv(MEASUREMENTS_TABLE, change(MEASUREMENTS.map((r) => ({ ...r }))));
}

export function indicatorsWith(change: (rows: Rec[]) => Rec[]): string {
  return csv(INDICATORS_TABLE, change(INDICATORS.map((r) => ({ ...r }))));
}
