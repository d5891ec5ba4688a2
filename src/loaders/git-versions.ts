/**
 * Every committed version of a file, read from git at build time: for each commit that touched it,
 * the file as it was after the commit and as it was in the commit's first parent. One `git log`
 * plus one `git cat-file --batch` and one `git diff-tree --stdin` (what else each commit touched, which
 * tells an editor's change from a developer's) per file, so a long history costs three processes, not one per commit.
 * Outside a checkout, without git, or in a shallow clone this returns "unavailable" and never throws.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

import type { FileVersion, GitHistory, UnavailableReason } from '../lib/history/file-version.ts';

export type { FileVersion, GitHistory, UnavailableReason };

/** Environment without GIT_DIR & co., which a git hook sets and which would point at another repo. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  env.LC_ALL = 'C';
  return env;
}

/** Run git in `cwd` (quoted paths off, no hook environment); throws on a non-zero exit. */
export function git(args: string[], cwd: string, input?: string): Buffer {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    input,
    env: gitEnv(),
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

interface LogEntry {
  sha: string;
  parent: string | undefined;
  date: string;
  message: string;
  path: string;
}

/** Parse `git log --format=%x1e%H%x1f%P%x1f%aI%x1f%s --name-only` output, newest first. */
export function parseLog(out: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const record of out.split('\x1e')) {
    if (!record.trim()) continue;
    const [head = '', ...rest] = record.split('\n');
    const [sha = '', parents = '', date = '', message = ''] = head.split('\x1f');
    const path = rest.map((l) => l.trim()).find((l) => l !== '') ?? '';
    entries.push({ sha, parent: parents.split(' ').find((p) => p !== ''), date, message, path });
  }
  return entries;
}

/** Parse `git cat-file --batch` output for the given requests; missing objects give undefined. */
export function parseBatch(out: Buffer, count: number): (string | undefined)[] {
  const results: (string | undefined)[] = [];
  let pos = 0;
  for (let i = 0; i < count; i++) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      results.push(undefined); // "<name> missing" or "ambiguous"
      continue;
    }
    const size = Number(m[2]);
    results.push(out.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return results;
}

/** Parse `git diff-tree --stdin -r --name-only` output: each requested commit's id, then its paths. */
export function parseDiffTree(out: string, shas: readonly string[]): Map<string, string[]> {
  const wanted = new Set(shas);
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of out.split('\n')) {
    if (line === '') continue;
    if (wanted.has(line) && !files.has(line)) files.set(line, (current = []));
    else current?.push(line);
  }
  return files;
}

/** An object name that never resolves: cat-file answers "missing" and keeps the positions. */
const MISSING = '0000000000000000000000000000000000000000:-';

function reasonFor(err: unknown): UnavailableReason {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-git' : 'not-a-repository';
}

/**
 * The repository's top folder for a folder in it, or why its history cannot be read: no git, not a
 * repository, or a shallow clone (whose history would be cut short without a word).
 */
export function repoTop(dir: string): { top: string } | { reason: UnavailableReason } {
  try {
    const top = git(['rev-parse', '--show-toplevel'], dir).toString('utf8').trim();
    return git(['rev-parse', '--is-shallow-repository'], top).toString('utf8').trim() === 'true' ? { reason: 'shallow' } : { top };
  } catch (err) {
    return { reason: reasonFor(err) };
  }
}

/** Versions of each file (absolute or cwd-relative paths), newest first, keyed by the given path. */
export function readGitHistory(files: string[]): GitHistory {
  const existing = files.map((f) => resolve(f)).filter((f) => existsSync(f));
  const repo = repoTop(existing[0] ? dirname(existing[0]) : process.cwd());
  if ('reason' in repo) return { available: false, reason: repo.reason };
  const { top } = repo;
  const versions: Record<string, FileVersion[]> = {};
  try {
    const rels = existing.map((f) => repoPath(top, f)).filter((r) => !r.startsWith('..'));
    let touched = '';
    try {
      touched = rels.length
        ? git(['log', '-1', '--format=%H', '--', ...rels], top)
            .toString('utf8')
            .trim()
        : '';
    } catch {
      touched = ''; // no commits yet
    }
    if (touched === '') return { available: false, reason: 'untracked' };
    for (const file of files) versions[file] = existsSync(resolve(file)) ? fileVersions(top, resolve(file)) : [];
  } catch {
    return { available: false, reason: 'error' };
  }
  return { available: true, versions, top };
}

/** Path inside the repository with "/" separators; starts with ".." when the file lies outside it. */
export function repoPath(top: string, abs: string): string {
  return relative(realpathSync(top), realpathSync(abs)).split(sep).join('/');
}

function fileVersions(top: string, abs: string): FileVersion[] {
  const rel = repoPath(top, abs);
  if (rel.startsWith('..')) return []; // the data folder lies outside this repository
  const log = parseLog(
    git(['log', '--follow', '--no-merges', '--format=%x1e%H%x1f%P%x1f%aI%x1f%s', '--name-only', '--', rel], top).toString('utf8'),
  );
  const entries = log.filter((e) => e.path !== '');
  // For each commit: the file after it, and in its parent (under its path there, or the older name).
  const requests: string[] = [];
  entries.forEach((e, i) => {
    const olderPath = entries[i + 1]?.path ?? e.path;
    requests.push(`${e.sha}:${e.path}`);
    requests.push(e.parent ? `${e.parent}:${e.path}` : '');
    requests.push(e.parent && olderPath !== e.path ? `${e.parent}:${olderPath}` : '');
  });
  const out = requests.length
    ? parseBatch(git(['cat-file', '--batch'], top, requests.map((r) => r || MISSING).join('\n') + '\n'), requests.length)
    : [];
  const touched = entries.length
    ? parseDiffTree(
        git(['diff-tree', '--stdin', '-r', '--name-only', '--root'], top, entries.map((e) => e.sha).join('\n') + '\n').toString('utf8'),
        entries.map((e) => e.sha),
      )
    : new Map<string, string[]>();
  return (
    entries
      .map((e, i) => ({
        sha: e.sha,
        date: e.date,
        message: e.message,
        path: e.path,
        content: out[i * 3] ?? '',
        parentContent: out[i * 3 + 1] ?? out[i * 3 + 2] ?? '',
        files: touched.get(e.sha) ?? [e.path],
      }))
      // A commit that left the file byte-identical (e.g. only a mode change) is not a data change.
      .filter((v) => v.content !== v.parentContent)
  );
}
