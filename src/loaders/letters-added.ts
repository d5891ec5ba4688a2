/**
 * When each letter was put on the site: the date of the commit that added its file, read from git
 * once per build (one `git log` for the whole folder). The feeds date a letter by it, so a letter of
 * 2009 added today is news today, and is not cut from the site feed below this year's measurements.
 * Outside a checkout, in a shallow clone or without git the map is empty and the feeds fall back to
 * the letter's own date.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { git, repoPath, repoTop } from './git-versions.ts';
import { siteSettings } from './site-settings.ts';
import { letterAddedDates } from '../lib/feeds/letters-added.ts';

function read(lettersDir: string): Map<string, Date> {
  if (!existsSync(lettersDir)) return new Map();
  const repo = repoTop(lettersDir);
  if ('reason' in repo) return new Map();
  const { top } = repo;
  try {
    // Added, or renamed to its present name (git follows renames by default).
    const out = git(['log', '--diff-filter=AR', '--format=%x1e%aI', '--name-only', '--', repoPath(top, resolve(lettersDir))], top);
    return letterAddedDates(out.toString('utf8'), `${repoPath(top, resolve(lettersDir))}/`);
  } catch {
    return new Map();
  }
}

let cached: Map<string, Date> | undefined;

/** Letter id → when its file was added to the site (absent when git cannot say). */
export function lettersAdded(): Map<string, Date> {
  cached ??= read(join(siteSettings(process.env).contentDir, 'letters'));
  return cached;
}
