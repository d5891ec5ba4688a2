/**
 * npm run build: check content and data, build with Astro into a staging folder, index it with
 * Pagefind, and only then replace dist/. A failing step leaves the previous dist/ untouched, so a
 * broken commit never publishes a half-built site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { run, step } from './lib/run.ts';
import { buildTimings, pageTicker } from './lib/build/build-progress.ts';
import { runAstro, saveLog, summariseAstroFailure } from './lib/build/astro-failure.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';
import { seconds } from './lib/duration.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const skipCheck = process.argv.includes('--skip-check');
const total = skipCheck ? 2 : 3;
let n = 0;
const timings = buildTimings();

if (!skipCheck) {
  step(++n, total, 'Tjekker indhold og data');
  const check = await run(process.execPath, ['scripts/check.ts']);
  timings.add('check', check);
  if (check.code !== 0) {
    console.error('\nByggeriet er stoppet: ret fejlene ovenfor. Det offentliggjorte site er ikke ændret.');
    process.exit(1);
  }
}

step(++n, total, 'Bygger sider med Astro');
rmSync(staging, { recursive: true, force: true });
const ticker = pageTicker(staging);
const astro = await runAstro(['build'], { OUT_DIR: staging });
ticker.stop();
timings.add('astro', astro);
if (astro.code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  // A Danish summary with file and line instead of Astro's stack trace (scripts/lib/build/astro-failure.ts).
  const logFile = resolve('node_modules/.cache/integrationsbarometer/astro-build.log');
  saveLog(logFile, astro.log);
  console.error(
    `\n${summariseAstroFailure(astro.log, { cwd: process.cwd(), contentDir: siteSettings(process.env).contentDir, logFile }).join('\n')}`,
  );
  console.error('\nAstro-byggeriet fejlede; det offentliggjorte site er ikke ændret.');
  process.exit(1);
}
console.log(`  Astro: ${seconds(astro.ms)}`);

step(n + 1, total, 'Bygger søgeindeks med Pagefind');
// In shards of at most 4,000 pages, each its own Pagefind process, merged into one bundle; shards
// whose pages did not change are reused from the cache (scripts/lib/search-index/).
const pagefind = await run(process.execPath, ['scripts/search-index.ts', staging]);
timings.add('pagefind', pagefind);
if (pagefind.code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nPagefind fejlede; det offentliggjorte site er ikke ændret.');
  process.exit(1);
}
console.log(`  Pagefind: ${seconds(pagefind.ms)}`);

// The search page's vocabulary («Mente du …?», æ/ø/å as ae/oe/aa) and filter counts, read from the
// index, and Pagefind's chunk bounds made contiguous (scripts/lib/search/chunk-bounds.ts).
const vocabulary = await run(process.execPath, ['scripts/search-vocabulary.ts', staging]);
timings.add('vocabulary', vocabulary);
if (vocabulary.code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nSøgeordlisten kunne ikke skrives; det offentliggjorte site er ikke ændret.');
  process.exit(1);
}

// Swap in the new site in two renames so dist/ is never half-written.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nFærdig: ${outDir}`);
