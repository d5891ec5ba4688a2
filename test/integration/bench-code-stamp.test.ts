import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeChanges, codeStamp } from '../../scripts/lib/bench/code-stamp.ts';
import { judge } from '../../scripts/lib/bench/budgets.ts';

const repo = mkdtempSync(join(tmpdir(), 'ib-code-stamp-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('codeStamp', () => {
  it('changes with a commit, an edited build file and a new one, and not with content', () => {
    git('init', '-q');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'Test');
    mkdirSync(join(repo, 'src'));
    mkdirSync(join(repo, 'content'));
    writeFileSync(join(repo, 'src', 'page.ts'), 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    const first = codeStamp(repo);
    expect(first).toMatch(/^[0-9a-f]{12}\+[0-9a-f]{12}$/);
    expect(codeStamp(repo)).toBe(first);

    // An editor's letter is what the benchmark changes on purpose: not code.
    writeFileSync(join(repo, 'content', 'brev.md'), 'Tekst\n');
    expect(codeStamp(repo)).toBe(first);

    writeFileSync(join(repo, 'src', 'page.ts'), 'export const a = 2;\n');
    const edited = codeStamp(repo);
    expect(edited).not.toBe(first);

    writeFileSync(join(repo, 'src', 'new.ts'), 'export const b = 1;\n');
    const added = codeStamp(repo);
    expect(added).not.toBe(edited);
    writeFileSync(join(repo, 'src', 'new.ts'), 'export const b = 2;\n');
    expect(codeStamp(repo)).not.toBe(added);

    git('add', '.');
    git('commit', '-q', '-m', 'second');
    expect(codeStamp(repo)).not.toBe(first);
  });

  it('is undefined outside a git checkout', () => {
    expect(codeStamp(tmpdir())).toBeUndefined();
  });
});

describe('codeChanges', () => {
  it('tells a change during the cold build from one before the warm rebuild', () => {
    expect(codeChanges('a', 'a', 'a')).toEqual({ duringCold: false, beforeWarm: false });
    expect(codeChanges('a', 'a', 'b')).toEqual({ duringCold: false, beforeWarm: true });
    expect(codeChanges('a', 'b', 'b')).toEqual({ duringCold: true, beforeWarm: true });
    // Without git nothing is known, and nothing is claimed.
    expect(codeChanges(undefined, undefined, undefined)).toEqual({ duringCold: false, beforeWarm: false });
  });

  it('makes judge report the warm budget as not measured, never as met', () => {
    const verdicts = judge([{ letters: 20000, buildMs: 140_000, pageJs: [], warmInvalid: true }], [], 2);
    const warm = verdicts.find((v) => v.budget.startsWith('genbyg ved 20.000'));
    expect(warm).toMatchObject({ value: 'ikke målt: koden blev ændret undervejs', met: false });
  });
});
