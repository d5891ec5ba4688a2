/**
 * npm run test:lock: fail when a fresh `npm install` would change package-lock.json.
 *
 * A newcomer's first command must leave the tree clean, and `npm ci` must accept the lock. npm
 * resolves the lock again against the registry in a scratch folder (`--package-lock-only` writes
 * only the lock; nothing is installed and no install script runs), and the result must equal the
 * committed lock byte for byte. When it does not, the message names the packages npm added or
 * dropped, so the fix (commit the lock npm wrote) is obvious.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'lock-check-'));
try {
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(file, join(scratch, file));
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const committed = readFileSync('package-lock.json', 'utf8');
  const fresh = readFileSync(join(scratch, 'package-lock.json'), 'utf8');
  if (committed === fresh) {
    console.log('package-lock.json er komplet: en frisk installation ændrer den ikke.');
  } else {
    const names = (lock: string) => new Set(Object.keys(JSON.parse(lock).packages ?? {}));
    const before = names(committed);
    const after = names(fresh);
    const added = [...after].filter((n) => !before.has(n));
    const removed = [...before].filter((n) => !after.has(n));
    console.error('package-lock.json er ikke komplet: en frisk `npm install` ville ændre den.');
    if (added.length) console.error(`  tilføjer: ${added.join(', ')}`);
    if (removed.length) console.error(`  fjerner: ${removed.join(', ')}`);
    if (!added.length && !removed.length) console.error('  (samme pakker, andre versioner eller felter)');
    console.error('Kør `npm install` og commit den package-lock.json, den skriver.');
    process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
