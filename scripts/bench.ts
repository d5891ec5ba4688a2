/**
 * npm run bench [-- --sizes 500,2000,5000 --indicators 200 --years 20 --repeat 3 --no-search --keep --strict]
 *
 * For each size: generate a corpus (scripts/corpus), run the production build on it with a cold
 * cache into a temporary folder, and measure time, memory and output; then search in headless
 * Chromium the largest build within the search budget's 20,000 letters (judged) and the largest build. Prints tables while it runs, judges the budgets of product.md, and writes a
 * JSON report to node_modules/.cache/bench/. See README, "Benchmark".
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusManifest } from './lib/corpus/corpus.ts';
import { addAndChangeOneLetter } from './lib/corpus/mutate.ts';
import { SEARCH_BUDGET_LETTERS, judge, linearity, medianBy, searchSizes, type Verdict } from './lib/bench/budgets.ts';
import { distStats, type DistStats } from './lib/bench/dist-stats.ts';
import { load1, machine } from './lib/bench/machine.ts';
import { pageJs, pageTypes, type PageJs } from './lib/bench/page-js.ts';
import { measureBuild, type BuildMeasure } from './lib/bench/run-build.ts';
import { DEFAULT_TYPING_DELAY_MS, probeSearch, type SearchProbe } from './lib/bench/search-probe.ts';
import { serveStatic } from './lib/bench/static-server.ts';
import { fmt, markdownTable } from './lib/bench/table.ts';
import { codeChanges, codeStamp, type CodeChange } from './lib/bench/code-stamp.ts';
import { CHROMIUM_PATH, HAS_CHROMIUM, INSTALL_HINT } from './lib/chromium.ts';
import { formatNumber } from '../src/lib/format/danish-number.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    indicators: { type: 'string', default: '200' },
    years: { type: 'string', default: '20' },
    seed: { type: 'string', default: 'integrationsbarometeret' },
    // Inside the repository on purpose: with an OUT_DIR outside the working directory, Astro puts its
    // intermediate prerender build in <repo>/.astro/.prerender/, which concurrent builds share and
    // delete under each other. Under node_modules/ it is gitignored and each size has its own.
    work: { type: 'string', default: join('node_modules', '.cache', 'bench', 'work') },
    port: { type: 'string', default: '4450' },
    'typing-delay': { type: 'string', default: String(DEFAULT_TYPING_DELAY_MS) },
    'no-search': { type: 'boolean', default: false },
    // After the cold builds: add one letter, change one, and rebuild with the warm cache.
    'no-warm': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Builds per size; the median (by total build time) is reported. This machine's timings vary by
    // ±20 % between identical runs (shared CPUs), so 3 gives figures worth comparing.
    repeat: { type: 'string', default: '1' },
    strict: { type: 'boolean', default: false },
  },
});

const sizes = values.sizes
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 0)
  .sort((a, b) => a - b);
const indicators = Number(values.indicators);
const years = Number(values.years);
const work = resolve(values.work);
if (sizes.length === 0 || !Number.isInteger(indicators) || !Number.isInteger(years)) {
  console.error('Brug: npm run bench -- --sizes 500,2000,5000 --indicators 200 --years 20');
  process.exit(2);
}
const withSearch = !values['no-search'];
const withWarm = !values['no-warm'];
const repeat = Math.max(1, Math.floor(Number(values.repeat)) || 1);
const skipCheck = !existsSync('scripts/check.ts');

interface SizeResult {
  letters: number;
  corpus: CorpusManifest & { generateMs: number };
  /** The median run (by total build time) of `runs`. */
  build: BuildMeasure;
  runs: BuildMeasure[];
  /** Rebuild after adding one letter and changing one, with the cache of the last cold run. */
  warm?: BuildMeasure;
  /** The code changed during the measurement (code-stamp.ts): the figures it names do not count. */
  codeChanged?: CodeChange;
  /** A warm rebuild ran and no code changed before it ended: its time counts. */
  warmCounts?: boolean;
  pagesPerSecond?: number;
  dist?: DistStats;
  pageJs: (PageJs & { type: string })[];
}

/**
 * A build's time as the editor waits for it: the wall time of the whole build. The steps overlap (the
 * check runs beside Astro), and the work between them (merging the Astro parts, publishing) counts too.
 */
const wallMs = (b: BuildMeasure) => b.totalMs;

