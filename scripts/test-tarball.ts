/**
 * npm run test:tarball: the site must build from a plain copy of the repository without .git
 * (a release tarball, a zip download); the change history and the editions then say they are unavailable. Extracts `git archive HEAD` into a temporary folder, links
 * node_modules, runs `npm install`'s prepare step (the git hook installer) and the full build
 * there, then checks that the indicator pages say the change history is unavailable.
 * KEEP_TARBALL=1 keeps the folder for inspection.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HISTORY_TEXT } from '../src/lib/copy/index.ts';
import { EDITION_TEXT } from '../src/lib/copy/editions.ts';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'ib-tarball-'));
const failures: string[] = [];

function fail(message: string): void {
  failures.push(message);
  console.error(`FEJL: ${message}`);
}

try {
  const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { maxBuffer: 1024 ** 3 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  console.log(`Udpakket HEAD i ${dir} (uden .git)`);
  if (existsSync(join(dir, '.git'))) fail('udpakningen indeholder .git');

  // What `npm install` runs after installing: it must not fail without a git repository.
  const prepare = spawnSync('npm', ['run', '--silent', 'prepare'], { cwd: dir, stdio: 'inherit' });
  if (prepare.status !== 0) fail(`npm run prepare fejlede uden .git (kode ${prepare.status})`);

  // Own output and cache folders: the shared node_modules/.astro cache belongs to the real checkout.
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_')) delete env[k];
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: 'inherit', env });
  if (build.status !== 0) fail(`byggeriet fejlede i tarball-kopien (kode ${build.status})`);
  else {
    const dist = join(dir, 'dist');
    if (!existsSync(join(dist, 'data', 'datapackage.json'))) fail('dist/data/datapackage.json mangler');
    const indicatorDir = join(dist, 'indikatorer');
    const pages = existsSync(indicatorDir)
      ? readdirSync(indicatorDir)
          .map((id) => join(indicatorDir, id, 'index.html'))
          .filter((p) => existsSync(p))
      : [];
    if (pages.length === 0) fail('ingen indikatorsider i dist/indikatorer/');
    const without = pages.filter((p) => !readFileSync(p, 'utf8').includes(HISTORY_TEXT.unavailable));
    if (without.length) fail(`${without.length} indikatorsider mangler »${HISTORY_TEXT.unavailable}«, fx ${without[0]}`);
    else if (pages.length) console.log(`${pages.length} indikatorsider siger, at historikken ikke er tilgængelig.`);
    // Editions need the history too: /udgaver/ says so, and no edition page is built half-empty.
    const editions = join(dist, 'udgaver', 'index.html');
    if (!existsSync(editions)) fail('dist/udgaver/index.html mangler');
    else if (!readFileSync(editions, 'utf8').includes(EDITION_TEXT.unavailable)) fail(`/udgaver/ mangler »${EDITION_TEXT.unavailable}«`);
    else console.log('/udgaver/ siger, at udgaverne ikke er tilgængelige.');
    const editionPages = readdirSync(join(dist, 'udgaver')).filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f));
    if (editionPages.length) fail(`udgavesider bygget uden git-historik: ${editionPages.join(', ')}`);
    const unavailableOnIndicator = pages.filter((p) => !readFileSync(p, 'utf8').includes(EDITION_TEXT.unavailable));
    if (unavailableOnIndicator.length)
      fail(
        `${unavailableOnIndicator.length} indikatorsider siger ikke, at udgaverne ikke er tilgængelige, fx ${unavailableOnIndicator[0]}`,
      );
  }
} finally {
  if (process.env.KEEP_TARBALL === '1') console.log(`Beholdt: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\nTarball-byggeriet fejlede: ${failures.length} fejl.`);
  process.exit(1);
}
console.log('\nTarball-byggeriet lykkedes uden git-historik.');
