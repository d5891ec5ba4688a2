/**
 * Git pre-commit hook (installed by simple-git-hooks on `npm install`): runs the editor check on
 * the data and content files being committed and refuses the commit when it finds errors, with
 * the same file:line:column messages as `npm run check`. Commits without such files pass at once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseNameStatus, planCheck } from './lib/check/staged-files.ts';

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

for (const w of plan.warnings) console.log(w);
const args = plan.files === 'all' ? [] : plan.files;
console.log(`Tjekker ${plan.files === 'all' ? 'alle data og alt indhold' : plan.files.join(', ')} før commit …`);
const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('\nCommitten er afvist: ret fejlene ovenfor, kør «git add» på filerne igen, og commit så igen.');
  process.exit(1);
}
