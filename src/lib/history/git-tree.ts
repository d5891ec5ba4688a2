/**
 * Files as they are in one commit, read with the same git helpers as the change history: which
 * commit a name (branch, tag, sha) means, the common ancestor of two commits, and the text of every
 * file under some folders in one `git ls-tree` plus one `git cat-file --batch`.
 */
import { git, parseBatch } from './git-versions.ts';

/** The repository's top folder, or undefined outside a git checkout (or without git). */
export function repositoryTop(cwd: string): string | undefined {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** The full sha of the commit a name points at, or undefined when git does not know the name. */
export function resolveCommit(top: string, ref: string): string | undefined {
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The newest commit both have (what `git diff a...b` compares from); undefined when none is known. */
export function mergeBase(top: string, a: string, b: string): string | undefined {
  try {
    return git(['merge-base', a, b], top).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Every file under `folders` (paths from the top, "/" separators) in `commit`, path → text. */
export function readTree(top: string, commit: string, folders: readonly string[]): Map<string, string> {
  const listed = git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit, '--', ...folders], top)
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '');
  const files = new Map<string, string>();
  if (listed.length === 0) return files;
  const out = parseBatch(git(['cat-file', '--batch'], top, listed.map((p) => `${commit}:${p}`).join('\n') + '\n'), listed.length);
  listed.forEach((path, i) => {
    const text = out[i];
    if (text !== undefined) files.set(path, text);
  });
  return files;
}
