/**
 * Which code a measurement ran: the commit and a hash of what is changed or new, but not committed,
 * in the files a build runs (src/, scripts/, astro.config.mjs, the package files). Each step of a
 * build starts its own process, so code changed during a build mixes two versions; and a warm rebuild
 * after a change of a page's code makes those pages again, so it measures a cold build of them (on
 * 4 December 2026 a commit between the cold and the warm build at 50,000 letters made the warm
 * rebuild index all 22 search shards again: README, Benchmark).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD_FILES = ['src', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/** The commit and a hash of the uncommitted changes to the build's files; undefined outside a git checkout. */
export function codeStamp(cwd = process.cwd()): string | undefined {
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    const head = git(['rev-parse', 'HEAD']).toString('utf8').trim();
    const changes = createHash('sha256').update(git(['diff', 'HEAD', '--', ...BUILD_FILES]));
    // New files git does not track yet: their names and contents.
    const untracked = git(['ls-files', '--others', '--exclude-standard', '-z', '--', ...BUILD_FILES])
      .toString('utf8')
      .split('\0');
    for (const file of untracked.filter(Boolean).sort()) changes.update(`${file}\0`).update(readFileSync(join(cwd, file)));
    return `${head.slice(0, 12)}+${changes.digest('hex').slice(0, 12)}`;
  } catch {
    return undefined;
  }
}

export interface CodeChange {
  /** The code changed while the cold build(s) ran: their steps may have run different versions. */
  duringCold: boolean;
  /** The code changed between the start and the end of the warm rebuild: its time is not a warm rebuild's. */
  beforeWarm: boolean;
}

/** What changed, from stamps taken before the cold build, after it, and after the warm rebuild (undefined: not taken). */
export function codeChanges(start: string | undefined, afterCold: string | undefined, afterWarm?: string): CodeChange {
  const differ = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a !== b;
  return {
    duringCold: differ(start, afterCold),
    beforeWarm: differ(start, afterCold) || differ(afterCold, afterWarm),
  };
}
