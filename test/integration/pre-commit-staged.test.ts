/**
 * The pre-commit hook checks what is staged, not the working tree (attacker report U8): a letter
 * staged with a javascript: link and then fixed on disk without `git add` is refused, a file only on
 * disk (untracked) does not count, and the working tree is left exactly as it was. What is staged
 * reaches the check as it is: a data file staged as a symbolic link stays one (and is refused unread),
 * a deleted page is missed, and a name that is not UTF-8 is named, not a stack trace. The hook of this
 * working tree (scripts/pre-commit.ts) runs in a repository of its own holding a copy of the content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGitEnv } from '../helpers/git-env.ts';

const dir = mkdtempSync(join(tmpdir(), 'ib-staged-'));
const repo = join(dir, 'repo');
const env = fixtureGitEnv({ withoutNpm: true });
const LETTER = 'content/letters/2009-01-01-staged.md';
const GOOD = '---\ntitle: Et brev\ndate: 2009-01-01\nsagsnr: "2009-1"\n---\n\nSe [kommunen](https://www.kk.dk).\n';
const BAD = GOOD.replace('https://www.kk.dk', 'javascript:alert(1)');

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
const hook = () => run(process.execPath, [join(repo, 'scripts/pre-commit.ts')]);

beforeAll(() => {
  for (const folder of ['content', 'data', 'public']) cpSync(folder, join(repo, folder), { recursive: true });
  // The code of this working tree, not of the last commit.
  for (const link of ['scripts', 'src', 'node_modules']) symlinkSync(resolve(link), join(repo, link), 'dir');
  writeFileSync(join(repo, '.gitignore'), '/scripts\n/src\n/node_modules\n');
  expect(run('git', ['init', '-q']).code).toBe(0);
  run('git', ['add', '-A']);
  expect(run('git', ['commit', '-q', '-m', 'Start']).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pre-commit hook: the staged version is checked', () => {
  it('refuses a bad letter that was fixed on disk but not staged again', { timeout: 60_000 }, () => {
    writeFileSync(join(repo, LETTER), BAD);
    run('git', ['add', LETTER]);
    writeFileSync(join(repo, LETTER), GOOD);
    const r = hook();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${LETTER}:7:4:`);
    expect(r.out).toContain('javascript:alert(1)');
    expect(r.out).toContain('Tjekket læser den version, der committes');
    expect(r.out).toContain('Committen er afvist');
    // The working tree is untouched, and the hook leaves no copy behind.
    expect(readFileSync(join(repo, LETTER), 'utf8')).toBe(GOOD);
    expect(readdirSync(join(repo, 'node_modules/.cache/integrationsbarometer')).filter((f) => f.startsWith('pre-commit-'))).toEqual([]);
  });

  it('accepts a good staged letter although the disk copy is bad, and ignores untracked files', { timeout: 60_000 }, () => {
    writeFileSync(join(repo, LETTER), GOOD);
    run('git', ['add', LETTER]);
    writeFileSync(join(repo, LETTER), BAD);
    // Not part of the commit: a stray file the check would otherwise report.
    writeFileSync(join(repo, 'content/letters/noter.txt'), 'kladde\n');
    const r = hook();
    expect(r.out).not.toContain('javascript:alert(1)');
    expect(r.out).not.toContain('noter.txt');
    expect(r.code).toBe(0);
    expect(existsSync(join(repo, 'content/letters/noter.txt'))).toBe(true);
  });

  /** Back to the first commit, with nothing staged or left over. */
  const clean = () => {
    run('git', ['reset', '-q', '--hard']);
    run('git', ['clean', '-q', '-fd', '--', 'content', 'data', 'public']);
  };

  it('refuses a staged data file that is a symbolic link, without reading what it points to', { timeout: 60_000 }, () => {
    clean();
    rmSync(join(repo, 'data/editions.csv'));
    symlinkSync('/proc/self/environ', join(repo, 'data/editions.csv'));
    run('git', ['add', 'data/editions.csv']);
    const r = spawnSync(process.execPath, [join(repo, 'scripts/pre-commit.ts')], {
      cwd: repo,
      env: { ...env, CANARY_SECRET: 'kanariefugl-i-miljoeet' },
      encoding: 'utf8',
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status).toBe(1);
    expect(out).toContain('data/editions.csv:1:1: filen er en genvej (symbolsk link)');
    expect(out).toContain('(fik "/proc/self/environ"');
    expect(out).not.toMatch(/kanariefugl|PATH=|ukendt kolonne/);
    expect(out).toContain('Committen er afvist');
    clean();
  });

  it('refuses a commit that deletes a page the site is built from', { timeout: 60_000 }, () => {
    clean();
    run('git', ['rm', '-q', 'content/pages/om.md', 'content/areas/bolig.md']);
    const r = hook();
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/pages/om.md:1:1: filen mangler: den er teksten på siden /om/');
    expect(r.out).toContain('content/areas/bolig.md:1:1: filen mangler');
    expect(r.out).toContain('Committen er afvist');
    clean();
  });

  it('refuses a staged file whose name is not UTF-8, naming it, without a stack trace', { timeout: 60_000 }, () => {
    clean();
    const name = Buffer.concat([Buffer.from(join(repo, 'content/letters/2009-01-01-')), Buffer.from([0xff]), Buffer.from('.md')]);
    writeFileSync(name, GOOD);
    run('git', ['add', 'content/letters']);
    const r = hook();
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/letters/2009-01-01-\\xff.md:1:1: filens navn er ikke skrevet i UTF-8');
    expect(r.out).not.toMatch(/\n\s+at |ENOENT|Node\.js v/);
    expect(r.out).toContain('Committen er afvist');
    clean();
  });
});
