/**
 * npm run audit: Lighthouse (mobile profile, Debian chromium, a fresh profile) on the overview, an
 * area page, an indicator page, a letter and search, served from the built site on 127.0.0.1.
 * Fails when accessibility, best practices or SEO is below 100 or performance below 95. Prints a
 * table and writes the reports (summary + one Lighthouse JSON per page) to
 * node_modules/.cache/integrationsbarometer-audit/. Not part of npm test: it takes minutes, and
 * performance scores on a busy machine vary. Options: AUDIT_PORT (default 4397), OUT_DIR, BASE_PATH.
 *
 * --calibrate: Lighthouse's mobile profile slows the CPU 4× on the assumption that the host is about
 * 4× faster than its reference phone (a Moto G Power, benchmark ≈ 264, the figure Chrome DevTools
 * calibrates against). On a slow or busy host that double-counts; --calibrate measures the host
 * first and uses benchmarkIndex / 264 (at least 1, at most 4) instead, as DevTools' calibration does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM, INSTALL_HINT } from './lib/chromium.ts';
import { budgetFailures, CATEGORIES, scoreTable, toPercent, type AuditResult, type Category } from './lib/quality/lighthouse-budget.ts';
import { builtSite, firstMatching, pagePatterns, publishedPaths } from './lib/dist.ts';
import { seconds } from './lib/duration.ts';

const PORT = Number(process.env.AUDIT_PORT ?? 4397);
const CALIBRATE = process.argv.includes('--calibrate');
/** Benchmark score of Lighthouse's reference phone (Chrome DevTools' "low-tier mobile"). */
const REFERENCE_PHONE = 264;
const site = builtSite();
const reportDir = resolve('node_modules/.cache/integrationsbarometer-audit');

if (!HAS_CHROMIUM) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(site.dir)) {
  console.error(`Audit: ${site.dir} findes ikke. Byg sitet først med \`npm run build\`.`);
  process.exit(1);
}

const { paths } = publishedPaths(site);
const patterns = pagePatterns(site.base);
const wanted: [string, RegExp][] = [
  ['forside', patterns.home],
  ['område', patterns.area],
  ['indikator', patterns.indicator],
  ['brev', patterns.letter],
  ['søgning', patterns.search],
];
const targets = wanted.map(([label, re]) => ({ label, path: firstMatching(paths, re) }));
const missing = targets.filter((t) => !t.path).map((t) => t.label);
if (missing.length) {
  console.error(`Audit: sitet har ingen side for ${missing.join(', ')} (sitemap i ${site.dir}).`);
  process.exit(1);
}

/** Astro's static preview server for the built site, as the browser tests use it. */
async function startServer(): Promise<() => void> {
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'],
    {
      stdio: 'ignore',
      env: { ...process.env, OUT_DIR: site.dir },
    },
  );
  const url = `http://127.0.0.1:${PORT}${site.base}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return () => child.kill();
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`preview-serveren svarede ikke på ${url}`);
}

const stopServer = await startServer();
const userDataDir = mkdtempSync(join(tmpdir(), 'ib-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  userDataDir,
});

const results: AuditResult[] = [];
/** Lighthouse's benchmarkIndex per run: how fast this machine's CPU was while measuring. */
const benchmarks: number[] = [];
/** Below this, Lighthouse's simulated mobile CPU is far slower than a real phone (see its docs). */
const SLOW_MACHINE = 500;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
mkdirSync(reportDir, { recursive: true });
const started = performance.now();
let cpuSlowdownMultiplier: number | undefined;
try {
  if (CALIBRATE) {
    const probe = await lighthouse(`http://127.0.0.1:${PORT}${site.base}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const bi = probe?.lhr.environment.benchmarkIndex ?? REFERENCE_PHONE * 4;
    cpuSlowdownMultiplier = Math.min(4, Math.max(1, Math.round((bi / REFERENCE_PHONE) * 10) / 10));
    console.log(`  Kalibrering: CPU-benchmark ${Math.round(bi)} → CPU-nedsættelse ${cpuSlowdownMultiplier}× (standard 4×)`);
  }
  for (const t of targets) {
    const url = `http://127.0.0.1:${PORT}${t.path}`;
    const t0 = performance.now();
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const };
    const run = await lighthouse(url, cpuSlowdownMultiplier ? { ...flags, throttling: { cpuSlowdownMultiplier } } : flags);
    if (!run) throw new Error(`Lighthouse gav intet resultat for ${url}`);
    const lhr = run.lhr;
    const scores = {} as Record<Category, number | null>;
    const failedAudits: AuditResult['failedAudits'] = {};
    for (const c of CATEGORIES) {
      const cat = lhr.categories[c];
      scores[c] = toPercent(cat?.score);
      const lost = (cat?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 1)
        .map((a) => `${a.id} (${toPercent(a.score)})`);
      if (lost.length) failedAudits[c] = lost;
    }
    results.push({ path: t.path!, scores, failedAudits });
    writeFileSync(join(reportDir, `lighthouse-${stamp}-${t.label}.json`), JSON.stringify(lhr));
    benchmarks.push(lhr.environment.benchmarkIndex);
    console.log(
      `  ${t.label} ${t.path}: ${CATEGORIES.map((c) => scores[c]).join(' / ')} ` +
        `(${seconds(performance.now() - t0)}, CPU-benchmark ${Math.round(lhr.environment.benchmarkIndex)})`,
    );
  }
} finally {
  chrome.kill();
  stopServer();
  rmSync(userDataDir, { recursive: true, force: true });
}

const failures = budgetFailures(results);
const summary = {
  date: new Date().toISOString(),
  lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version as string,
  chromium: CHROMIUM_PATH,
  seconds: Math.round((performance.now() - started) / 1000),
  benchmarkIndex: benchmarks.map(Math.round),
  cpuSlowdownMultiplier: cpuSlowdownMultiplier ?? 4,
  results,
  failures,
};
writeFileSync(join(reportDir, `summary-${stamp}.json`), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\n${scoreTable(results)}\n`);
console.log(`Rapporter: ${reportDir} (summary-${stamp}.json), ${summary.seconds} s i alt.`);
if (!CALIBRATE && Math.min(...benchmarks) < SLOW_MACHINE) {
  console.warn(
    `Bemærk: CPU-benchmark ${Math.round(Math.min(...benchmarks))} < ${SLOW_MACHINE}: maskinen var langsom eller belastet, ` +
      'så performance-tallene er for lave. Mål igen på en maskine i ro, eller brug --calibrate.',
  );
}
if (failures.length) {
  console.error(`\nUnder budget (performance ≥ 95, resten 100):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('Alle sider er inden for budget.');
