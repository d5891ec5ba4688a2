/**
 * Git pre-commit hook (installed by simple-git-hooks on `npm install`): runs the editor check on
 * the data and content files being committed and refuses the commit when it finds errors, with
 * the same file:line:column messages as `npm run check`. Commits without such files pass at once.
 *
 * The check reads what is staged, not the working tree: data/, content/ and public/ as the commit
 * will hold them are written to a folder of their own (scripts/lib/check/staged-tree.ts) and the
 * check runs there. A file staged with an error and then fixed on disk without `git add` is refused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseNameStatus, planCheck } from './lib/check/staged-files.ts';
import { writeStagedTree } from './lib/check/staged-tree.ts';
import { shownPath } from './lib/check/shown-path.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';

/** The folders the editor check reads (staged-files.ts isCheckable). */
const CHECKED_FOLDERS = ['data', 'content', 'public'];

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

const staged = parseNameStatus(git(['diff', '--cached', '--name-status', '-z', '--no-renames']));
const unstaged = git(['diff', '--name-only', '-z']).split('\0').filter(Boolean);
const plan = planCheck(staged, unstaged);
if (plan.action === 'skip') process.exit(0);

if (!existsSync('scripts/check.ts')) {
  // A checkout from before the editor check existed: nothing to run, and no reason to block.
  console.log('pre-commit: scripts/check.ts findes ikke i denne version; tjekket springes over.');
  process.exit(0);
}

/** A folder for the staged files: inside the repository (hard links need one file system), else the system's. */
function stagingFolder(): string {
  try {
    const parent = resolve('node_modules/.cache/integrationsbarometer');
    mkdirSync(parent, { recursive: true });
    return mkdtempSync(join(parent, 'pre-commit-'));
  } catch {
    return mkdtempSync(join(tmpdir(), 'ib-pre-commit-'));
  }
}

for (const w of plan.warnings) console.log(shownPath(w));
const args = plan.files === 'all' ? [] : plan.files;
console.log(`Tjekker ${plan.files === 'all' ? 'alle data og alt indhold' : plan.files.map(shownPath).join(', ')} før commit …`);
const top = process.cwd();
const dir = stagingFolder();
let status: number | null;
try {
  writeStagedTree(top, dir, CHECKED_FOLDERS);
  // The check runs in the staged copy, so it names files as usual (content/…); its cache stays the
  // repository's, keyed by each file's bytes, so the hook is as quick as `npm run check`.
  const result = spawnSync(process.execPath, [join(top, 'scripts/check.ts'), ...args], {
    cwd: dir,
    stdio: 'inherit',
    env: {
      ...process.env,
      BAROMETER_CONTENT_DIR: './content',
      BAROMETER_DATA_DIR: './data',
      ASTRO_CACHE_DIR: resolve(top, siteSettings(process.env).cacheDir),
    },
  });
  status = result.status;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (status !== 0) {
  console.error('\nCommitten er afvist: ret fejlene ovenfor, kør »git add« på filerne igen, og commit så igen.');
  process.exit(1);
}
