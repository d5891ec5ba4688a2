/**
 * npm run test:base: the site is published under kk.dk/integrationsbarometer/, so build it with
 * BASE_PATH=/integrationsbarometer/ into its own folder (node_modules/.cache, never dist/) and run
 * the link check with that base: every internal link must resolve and none may escape the base path.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { run, step } from './lib/run.ts';
import { seconds } from './lib/duration.ts';

const BASE = '/integrationsbarometer/';
// Inside the project so the build's prerender chunks can still resolve node_modules.
const root = resolve('node_modules/.cache/integrationsbarometer-base');
const outDir = `${root}/dist`;
const env = { BASE_PATH: BASE, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${root}/astro-cache` };

step(1, 2, `Bygger sitet med BASE_PATH=${BASE} i ${outDir}`);
rmSync(outDir, { recursive: true, force: true });
// npm test has just run the content check; the build's own check would only repeat it.
const build = await run(process.execPath, ['scripts/build.ts', '--skip-check'], env);
if (build.code !== 0) {
  console.error(`\nByggeriet under ${BASE} fejlede (kode ${build.code}).`);
  process.exit(1);
}
console.log(`  Byggeri: ${seconds(build.ms)}`);

step(2, 2, `Linktjek under ${BASE}`);
const links = await run(process.execPath, ['scripts/check-links.ts'], env);
process.exit(links.code);
