/**
 * npm run check as editors and the pre-commit hook run it: a child process, exit code, messages,
 * summary, and never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** As editors run it (`npx node`), or straight on this Node 24 (same script, faster) for the other cases. */
function runCheck(env: Record<string, string>, args: string[] = [], viaNpx = false): { code: number | null; out: string; err: string } {
  const [cmd, pre] = viaNpx ? ['npx', ['node']] : [process.execPath, []];
  const r = spawnSync(cmd, [...pre, 'scripts/check.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const BROKEN = { BAROMETER_DATA_DIR: 'test/fixtures/data/many-errors', BAROMETER_CONTENT_DIR: 'test/fixtures/check/broken-content' };
const NO_TRACE = /\n\s+at |Error:|node:internal/;
const FOLDERS = 'test/fixtures/safety/folders';

describe('scripts/check.ts', () => {
  it('passes on the real data and content with a summary line', () => {
    const r = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: 'content' });
    expect(r.code).toBe(0);
    // indicators.csv, measurements.csv and editions.csv, and the administrations' goals.csv and spending.csv.
    expect(r.out).toMatch(/^Data i data\/: 5 CSV-filer, \d+ rækker, 0 fejl$/m);
    expect(r.out).toMatch(/^Indhold i content\/: \d+ dokumenter, 0 fejl$/m);
    expect(r.out).toMatch(/^Tjekkede 5 CSV-filer \(\d+ rækker\) og \d+ dokumenter på \d+,\d s: ingen fejl$/m);
  });

  it('reports a file in data/ the site does not read, such as a spreadsheet copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-stray-data-'));
    cpSync('data', join(dir, 'data'), { recursive: true });
    cpSync('data/measurements.csv', join(dir, 'data', 'measurements (1).csv'));
    writeFileSync(join(dir, 'data', 'noter.txt'), 'husk at rette 2024\n');
    try {
      const r = runCheck({ BAROMETER_DATA_DIR: join(dir, 'data'), BAROMETER_CONTENT_DIR: 'content' });
      expect(r.code).toBe(1);
      expect(r.err).toContain('measurements (1).csv:1:1: filen bliver ikke læst: den ligner en kopi af measurements.csv');
      expect(r.err).toContain('noter.txt:1:1: filen bliver ikke læst: sitet læser kun sine faste datafiler');
      expect(r.err).not.toMatch(NO_TRACE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 on a broken fixture and prints every error, data and content, without a stack trace', () => {
    const r = runCheck(BROKEN, [], true);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    expect(lines).toEqual([
      'test/fixtures/check/broken-content/conferences/2009.md:8:20: ukendt brev (fik "findes-ikke", forventede navnet på en fil i content/letters uden .md)',
      'test/fixtures/check/broken-content/letters/uden-dato.md:6:3: ukendt udvalg eller forvaltning i "sender.organisation" (fik "BIUX", forventede "ØU", "BUU", "KFU", "SUU", "SOU", "TMU", "BIU", "ØKF", "BUF", "KFF", "SUF", "SOF", "TMF" eller "BIF")',
      'test/fixtures/check/broken-content/letters/uden-dato.md:7:1: feltet "date" mangler (forventede en dato som ÅÅÅÅ-MM-DD, fx date: 2009-04-02)',
      'test/fixtures/check/broken-content/letters/uden-dato.md:9:11: rå <script> er ikke tilladt i teksten (fik "<script>", forventede almindelig Markdown; <script> fjernes med sit indhold)',
      'test/fixtures/data/many-errors/indicators.csv:3:5: ukendt enhed (fik "kroner", forventede "pct", "procentpoint", "antal", "indeks" eller "pr-1000-indbyggere")',
      'test/fixtures/data/many-errors/indicators.csv:6:13: tolerancen kan ikke være negativ (fik "-2", forventede et tal på 0 eller mere, fx 0,5)',
      'test/fixtures/data/many-errors/measurements.csv:2:4: værdien er ikke et tal (fik "abc", forventede et tal, fx 12,5)',
      'test/fixtures/data/many-errors/measurements.csv:9:2: perioden kan ikke læses (fik "i år", forventede et år som 2014, et kvartal som 2014K1 eller en måned som 2014-03)',
      'test/fixtures/data/many-errors/measurements.csv:16:1: rækken gentager linje 8: samme indikator, periode og opdeling (fik "c-tryghed;2014;", forventede én række pr. indikator × periode × opdeling)',
    ]);
    expect(r.err).toContain('9 fejl i 4 filer – intet er udgivet.');
    // Three documents with errors, and the pages and area texts every content folder has.
    expect(r.out).toContain('Indhold i test/fixtures/check/broken-content/: 11 dokumenter, 4 fejl');
    expect(r.out + r.err).not.toMatch(NO_TRACE);
  });

  it('checks only the files it is given, still loading what cross-checks need', () => {
    const r = runCheck(BROKEN, ['--', 'test/fixtures/check/broken-content/letters/gyldigt.md', 'README.md']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Tjekkede 1 dokument på \d+,\d s: ingen fejl$/m);
    expect(r.out).not.toContain('Data i');

    const conference = runCheck(BROKEN, ['test/fixtures/check/broken-content/conferences/2009.md']);
    expect(conference.code).toBe(1);
    expect(conference.err).toContain('conferences/2009.md:8:20: ukendt brev (fik "findes-ikke"');
    expect(conference.err).toContain('1 fejl i 1 fil – intet er udgivet.');

    const data = runCheck(BROKEN, ['test/fixtures/data/many-errors/measurements.csv']);
    expect(data.code).toBe(1);
    expect(data.err).toContain('5 fejl i 2 filer – intet er udgivet.');
  });

  it('reports a file in the content folder that would not be published, also when given alone (pre-commit)', () => {
    const dir = join(FOLDERS, 'not-markdown/content');
    const given = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: dir }, [`${dir}/letters/brev.md.txt`]);
    expect(given.code).toBe(1);
    expect(given.err.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l))).toEqual([
      `${dir}/letters/brev.md.txt:1:1: filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider (fik "brev.md.txt", forventede et navn, der ender på .md (fx brev.md))`,
    ]);
    const all = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: dir });
    expect(all.code).toBe(1);
    // The six files, and the six area texts and two pages the fixture (only letters/) lacks.
    expect(all.err).toContain('14 fejl i 14 filer – intet er udgivet.');
    expect(all.out + all.err).not.toMatch(NO_TRACE);
  });

  it('prints one line per error, also for a file name with a line break (shown as \\n)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    mkdirSync(join(dir, 'letters'), { recursive: true });
    const file = join(dir, 'letters', 'brev\nnavn.md');
    writeFileSync(file, 'ingen front matter\n');
    const r = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: dir }, [file]);
    rmSync(dir, { recursive: true });
    expect(r.code).toBe(1);
    // Every line but the summary is an error of that file: none broken in two.
    const block = r.err.split('\n').filter((l) => l !== '' && !/^\d+ fejl i \d+ fil/.test(l));
    expect(block).toHaveLength(2);
    for (const line of block) expect(line).toMatch(new RegExp(`^${dir}/letters/brev\\\\nnavn\\.md:\\d+:\\d+: `));
  });

  it('checks the named sections of /om/ before the build, at their lines (attacker report U2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    cpSync('content', dir, { recursive: true });
    const om = join(dir, 'pages', 'om.md');
    const text = readFileSync(om, 'utf8');
    writeFileSync(om, text.replace(' {#status}', '').replace('{#tendens}', '{#tendensen}'));
    const r = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: dir });
    rmSync(dir, { recursive: true });
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${om}:${line('{#efter-regeltabellen}')}:1: afsnittet {#status} mangler`);
    expect(r.err).toContain(`${om}:${line('{#tendens}')}:`);
    expect(r.err).toContain('ukendt afsnitsnavn – mente du {#tendens}? (fik "{#tendensen}"');
    expect(r.err).toContain('2 fejl i 1 fil');
  });

  it('refuses a data file that is a link or a folder before reading it: no secret reaches the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-linked-data-'));
    const data = join(dir, 'data');
    cpSync('data', data, { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'hemmelig-foerste-linje\n');
    cpSync('data/measurements.csv', join(dir, 'elsewhere.csv'));
    for (const [file, target] of [
      ['editions.csv', '/proc/self/environ'],
      ['spending.csv', join(dir, 'secret.txt')],
      ['measurements.csv', join(dir, 'elsewhere.csv')],
    ] as const) {
      rmSync(join(data, file));
      symlinkSync(target, join(data, file));
    }
    rmSync(join(data, 'goals.csv'));
    mkdirSync(join(data, 'goals.csv'));
    try {
      const r = runCheck({ BAROMETER_DATA_DIR: data, BAROMETER_CONTENT_DIR: 'content', CANARY_SECRET: 'kanariefugl-i-miljoeet' });
      expect(r.code).toBe(1);
      const genvej = 'filen er en genvej (symbolsk link): sitet ville udgive det, den peger på, uden at tjekket har læst det';
      for (const file of ['editions.csv', 'spending.csv', 'measurements.csv']) expect(r.err).toContain(`${data}/${file}:1:1: ${genvej}`);
      expect(r.err).toContain(`${data}/goals.csv:1:1: goals.csv er en mappe, ikke en almindelig fil`);
      expect(r.out + r.err).not.toMatch(/kanariefugl|hemmelig|PATH=|ukendt kolonne/);
      expect(r.out + r.err).not.toMatch(NO_TRACE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a page or an area text the build needs that is gone, also when the hook gives just that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-required-'));
    cpSync('content', dir, { recursive: true });
    rmSync(join(dir, 'pages', 'om.md'));
    rmSync(join(dir, 'areas', 'bolig.md'));
    try {
      const r = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: dir });
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${dir}/pages/om.md:1:1: filen mangler: den er teksten på siden /om/`);
      expect(r.err).toContain(
        `${dir}/areas/bolig.md:1:1: filen mangler: den er områdets tekst med integrationspolitikkens mål for »Bolig«`,
      );
      expect(r.err).toContain('2 fejl i 2 filer');
      const given = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: dir }, [join(dir, 'pages', 'om.md')]);
      expect(given.code).toBe(1);
      expect(given.err).toContain('1 fejl i 1 fil');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a name that is not UTF-8 in content/, a letter's folder and public/bilag/ instead of stopping", () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-names-'));
    for (const folder of ['content', 'data', 'public']) cpSync(folder, join(dir, folder), { recursive: true });
    const raw = (path: string, bytes: number[], after: string) =>
      Buffer.concat([Buffer.from(join(dir, path)), Buffer.from(bytes), Buffer.from(after)]);
    writeFileSync(
      raw('content/letters/2008-01-01-', [0xff], '.md'),
      readFileSync('content/letters/2009-04-02-opsamling-integrationskonference-2009.md'),
    );
    mkdirSync(join(dir, 'content/letters/2009-04-02-opsamling-integrationskonference-2009'));
    writeFileSync(raw('content/letters/2009-04-02-opsamling-integrationskonference-2009/bilag-', [0xfe], '.pdf'), '%PDF-1.4\n');
    mkdirSync(join(dir, 'public', 'bilag'), { recursive: true });
    writeFileSync(raw('public/bilag/', [0xfe], '.png'), 'png');
    try {
      // The check reads public/ where it runs.
      const r = spawnSync(process.execPath, [join(process.cwd(), 'scripts/check.ts')], {
        cwd: dir,
        env: { ...process.env, BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: 'content', ASTRO_CACHE_DIR: join(dir, 'cache') },
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('content/letters/2008-01-01-\\xff.md:1:1: filens navn er ikke skrevet i UTF-8');
      expect(r.stderr).toContain('content/letters/2009-04-02-opsamling-integrationskonference-2009/bilag-\\xfe.pdf:1:1: filens navn');
      expect(r.stderr).toContain('public/bilag/\\xfe.png:1:1: filens navn er ikke skrevet i UTF-8');
      expect(r.stderr).not.toContain('Tjekket stoppede uventet');
      expect(r.stdout + r.stderr).not.toMatch(NO_TRACE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns an unexpected failure into one friendly line', () => {
    // A content folder setting that names a file: listing it fails inside the check itself.
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    writeFileSync(join(dir, 'content'), 'ikke en mappe\n');
    const r = runCheck({ BAROMETER_DATA_DIR: 'data', BAROMETER_CONTENT_DIR: join(dir, 'content') });
    rmSync(dir, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Tjekket stoppede uventet: ENOTDIR/m);
    expect(r.err).toContain('Kontakt en udvikler.');
    expect(r.out + r.err).not.toMatch(NO_TRACE);
  });
});
