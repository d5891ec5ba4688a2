/**
 * Reads the data timeline (data-timeline.ts) from git once per build: one `git log` along the
 * first-parent chain of HEAD for the commits that changed a data file, and one `git cat-file --batch`
 * for both files at each of them. Outside a checkout, without git or in a shallow clone it reports
 * "unavailable" and never throws, like the change history.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../lib/data/csv-schema.ts';
import { git, parseBatch, repoPath, repoTop } from './git-versions.ts';
import { landedDates, parseCommitLog, type DataTimeline } from '../lib/editions/data-timeline.ts';

const MISSING = '0000000000000000000000000000000000000000:-';

export function readDataTimeline(dataDir: string): DataTimeline {
  const iFile = resolve(join(dataDir, INDICATORS_TABLE.file));
  const mFile = resolve(join(dataDir, MEASUREMENTS_TABLE.file));
  const probe = existsSync(mFile) ? dirname(mFile) : existsSync(dataDir) ? resolve(dataDir) : process.cwd();
  const repo = repoTop(probe);
  if ('reason' in repo) return { available: false, reason: repo.reason };
  const { top } = repo;
  try {
    if (!existsSync(mFile) || !existsSync(iFile)) return { available: false, reason: 'untracked' };
    const paths = [repoPath(top, iFile), repoPath(top, mFile)];
    if (paths.some((p) => p.startsWith('..'))) return { available: false, reason: 'untracked' };
    let log = '';
    try {
      log = git(['log', '--first-parent', '--format=%H%x1f%aI', 'HEAD', '--', ...paths], top).toString('utf8');
    } catch {
      log = ''; // no commits yet
    }
    const commits = parseCommitLog(log);
    if (commits.length === 0) return { available: false, reason: 'untracked' };
    const requests = commits.flatMap((c) => paths.map((p) => `${c.sha}:${p}`));
    const out = parseBatch(git(['cat-file', '--batch'], top, requests.map((r) => r || MISSING).join('\n') + '\n'), requests.length);
    const landed = landedDates(commits);
    return {
      available: true,
      states: commits.map((c, i) => ({
        sha: c.sha,
        date: c.date,
        landed: landed[i] ?? c.date,
        indicators: out[i * 2] ?? '',
        measurements: out[i * 2 + 1] ?? '',
      })),
    };
  } catch {
    return { available: false, reason: 'error' };
  }
}