const m = machine();
console.log(`Benchmark: ${sizes.join(', ')} breve med ${indicators} indikatorer × ${years} år`);
console.log(
  `Maskine: ${m.nproc} kerner, ${fmt.num(m.memoryBytes / 2 ** 30)} GiB RAM, ${m.cpuModel}, Node ${m.node}, load ${fmt.num(m.loadAverage.start, 2)}`,
);
if (m.loadAverage.start > m.nproc)
  console.log(
    `  Advarsel: maskinen er allerede belastet (load ${fmt.num(m.loadAverage.start, 2)} > ${m.nproc} kerner); tiderne bliver for høje.`,
  );
console.log(`Arbejdsmappe: ${work}${skipCheck ? ' (scripts/check.ts findes ikke: tjek-trinnet springes over)' : ''}`);

const results: SizeResult[] = [];
const buildRows: (string | number)[][] = [];
const BUILD_HEADERS = [
  'breve',
  'sider',
  'tjek',
  'Astro',
  'Pagefind',
  'byg i alt',
  'kørsler',
  'CPU-tid',
  'sider/s',
  'RAM (træ)',
  'RAM (proces)',
  'dist',
  'filer',
  'Pagefind-indeks',
  'største side',
  'varm genbygning',
];
// The search is measured where its budget holds and at the largest size (budgets.ts, searchSizes).
const toSearch = searchSizes(sizes);
const stepMs = (b: BuildMeasure, step: string) => b.steps.find((s) => s.step === step)?.ms;
const opt = (v: number | undefined, f: (n: number) => string) => (v === undefined ? '–' : f(v));

for (const [i, letters] of sizes.entries()) {
  const dir = join(work, String(letters));
  console.log(`\n[${i + 1}/${sizes.length}] ${formatNumber(letters, 0)} breve: genererer korpus …`);
  const t0 = performance.now();
  const corpus = generateCorpus({
    letters,
    indicators,
    years,
    seed: values.seed,
    out: join(dir, 'corpus'),
    repoRoot: process.cwd(),
    onProgress: (done, total) => done % 2000 === 0 && done < total && console.log(`    ${done}/${total} breve`),
  });
  const generateMs = performance.now() - t0;
  console.log(`    ${fmt.int(corpus.words)} ord på ${fmt.s(generateMs)}. Bygger (kold cache) …`);
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  const runs: BuildMeasure[] = [];
  const stampAtStart = codeStamp();
  for (let r = 1; r <= repeat; r++) {
    if (repeat > 1) console.log(`    Kørsel ${r}/${repeat}`);
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    const run = await measureBuild({
      contentDir: join(dir, 'corpus', corpus.contentDir),
      dataDir: join(dir, 'corpus', corpus.dataDir),
      outDir,
      cacheDir,
      workDir: dir,
      skipCheck,
    });
    runs.push(run);
    if (!run.ok) break;
  }
  const build = runs.every((r) => r.ok) ? medianBy(runs, wallMs) : (runs.at(-1) as BuildMeasure);
  const result: SizeResult = { letters, corpus: { ...corpus, generateMs }, build, runs, pageJs: [] };
  results.push(result);
  if (!build.ok) {
    console.error(`    Byggeriet fejlede (kode ${build.code}); se linjerne ovenfor.`);
    buildRows.push([letters, '–', 'FEJL', '', '', fmt.s(build.totalMs), String(runs.length), '', '', '', '', '', '', '', '', '']);
    continue;
  }
  const dist = distStats(outDir);
  const astroMs = stepMs(build, 'astro');
  result.dist = dist;
  result.pagesPerSecond = astroMs ? dist.pages / (astroMs / 1000) : undefined;
  result.pageJs = pageTypes(outDir).map((p) => ({ type: p.type, ...pageJs(outDir, '/', p.path) }));
  const buildMs = wallMs(build);
  const stampAfterCold = codeStamp();
  result.codeChanged = codeChanges(stampAtStart, stampAfterCold);
  if (withWarm) {
    const change = addAndChangeOneLetter(join(dir, 'corpus', corpus.contentDir, 'letters'));
    console.log(`    Varm genbygning: tilføjer ${change.added}, retter ${change.changed} …`);
    result.warm = await measureBuild({
      contentDir: join(dir, 'corpus', corpus.contentDir),
      dataDir: join(dir, 'corpus', corpus.dataDir),
      outDir,
      cacheDir,
      workDir: dir,
      skipCheck,
    });
    result.codeChanged = codeChanges(stampAtStart, stampAfterCold, codeStamp());
    if (!result.warm.ok) console.error(`    Den varme genbygning fejlede (kode ${result.warm.code}).`);
    else
      console.log(
        `    Varm genbygning: ${fmt.s(wallMs(result.warm))} (${result.warm.steps.map((x) => `${x.step} ${fmt.s(x.ms)}`).join(', ')})`,
      );
  }
  const totals = runs.map(wallMs);
  // The build itself keeps 1–2 threads busy (so load average says little); alone on the machine it
  // gets at least as much CPU time as wall time. Much less CPU than wall means it waited for the CPU.
  const measured = result.warm ? [...runs, result.warm] : runs;
  const busy = measured.filter((r) => r.cpuMs !== undefined && r.cpuMs < 0.8 * r.totalMs);
  if (busy.length) {
    const share = busy.map((r) => `${Math.round((100 * (r.cpuMs ?? 0)) / r.totalMs)} %`).join(', ');
    console.log(
      `    Advarsel: ${busy.length} af ${measured.length} kørsler (den varme medregnet) fik CPU-tid under 80 % af tiden (${share}): anden belastning på maskinen, tiderne er for høje.`,
    );
  }
  if (result.codeChanged.duringCold)
    console.log(
      '    Advarsel: koden blev ændret (commit eller ændrede filer), mens det kolde byggeri kørte: dets trin kan have kørt to versioner.',
    );
  if (result.warm && result.codeChanged.beforeWarm)
    console.log(
      '    Advarsel: koden blev ændret mellem det kolde byggeri og slutningen af den varme genbygning: den varme tid tæller ikke.',
    );
  result.warmCounts = result.warm?.ok === true && !result.codeChanged.beforeWarm;
  const spread = runs.length > 1 ? `${runs.length}: ${fmt.num(Math.min(...totals) / 1000)}–${fmt.s(Math.max(...totals))}` : '1';
  buildRows.push([
    letters,
    fmt.int(dist.pages),
    opt(stepMs(build, 'check'), fmt.s),
    opt(astroMs, fmt.s),
    opt(stepMs(build, 'pagefind'), fmt.s),
    fmt.s(buildMs),
    spread,
    opt(build.cpuMs, fmt.s),
    opt(result.pagesPerSecond, (n) => fmt.num(n, 0)),
    build.peakRss ? fmt.mb(build.peakRss) : '–',
    opt(build.maxProcessRss, fmt.mb),
    fmt.mb(dist.total.bytes),
    fmt.int(dist.total.files),
    fmt.mb(dist.pagefind.bytes),
    dist.largestPages[0] ? `${fmt.kb(dist.largestPages[0].bytes)} ${dist.largestPages[0].path}` : '–',
    result.warm?.ok ? `${fmt.s(wallMs(result.warm))}${result.warmCounts ? '' : ' (koden ændret)'}` : '–',
  ]);
  console.log(`\n${markdownTable(BUILD_HEADERS, buildRows)}`);
  if (!values.keep && !(withSearch && toSearch.searched.includes(letters))) rmSync(outDir, { recursive: true, force: true });
}

