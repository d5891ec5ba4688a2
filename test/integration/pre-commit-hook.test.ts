/**
 * The installed hook end to end, in a clone of this repository: `npm run prepare` installs it,
 * a commit with a broken measurement is refused with the check's file:line:column message, the
 * fixed file commits, and a commit without data or content does not run the check at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureGitEnv } from '../helpers/git-env.ts';

const dir = mkdtempSync(join(tmpdir(), 'ib-hook-'));
const repo = join(dir, 'repo');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = fixtureGitEnv({ withoutNpm: true });

function run(cmd: string, args: string[], cwd = repo) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('pre-commit hook', () => {
  it('is installed by npm run prepare and guards commits', { timeout: 60_000 }, () => {
    expect(run('git', ['clone', '-q', '--depth', '1', `file://${process.cwd()}`, repo], dir).code).toBe(0);
    symlinkSync(resolve('node_modules'), join(repo, 'node_modules'), 'dir');
    const prepare = run('npm', ['run', '--silent', 'prepare']);
    expect(prepare.code).toBe(0);
    expect(readFileSync(join(repo, '.git/hooks/pre-commit'), 'utf8')).toContain('npm run --silent hook:pre-commit');

    const file = join(repo, 'data/measurements.csv');
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n');
    const cells = lines[1]!.split(';');
    const good = cells[3]!;
    cells[3] = '12,x';
    lines[1] = cells.join(';');
    writeFileSync(file, lines.join('\n'));
    run('git', ['add', 'data/measurements.csv']);
    const refused = run('git', ['commit', '-m', 'Ødelagt værdi']);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('data/measurements.csv:2:4: værdien er ikke et tal (fik "12,x"');
    expect(refused.out).toContain('Committen er afvist');

    // Put the value back and change the free-text note, so the file differs from HEAD and is valid.
    cells[3] = good;
    cells[lines[0]!.trim().split(';').indexOf('note')] = 'Rettet efter fejl';
    lines[1] = cells.join(';');
    writeFileSync(file, lines.join('\n'));
    run('git', ['add', 'data/measurements.csv']);
    const accepted = run('git', ['commit', '-m', 'Rettet']);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('Tjekker data/measurements.csv før commit');

    writeFileSync(join(repo, 'noter.txt'), 'ikke data\n');
    run('git', ['add', 'noter.txt']);
    const plain = run('git', ['commit', '-m', 'Noter']);
    expect(plain.code).toBe(0);
    expect(plain.out).not.toContain('Tjekker');
  });
});
