/**
 * npm run changes on a fixture git repository made here (git init, a base commit on main, one branch
 * per case), run as editors and the workflow run it: a child process in the repository, Markdown on
 * stdout. Spawns git and node, so it sits with the other integration-style tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AREA_BOLIG,
  BASE_FILES,
  branch,
  commit,
  git,
  indicatorsWith,
  LETTER_2009,
  measurementsWith,
  writeFiles,
} from '../helpers/changes-fixture.ts';

const SCRIPT = resolve('scripts/changes.ts');
const START = '<!-- eksempel: npm run changes (genereret af test/integration/changes-repo.test.ts) -->';
const END = '<!-- /eksempel -->';
const withoutShas = (s: string) => s.replace(/\([0-9a-f]{7}\)/g, '(…)');
let repo = '';

function changes(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GIT_') && !k.startsWith('GITHUB_') && !k.startsWith('BAROMETER_')) clean[k] = v;
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: repo, env: { ...clean, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NEW_LETTER = `---
title: Status for integrationsbarometret 2026
date: 2026-03-02
sagsnr: "2026-0012345"
sender:
  name: Anne Jensen
  organisation: BIF
recipients:
  - organisation: BIU
areas:
  - bolig
indicators:
  - bolig-udsatte
---

Forvaltningen fremsender hermed status.
`;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'ib-changes-'));
  git(repo, ['init', '-q', '-b', 'main']);
  commit(repo, BASE_FILES, 'Udgangspunkt');
  branch(
    repo,
    'rettet-tal',
    {
      'data/measurements.csv': measurementsWith((rows) =>
        rows.map((r) => (r.indicator === 'bolig-udsatte' && r.period === '2022' ? { ...r, value: '27,5' } : r)),
      ),
    },
    'Bolig 2022 revideret',
  );
  branch(
    repo,
    'ny-maaling',
    {
      'data/measurements.csv': measurementsWith((rows) => [
        ...rows,
        { indicator: 'tryghed', period: '2024', breakdown: '', value: '84,0', source: 'Testkilde A' },
      ]),
    },
    'Tryghed 2024',
  );
  branch(repo, 'nyt-brev', { 'content/letters/2026-03-02-status-2026.md': NEW_LETTER }, 'Nyt brev');
  branch(
    repo,
    'fejl',
    {
      'data/measurements.csv': measurementsWith((rows) =>
        rows.map((r) => (r.indicator === 'udd' && r.period === '2023' ? { ...r, value: '65,O' } : r)),
      ),
    },
    'Tastefejl',
  );
  // README's example: an editor adds Tryghed's 2024 value and corrects Bolig's 2022 value.
  branch(
    repo,
    'eksempel',
    {
      'data/measurements.csv': measurementsWith((rows) => [
        ...rows.map((r) => (r.indicator === 'bolig-udsatte' && r.period === '2022' ? { ...r, value: '27,5' } : r)),
        { indicator: 'tryghed', period: '2024', breakdown: '', value: '84,0', source: 'Testkilde A' },
      ]),
    },
    'Tryghed 2024; Bolig 2022 rettet',
  );
  // Excel's »CSV (semikolonsepareret)« is Windows-1252: on a branch off one whose file has the same text in UTF-8.
  const sourced = measurementsWith((rows) => rows.map((r) => ({ ...r, source: 'Testkilde (udtræk)' })));
  branch(repo, 'utf8', { 'data/measurements.csv': sourced }, 'Kilder');
  git(repo, ['checkout', '-q', '-b', 'ansi', 'utf8']);
  writeFileSync(join(repo, 'data/measurements.csv'), Buffer.from(sourced.replace(/^\uFEFF/, ''), 'latin1'));
  git(repo, ['commit', '-q', '-am', 'Gemt fra Excel som CSV (semikolonsepareret)']);
  git(repo, ['checkout', '-q', 'main']);
  git(repo, ['update-ref', 'refs/remotes/origin/main', 'main']);
  branch(
    repo,
    'kilde-og-maal',
    {
      'data/indicators.csv': indicatorsWith((rows) =>
        rows.map((r) => (r.id === 'tryghed' ? { ...r, target_value: '90,0', source: 'Testkilde B' } : r)),
      ),
    },
    'Nyt mål og ny kilde',
  );
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run changes on a fixture repository', () => {
  it('a revised value: old → new, the tolerance warning, and the trend behind Bolig', () => {
    const r = changes(['main', 'rettet-tal']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^## Hvad ændringen gør ved barometeret$/m);
    expect(r.out).toMatch(
      /^Sammenligner `rettet-tal` \([0-9a-f]{7}\) med `main` \([0-9a-f]{7}\)\. Ændrede data- og indholdsfiler: `data\/measurements\.csv`\.$/m,
    );
    expect(r.out).toContain('### ✅ Tjekket fandt ingen fejl');
    expect(r.out).toContain('- Rettet: 2022: 25,0\u00a0pct. → 27,5\u00a0pct.');
    expect(r.out).toContain(
      '- »Bor i udsatte boligområder« (`bolig-udsatte`), 2022: rettet fra 25,0\u00a0pct. til 27,5\u00a0pct. – en ændring på 2,5\u00a0procentpoint, mere end indikatorens tolerance på 0,5\u00a0procentpoint.',
    );
    // The status is unchanged (2023 is the latest value); the trend 2022 → 2023 now rests on 27,5.
    expect(r.out).toContain('| Bolig | 🟡 gul: Fremgang, men for langsomt (uændret) | Fremgang (uændret) |');
    expect(r.out).toContain(
      '- **Bolig**: Tendensen er den samme, men bygger nu på −3,5\u00a0procentpoint fra 2022 til 2023 (før −1,0\u00a0procentpoint fra 2022 til 2023).',
    );
    // Neither status nor trend label moves, so the indicator gets no status line of its own.
    expect(r.out).not.toContain('- Status:');
    expect(r.out).toContain('| Tryghed | 🟡 gul: Stilstand (uændret) | Stilstand (uændret) |');
    expect(r.out).toContain('- Vises på: indikatorens side `/indikatorer/bolig-udsatte/` · Bolig `/omraader/bolig/` · forsiden `/`');
    expect(r.out).not.toContain('### Dokumenter');
  });

  it('a new measurement that flips a status: Tryghed from yellow to green, with the reason in one sentence', () => {
    const r = changes(['main', 'ny-maaling']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('- Tilføjet: 2024: 84,0\u00a0pct.');
    expect(r.out).toContain('| Tryghed | 🟡 gul: Stilstand → 🟢 grøn: På rette kurs | Stilstand → Fremgang |');
    const reason = r.out.split('\n').find((l) => l.startsWith('- **Tryghed**:')) ?? '';
    expect(reason).toContain(
      'Hvorfor: Fra basisåret 2014 (72,0\u00a0pct.) til 2024 (84,0\u00a0pct.) er der sket en forbedring på 12,0\u00a0procentpoint; for at nå målet for 2025 skulle forbedringen nu være 11,82\u00a0procentpoint; 95 % af det er 11,23\u00a0procentpoint, så udviklingen følger tempoet.',
    );
    // One sentence: its only full stop is the last character before the trend's own sentence.
    const sentence = (reason.split('Hvorfor: ')[1] ?? '').split(' Tendens:')[0] ?? '';
    expect(sentence.endsWith('.')).toBe(true);
    expect(sentence.slice(0, -1)).not.toMatch(/\.\s/);
    expect(r.out).toContain('- Status: 🟡 gul: Stilstand → 🟢 grøn: På rette kurs. Tendens: Stilstand → Fremgang.');
    // Other areas are listed as unchanged and get no reason line.
    expect(r.out).toContain('| Beskæftigelse | 🟢 grøn: På rette kurs (uændret) | Fremgang (uændret) |');
    expect(r.out).not.toContain('- **Beskæftigelse**');
    expect(r.out).not.toContain('### ⚠️');
  });

  it('a new letter: listed with every page it will appear on', () => {
    const r = changes(['main', 'nyt-brev']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Data er ikke ændret, så status og tendens er de samme som før.');
    expect(r.out).toContain('- **Nyt brev**: »Status for integrationsbarometret 2026« (`content/letters/2026-03-02-status-2026.md`)');
    const places = r.out.split('\n').find((l) => l.startsWith('  - Vises på:')) ?? '';
    for (const p of [
      'brevets side `/breve/2026-03-02-status-2026/`',
      'forsiden `/`',
      'Breve fra 2026 `/breve/aar/2026/`',
      'Beskæftigelses- og Integrationsudvalget (BIU/BIF) `/breve/udvalg/beskaeftigelse-og-integration/`',
      '`/breve/udvalg/beskaeftigelse-og-integration/2026/`',
      'Bolig `/omraader/bolig/`',
      'Bor i udsatte boligområder `/indikatorer/bolig-udsatte/`',
    ])
      expect(places).toContain(p);
    expect(places).not.toContain('/tryghed/');
  });

  it('a broken file: the summary says the check failed and lists every error with file, line and column', () => {
    const r = changes(['main', 'fejl']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('### ❌ Tjekket fandt 1 fejl i 1 fil');
    expect(r.out).toContain('Ændringen kan ikke udgives, før fejlene er rettet.');
    expect(r.out).toContain('| Fil | Linje | Kolonne | Fejl |');
    expect(r.out).toContain('| `data/measurements.csv` | 11 | 4 | værdien er ikke et tal (fik "65,O", forventede et tal, fx 12,5) |');
    expect(r.out).toContain('Status og tendens efter ændringen kan ikke beregnes, før fejlene i data er rettet.');
    // The value is still shown, as written, so the reviewer sees what the editor meant to do – but not as a revision.
    expect(r.out).toContain('- Ugyldig værdi – se fejlen ovenfor: 2023: 65,O (før 65,0\u00a0pct.)');
    expect(r.out).not.toContain('- Rettet:');
  });

  it('a commit with a file saved as Windows-1252: the check sees the bytes as committed, and no cell is compared', () => {
    const r = changes(['utf8', 'ansi']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| `data\/measurements\.csv` \| \d+ \| \d+ \| filen er gemt som Windows-1252\/Latin-1 \(ANSI\), ikke UTF-8/);
    expect(r.out).toMatch(
      /Tjekket kan ikke læse `data\/measurements\.csv` \(fejlen i linje \d+ ovenfor\), så tallene i filen kan ikke sammenlignes/,
    );
    expect(r.out).not.toContain('Kilde ændret');
    expect(r.out).not.toContain('kilden til');
  });

  it('on GitHub the errors link to their line in the commit the workflow checked', () => {
    const r = changes(['main', 'fejl'], {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'kk/barometer',
      GITHUB_SHA: 'abc123',
      GITHUB_ACTIONS: 'true',
    });
    expect(r.out).toContain('| [data/measurements.csv](https://github.com/kk/barometer/blob/abc123/data/measurements.csv#L11) | 11 | 4 |');
    // The summary's own check is silent towards Actions: the workflow's check step annotates once.
    expect(r.out).not.toContain('::error');
  });

  it("the check on that branch in GitHub Actions: the annotation README shows, on the value's characters", () => {
    git(repo, ['checkout', '-q', 'fejl']);
    try {
      const r = spawnSync(process.execPath, [resolve('scripts/check.ts')], {
        cwd: repo,
        env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' },
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      const line = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(line).toEqual([
        '::error file=data/measurements.csv,line=11,col=11,endColumn=14,title=Værdien er ikke et tal::værdien er ikke et tal (fik "65,O", forventede et tal, fx 12,5)',
      ]);
      expect(readFileSync('README.md', 'utf8')).toContain(`\`${line[0]}\``);
    } finally {
      git(repo, ['checkout', '-q', 'main']);
    }
  });

  it('a target and a source changed: warnings for the reviewer', () => {
    const r = changes(['main', 'kilde-og-maal']);
    expect(r.out).toContain('- »Tryghed i nabolaget« (`tryghed`): mål ændret (`target_value`: 85,0 → 90,0).');
    expect(r.out).toContain('- »Tryghed i nabolaget« (`tryghed`): kilde ændret (`source`: Testkilde A → Testkilde B).');
  });

  it('the working tree, from where the branch left main, even after main has moved on', () => {
    git(repo, ['checkout', '-q', '-b', 'arbejde', 'main']);
    try {
      // main moves on after the branch: its new letter must not show up as removed here.
      git(repo, ['checkout', '-q', 'main']);
      commit(repo, { 'content/letters/2009-05-01-senere.md': LETTER_2009.replace('2009-04-02', '2009-05-01') }, 'Senere brev på main');
      git(repo, ['checkout', '-q', 'arbejde']);
      writeFiles(repo, { 'content/areas/bolig.md': AREA_BOLIG.replace('Færre skal', 'Langt færre skal') });
      const r = changes(['main']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Sammenligner arbejdskopien med `main`, som den var, da ændringen gik ud fra den \([0-9a-f]{7}\)\./m);
      expect(r.out).toContain(
        '- **Ændret mål for et indsatsområde**: »Langt færre skal bo samlet i udsatte boligområder.« (`content/areas/bolig.md`): feltet `goal` ændret',
      );
      expect(r.out).toContain('  - Vises på: Bolig `/omraader/bolig/`');
      expect(r.out).not.toContain('senere');
    } finally {
      git(repo, ['checkout', '-q', '-f', 'main']);
    }
  });

  it('README shows the summary this command prints for an example pull request', () => {
    git(repo, ['checkout', '-q', 'eksempel']);
    let out: string;
    try {
      // As the workflow runs it: the pull request checked out, compared with origin/main.
      out = changes(['origin/main'], { GITHUB_EVENT_NAME: 'pull_request' }).out;
    } finally {
      git(repo, ['checkout', '-q', 'main']);
    }
    expect(out).toContain('Sammenligner pull requesten med `origin/main`');
    const block = `${START}\n${out
      .trimEnd()
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n')}\n${END}`;
    const readme = readFileSync('README.md', 'utf8');
    const at = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(at, `README.md needs a block ${START} … ${END}`).toBeGreaterThan(0);
    const current = readme.slice(at, end + END.length);
    // UPDATE_README=1 writes the block; otherwise README must match (commit ids may differ).
    if (process.env.UPDATE_README === '1') writeFileSync('README.md', readme.replace(current, block));
    else expect(withoutShas(current)).toBe(withoutShas(block));
  });

  it('an unknown base: a Danish message and exit code 2, no stack trace', () => {
    const r = changes(['findes-ikke']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim()).toBe(
      'Kan ikke finde »findes-ikke« i git. Hent grenen med »git fetch origin findes-ikke«, eller skriv en gren, der findes, fx »npm run changes -- origin/main«.',
    );
    const help = changes(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Brug: npm run changes -- \[<gren>\] \[<commit>\]\n/);
  });

  it('a commit that does not exist gets advice for a commit, not for a branch', () => {
    const sha = changes(['main', 'abc1234']);
    expect(sha.code).toBe(2);
    expect(sha.err.trim()).toBe(
      "Kan ikke finde commit'en »abc1234« i git. Tjek, at id'et er skrevet rigtigt (de seneste commits står i »git log --oneline«); er commit'en lavet et andet sted, så hent den først med »git fetch origin«.",
    );
    const named = changes(['main', 'findes-ikke-commit']);
    expect(named.code).toBe(2);
    expect(named.err).toMatch(/^Kan ikke finde »findes-ikke-commit« i git – hverken som gren, tag eller commit\./);
    expect(named.err).not.toMatch(/^Hent grenen/m);
  });

  it('arguments it does not take are refused with the usage, not ignored', () => {
    for (const [args, first] of [
      [['main', 'HEAD', 'ekstra'], 'Kommandoen tager højst en gren og en commit, men fik også »ekstra«.'],
      [['main', '--stat'], 'Kommandoen kender ikke »--stat«.'],
    ] as const) {
      const r = changes([...args]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(
        new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nBrug: npm run changes -- \\[<gren>\\] \\[<commit>\\]\n`),
      );
    }
  });

  it('outside a git checkout: says so in Danish, exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ib-no-git-'));
    try {
      const r = spawnSync(process.execPath, [SCRIPT, 'main'], {
        cwd: dir,
        env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() },
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe('Her er ingen git-historik at sammenligne med. Kør kommandoen i en kopi af projektet (git clone).');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