// JavaScript per page type, for the largest successful build.
const largest = [...results].reverse().find((r) => r.build.ok);
if (largest) {
  console.log(`\nJavaScript pr. sidetype (${largest.letters} breve; gzip, hver fil for sig):`);
  console.log(
    markdownTable(
      ['sidetype', 'eksempel', 'JS ved indlæsning', 'JS ved brug (import())', 'HTML', 'HTML gzip'],
      largest.pageJs.map((p) => [p.type, `/${p.path}`, fmt.kb(p.jsGzip), fmt.kb(p.lazyGzip), fmt.kb(p.htmlBytes), fmt.kb(p.htmlGzip)]),
    ),
  );
}

if (largest?.dist) {
  console.log(`\nStørste sider (${largest.letters} breve):`);
  console.log(
    markdownTable(
      ['side', 'HTML'],
      largest.dist.largestPages.map((p) => [p.path, fmt.kb(p.bytes)]),
    ),
  );
}

type SearchRun = SearchProbe & { letters: number; typingDelayMs: number; judged: boolean };
const searches: SearchRun[] = [];
const searchable = results.filter((r) => r.build.ok && toSearch.searched.includes(r.letters));
if (withSearch && searchable.length > 0 && !HAS_CHROMIUM) console.log(`\nSøgning springes over: ${INSTALL_HINT}`);
for (const target of withSearch && HAS_CHROMIUM ? searchable : []) {
  const outDir = join(work, String(target.letters), 'dist');
  const p = target.corpus.probes;
  const queries = [
    { label: 'ord', query: p.word },
    { label: 'bøjning', query: p.inflection },
    { label: 'navn', query: p.name },
    { label: 'sagsnr', query: p.caseNumber },
    { label: 'sjældent ord', query: p.rare },
  ];
  const judged = target.letters === toSearch.judged;
  const server = await serveStatic(outDir, Number(values.port));
  const typingDelayMs = Number(values['typing-delay']);
  console.log(
    `\nSøgning i Chromium (${CHROMIUM_PATH}) på ${server.url}soeg/, ${formatNumber(target.letters, 0)} breve, hver søgning i en frisk browserkontekst, ${typingDelayMs} ms mellem tasteslag${
      judged ? '' : ` (kun til orientering: søgningens budget gælder op til ${formatNumber(SEARCH_BUDGET_LETTERS, 0)} breve)`
    }:`,
  );
  try {
    const probe = await probeSearch(
      server.url,
      queries,
      (q) =>
        console.log(
          `    »${q.query}«: ${fmt.kb(q.bytes)} i ${q.requests} svar, første resultat ${opt(q.firstResultMs, fmt.ms)} (${q.status})`,
        ),
      typingDelayMs,
    );
    searches.push({ ...probe, letters: target.letters, typingDelayMs, judged });
    console.log(
      markdownTable(
        ['søgning', 'forespørgsel', 'hentet', 'heraf indeks', 'heraf fragmenter', 'svar', 'første resultat', 'sidens måling', 'status'],
        probe.queries.map((q) => [
          q.label,
          q.query,
          fmt.kb(q.bytes),
          fmt.kb(q.byKind.index),
          fmt.kb(q.byKind.fragment),
          q.requests,
          opt(q.firstResultMs, fmt.ms),
          opt(q.pageMeasureMs, fmt.ms),
          q.status,
        ]),
      ),
    );
    console.log(
      `Indlæsning af /soeg/ før søgningen: ${fmt.kb(probe.pageLoadBytes)}. Målemetode: ${probe.queries[0]?.method === 'page' ? 'sidens eget søgefelt' : "Pagefind's JS-API (søgefeltet mangler)"}.`,
    );
  } finally {
    await server.close();
    if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  }
}
/** The search the budgets judge. */
const search = searches.find((r) => r.judged);

