/**
 * `npm run check` as a process in GitHub Actions: every error as an annotation on stdout, the table
 * appended to $GITHUB_STEP_SUMMARY, and nothing at all outside Actions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run check in GitHub Actions', () => {
  const BROKEN = { BAROMETER_DATA_DIR: 'test/fixtures/data/many-errors', BAROMETER_CONTENT_DIR: 'test/fixtures/check/broken-content' };

  function run(env: Record<string, string>) {
    const clean: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GITHUB_')) clean[k] = v;
    return spawnSync(process.execPath, ['scripts/check.ts'], { env: { ...clean, ...BROKEN, ...env }, encoding: 'utf8' });
  }

  it('prints every error as an annotation on stdout and appends the table to $GITHUB_STEP_SUMMARY', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ib-summary-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Tidligere trin\n');
    try {
      const r = run({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
      expect(r.status).toBe(1);
      const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(annotations).toHaveLength(9);
      expect(annotations.every((l) => l.startsWith('::error file=test/fixtures/'))).toBe(true);
      expect(annotations).toContain(
        '::error file=test/fixtures/data/many-errors/measurements.csv,line=2,col=24,endColumn=26,title=Værdien er ikke et tal::værdien er ikke et tal (fik "abc", forventede et tal, fx 12,5)',
      );
      expect(annotations).toContain(
        '::error file=test/fixtures/data/many-errors/measurements.csv,line=16,col=1,endColumn=9,title=Rækken gentager linje 8%3A samme indikator%2C periode og opdeling::rækken gentager linje 8: samme indikator, periode og opdeling (fik "c-tryghed;2014;", forventede én række pr. indikator × periode × opdeling)',
      );
      expect(annotations).toContain(
        '::error file=test/fixtures/check/broken-content/letters/uden-dato.md,line=7,col=1,title=Feltet "date" mangler::feltet "date" mangler (forventede en dato som ÅÅÅÅ-MM-DD, fx date: 2009-04-02)',
      );
      const md = readFileSync(summary, 'utf8');
      expect(md.startsWith('# Tidligere trin\n## Tjek af data og indhold: 9 fejl i 4 filer\n')).toBe(true);
      expect(md.split('\n').filter((l) => l.startsWith('| `test/fixtures/'))).toHaveLength(9);
      // The editor's own output is the same as locally.
      expect(r.stderr).toContain(
        'test/fixtures/data/many-errors/measurements.csv:2:4: værdien er ikke et tal (fik "abc", forventede et tal, fx 12,5)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('locally prints no workflow command at all', () => {
    const r = run({});
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('::');
  });
});
