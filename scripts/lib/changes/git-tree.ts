/**
 * Files as they are in one commit, read with the change history's git helper: which commit a name
 * (branch, tag, sha) means, the common ancestor of two commits, and the bytes of every file under
 * some folders in one `git ls-tree` plus one `git cat-file --batch`.
 */
import { git } from '../../../src/loaders/git-versions.ts';

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
    return (
      git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top)
        .toString('utf8')
        .trim() || undefined
    );
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

/** Parse `git ls-tree -r -z` output ("mode type object\tpath\0"): the blobs, path → object id. */
export function parseLsTree(out: string): { path: string; object: string }[] {
  return out.split('\0').flatMap((record) => {
    const tab = record.indexOf('\t');
    const [, type, object] = record.slice(0, tab).split(' ');
    return tab > 0 && type === 'blob' && object ? [{ path: record.slice(tab + 1), object }] : [];
  });
}

/**
 * `git cat-file --batch` output ("<object> <type> <size>\n<bytes>\n" per object) as bytes, one entry
 * per requested object; undefined where git answered "missing". Bytes, not text: a file saved in
 * another encoding than UTF-8 must reach the check as it was committed.
 */
export function parseBatchBytes(out: Buffer, count: number): (Buffer | undefined)[] {
  const results: (Buffer | undefined)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const m = /^[0-9a-f]+ \w+ (\d+)$/.exec(out.subarray(pos, nl).toString('utf8'));
    pos = nl + 1;
    if (!m) {
      results.push(undefined);
      continue;
    }
    const size = Number(m[1]);
    results.push(out.subarray(pos, pos + size));
    pos += size + 1;
  }
  return results;
}

/** Every file under `folders` (paths from the top, "/" separators) in `commit`, path → bytes. */
export function readTree(top: string, commit: string, folders: readonly string[]): Map<string, Buffer> {
  const listed = parseLsTree(git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...folders], top).toString('utf8'));
  const files = new Map<string, Buffer>();
  if (listed.length === 0) return files;
  // By object id, not "commit:path": git would walk the tree again for every file (seconds at 5,000 letters).
  const out = parseBatchBytes(git(['cat-file', '--batch'], top, listed.map((f) => f.object).join('\n') + '\n'), listed.length);
  listed.forEach((f, i) => {
    const bytes = out[i];
    if (bytes !== undefined) files.set(f.path, bytes);
  });
  return files;
}