const ok = results.filter((r) => r.build.ok);
const lin = linearity(ok.map((r) => ({ letters: r.letters, buildMs: r.build.steps.reduce((s, x) => s + x.ms, 0) })));
const verdicts: Verdict[] = judge(
  ok.map((r) => ({
    letters: r.letters,
    buildMs: wallMs(r.build),
    pageJs: r.pageJs,
    peakRss: r.build.peakRss || undefined,
    largestPage: r.dist?.largestPages[0],
    // A warm rebuild after a change of code is not judged (code-stamp.ts).
    warmMs: r.warm && r.warmCounts ? wallMs(r.warm) : undefined,
    warmInvalid: r.warm?.ok === true && !r.warmCounts,
    cpuMs: r.build.cpuMs,
  })),
  search?.queries ?? [],
  m.nproc,
);
if (lin.perLetter !== undefined) {
  console.log(
    `\nLinearitet: tid pr. brev ved ${ok.at(-1)?.letters} / ved ${ok[0]?.letters} = ${lin.perLetter.toFixed(2)}` +
      (lin.marginal !== undefined ? `; marginal tid pr. brev (sidste interval / første) = ${lin.marginal.toFixed(2)}` : ''),
  );
}
console.log('\nBudgetter (product.md):');
console.log(
  markdownTable(
    ['budget', 'grænse', 'målt', 'overholdt'],
    verdicts.map((v) => [v.budget, v.limit, v.value, v.met ? 'ja' : 'NEJ']),
  ),
);

m.loadAverage.end = load1();
const report = {
  date: new Date().toISOString(),
  machine: m,
  options: { sizes, indicators, years, seed: values.seed, skipCheck, repeat, warm: withWarm },
  sizes: results,
  search,
  searches,
  linearity: lin,
  budgets: verdicts,
};
const reportDir = resolve('node_modules/.cache/bench');
mkdirSync(reportDir, { recursive: true });
const reportFile = join(reportDir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(reportFile, json);
writeFileSync(join(reportDir, 'latest.json'), json);
console.log(`\nRapport: ${reportFile}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });

const failedBuilds = results.filter((r) => !r.build.ok).length;
const missed = verdicts.filter((v) => !v.met).length;
if (failedBuilds) console.error(`${failedBuilds} byggeri(er) fejlede.`);
process.exit(failedBuilds > 0 || (values.strict && missed > 0) ? 1 : 0);
