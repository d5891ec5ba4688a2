/**
 * What a commit will hold, as files the editor check can read: the staged (index) version of every
 * tracked file under some folders, in a folder of its own. The pre-commit hook runs the check there,
 * so a bad file that was staged and then fixed on disk without `git add` is refused, an untracked
 * file does not count, and the working tree is never touched.
 *
 * Kept fast for a large archive: a file whose working-tree copy is the staged one (git reports no
 * difference) is hard-linked, not copied; only files that differ are written from the index (git
 * checkout-index), as a checkout of the commit would write them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface IndexEntry {
  mode: string;
  path: string;
}

/** Parse `git ls-files --stage -z`: "mode object stage\tpath\0" per entry; conflicted entries (stage > 0) once. */
export function parseLsFilesStage(z: string): IndexEntry[] {
  const seen = new Set<string>();
  return z.split('\0').flatMap((record) => {
    const tab = record.indexOf('\t');
    if (tab < 0) return [];
    const [mode] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (!mode || !path || seen.has(path)) return [];
    seen.add(path);
    return [{ mode, path }];
  });
}

/**
 * Which entries must be written from the index: those whose working-tree copy differs (`differing`,
 * from `git diff --name-only`, deletions included) and symbolic links (the check reports a link as
 * such, so it must stay one). The rest can be linked from the working tree; submodules are left out.
 */
export function splitEntries(entries: readonly IndexEntry[], differing: ReadonlySet<string>): { fromIndex: string[]; linked: string[] } {
  const fromIndex: string[] = [];
  const linked: string[] = [];
  for (const e of entries) {
    // A submodule (160000) is no file: nothing to check.
    if (e.mode === '160000') continue;
    (differing.has(e.path) || e.mode === '120000' ? fromIndex : linked).push(e.path);
  }
  return { fromIndex, linked };
}

/**
 * Paths are read from git as latin1, one character per byte, and written back as those bytes: a
 * name that is not UTF-8 then reaches the staged copy as it is, for the check to report, instead
 * of becoming a »�« name no file has.
 */
function git(top: string, args: string[], input?: string): string {
  const options = { cwd: top, encoding: 'latin1' as const, maxBuffer: 1 << 30 };
  return execFileSync('git', args, input === undefined ? options : { ...options, input: Buffer.from(input, 'latin1') });
}

/** A folder (as text) joined with a path read from git (latin1), as the bytes the file system uses. */
const under = (folder: string, path: string): Buffer => Buffer.concat([Buffer.from(`${folder}/`), Buffer.from(path, 'latin1')]);

/** Write the staged version of every tracked file under `folders` (paths from the top) into `into`. */
export function writeStagedTree(top: string, into: string, folders: readonly string[]): void {
  const entries = parseLsFilesStage(git(top, ['ls-files', '--stage', '-z', '--', ...folders]));
  const differing = new Set(
    git(top, ['diff', '--name-only', '--no-renames', '-z', '--', ...folders])
      .split('\0')
      .filter(Boolean),
  );
  const { fromIndex, linked } = splitEntries(entries, differing);
  const made = new Set<string>();
  for (const path of linked) {
    const dir = dirname(path);
    if (!made.has(dir)) mkdirSync(under(into, dir), { recursive: true });
    made.add(dir);
    try {
      linkSync(under(top, path), under(into, path));
    } catch {
      // Another file system, or one without hard links: a copy is the same bytes.
      copyFileSync(under(top, path), under(into, path));
    }
  }
  if (fromIndex.length > 0) git(top, ['checkout-index', '-z', '--stdin', `--prefix=${into.replace(/\/?$/, '/')}`], fromIndex.join('\0'));
}
