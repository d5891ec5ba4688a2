/**
 * npm run build: check content and data, build with Astro into a staging folder, index it with
 * Pagefind, and only then replace dist/. A failing step leaves the previous dist/ untouched, so a
 * broken commit never publishes a half-built site.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { step } from './lib/run.ts';
import { cleanUpOnStop, haltIfStopped, onStop, runStoppable as run, stopSignal } from './lib/build/interrupt.ts';
import { availableParallelism } from 'node:os';
import { buildTimings, countPages, pageTicker } from './lib/build/build-progress.ts';
import {
  countLetterPages,
  countLetters,
  gatherCache,
  hasPreviousBuild,
  mergePart,
  partFolders,
  runAstroParts,
} from './lib/build/astro-parts.ts';
import { partCount, prerenderFolderShared } from '../src/lib/build-parts.ts';
import { writeSitemap } from '../src/integrations/sitemap.ts';
import { formatNumber } from '../src/lib/format/danish-number.ts';
import { runAstro, saveLog, summariseAstroFailure } from './lib/build/astro-failure.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';
import { seconds } from './lib/duration.ts';
import { clearLeftover, publish } from './lib/build/publish.ts';
import { dropStalePages, linkInBackground, unshareWrites } from './lib/build/reuse-pages.ts';
import { astroPageCopies, linkCacheCopies } from './lib/build/astro-cache.ts';
import { pipelineVersion, refreshStaleCaches } from './lib/build/pipeline-version.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const skipCheck = process.argv.includes('--skip-check');
const settings = siteSettings(process.env);
const total = skipCheck ? 2 : 3;
let n = 0;
const timings = buildTimings();
// An old site left by an earlier build is deleted while this one runs.
const clearing = clearLeftover(previous);

// The check and the Astro step run side by side: Astro mostly waits on one core (a warm build
// copies 20,000 cached pages) while the check reads the content on the other. Astro's pages are
// used only when the check passes; when it fails, Astro is stopped and its folders deleted.
const stopAstro = new AbortController();
onStop(() => stopAstro.abort());
if (!skipCheck) step(++n, total, 'Tjekker indhold og data');
const checking = skipCheck ? undefined : run(process.execPath, ['scripts/check.ts']);

// Text rendered by older Markdown code must not be reused (scripts/lib/build/pipeline-version.ts).
const cacheDirs = partFolders(staging, settings.cacheDir, 2).map((f) => f.cacheDir);
const emptied = refreshStaleCaches(
  cacheDirs.filter((d, i) => i === 0 || existsSync(d)),
  pipelineVersion(),
);
if (emptied.length > 0) console.log('  Koden, der laver indholdet om til HTML, er ændret: byggeriet bruger ikke den gemte cache.');

// A large archive is built cold by one Astro process per core, each with its share of the letters
// (src/lib/build-parts.ts); a warm build runs in one process. BUILD_PARTS=1 or 2 decides instead.
const parts = partCount({
  letters: countLetters(settings.contentDir),
  cores: availableParallelism(),
  warm: hasPreviousBuild(settings.cacheDir),
  override: process.env.BUILD_PARTS,
  sharedPrerender: prerenderFolderShared(staging, process.cwd()),
});
const folders = partFolders(staging, settings.cacheDir, parts);
for (const f of folders) rmSync(f.outDir, { recursive: true, force: true });
const astroStarted = performance.now();
// A warm build in one process starts from hard links to Astro's cached pages instead of letting
// Astro copy them (scripts/lib/build/reuse-pages.ts says why that is safe).
const reuse = parts === 1 && hasPreviousBuild(settings.cacheDir);
const linkedMarker = `${staging}.linked`;
rmSync(linkedMarker, { force: true });
const linking = reuse ? linkInBackground(astroPageCopies(settings.cacheDir), staging, linkedMarker) : undefined;
// A failed link worker is reported after Astro (the build stops then); Astro copies meanwhile.
linking?.catch(() => undefined);
const unshare = reuse ? unshareWrites([staging, settings.cacheDir], linkedMarker) : { nodeArgs: [], env: {} };
// Each rendered page's cached copy is a hard link to it, not a second write (link-cache-copies.ts).
const links = linkCacheCopies(staging, settings.cacheDir);
const building =
  parts > 1
    ? runAstroParts(folders, stopAstro.signal)
    : runAstro(['build'], { OUT_DIR: staging, SITEMAP_BY_BUILD_SCRIPT: '1', ...unshare.env, ...links.env }, stopAstro.signal, [
        ...unshare.nodeArgs,
        ...links.nodeArgs,
      ]).then((r) => [{ ...r, part: 1, aborted: stopAstro.signal.aborted }]);
// Ctrl+C or SIGTERM: once Astro, the link worker and the other steps have stopped, nothing of this
// build is left beside dist/ (scripts/lib/build/interrupt.ts).
const published = cleanUpOnStop(
  () => {
    rmSync(linkedMarker, { force: true });
    for (const f of folders) rmSync(f.outDir, { recursive: true, force: true });
  },
  () => [building, ...(linking ? [linking] : [])],
);

if (checking) {
  const check = await checking;
  await haltIfStopped();
  timings.add('check', check);
  if (check.code !== 0) {
    stopAstro.abort();
    await building;
    await linking?.catch(() => undefined);
    await haltIfStopped();
    rmSync(linkedMarker, { force: true });
    for (const f of folders) rmSync(f.outDir, { recursive: true, force: true });
    console.error('\nByggeriet er stoppet: ret fejlene ovenfor. Det offentliggjorte site er ikke ændret.');
    process.exit(1);
  }
}

step(++n, total, 'Bygger sider med Astro');
const ticker = pageTicker(
  staging,
  10_000,
  () => countPages(staging) + folders.slice(1).reduce((sum, f) => sum + countLetterPages(f.outDir), 0),
  astroStarted,
);
const runs = await building;
await haltIfStopped();
// The links are all made before Astro writes a page (the marker), so this is already settled.
const linked = await linking?.catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
rmSync(linkedMarker, { force: true });
ticker.stop();
const astro = { code: runs.find((r) => r.code !== 0)?.code ?? 0, ms: performance.now() - astroStarted };
timings.add('astro', astro);
const failed = runs.filter((r) => r.code !== 0 && !r.aborted);
if (failed.length > 0) {
  for (const f of folders) rmSync(f.outDir, { recursive: true, force: true });
  // A Danish summary with file and line instead of Astro's stack trace (scripts/lib/build/astro-failure.ts).
  // Both parts meet an error in a shared file: the editor reads it once (the last line names the log).
  const causes = new Set<string>();
  for (const r of failed) {
    const logFile = resolve(`node_modules/.cache/integrationsbarometer/astro-build${parts > 1 ? `-del-${r.part}` : ''}.log`);
    saveLog(logFile, r.log);
    const summary = summariseAstroFailure(r.log, { cwd: process.cwd(), contentDir: settings.contentDir, logFile, checked: !skipCheck });
    const cause = summary.slice(0, -1).join('\n');
    if (!causes.has(cause)) console.error(`\n${summary.join('\n')}`);
    causes.add(cause);
  }
  console.error('\nAstro-byggeriet fejlede; det offentliggjorte site er ikke ændret.');
  process.exit(1);
}
if (parts > 1) {
  try {
    const moved = folders.slice(1).reduce((sum, f) => sum + mergePart(staging, f.outDir), 0);
    const times = runs.map((r) => `del ${r.part}: ${seconds(r.ms)}`).join(', ');
    console.log(`  Astro i ${parts} dele (${times}): ${formatNumber(moved, 0)} brevsider fra del 2–${parts}`);
  } catch (err) {
    for (const f of folders) rmSync(f.outDir, { recursive: true, force: true });
    console.error(
      `\nAstro-delene kunne ikke samles (${err instanceof Error ? err.message : String(err)}); det offentliggjorte site er ikke ændret.`,
    );
    process.exit(1);
  }
}
if (linked) {
  try {
    if (linked instanceof Error) throw linked;
    const dropped = dropStalePages(staging, linked, settings.cacheDir);
    if (dropped.length > 0)
      console.log(`  ${formatNumber(dropped.length, 0)} ${dropped.length === 1 ? 'side' : 'sider'} fra sidste byggeri findes ikke længere`);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nSider fra sidste byggeri kunne ikke ryddes op (${err instanceof Error ? err.message : String(err)}); det offentliggjorte site er ikke ændret.`,
    );
    process.exit(1);
  }
}
console.log(`  Astro: ${seconds(astro.ms)}`);

step(n + 1, total, 'Bygger søgeindeks med Pagefind');
// In shards of at most 4,000 pages, each its own Pagefind process, merged into one bundle; shards
// whose pages did not change are reused from the cache (scripts/lib/search-index/).
// After a build in parts, the search step also looks for the other parts' cached page copies, which
// are moved meanwhile (scripts/lib/search-index/page-memo.ts).
const partCaches = folders.slice(1).flatMap((f) => ['--part-cache', f.cacheDir]);
const indexing = run(process.execPath, ['scripts/search-index.ts', staging, ...partCaches]);
// Meanwhile, on this otherwise idle process: the other parts' caches gathered into the first, so
// the next build runs warm in one process and finds every part's letters there (12,000 files moved
// at 20,000 letters, 5 s of file-system work that no longer holds up Pagefind), and sitemap.xml
// (Pagefind reads only the HTML pages).
for (const [task, work] of [
  ['Astro-delenes cache kunne ikke samles', () => folders.slice(1).forEach((f) => gatherCache(settings.cacheDir, f.cacheDir))],
  ['sitemap.xml kunne ikke skrives', () => writeSitemap(staging, settings.site, settings.base)],
] as const) {
  try {
    work();
  } catch (err) {
    await indexing;
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n${task} (${err instanceof Error ? err.message : String(err)}); det offentliggjorte site er ikke ændret.`);
    process.exit(1);
  }
}
const pagefind = await indexing;
await haltIfStopped();
timings.add('pagefind', pagefind);
if (pagefind.code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nPagefind fejlede; det offentliggjorte site er ikke ændret.');
  process.exit(1);
}
console.log(`  Pagefind: ${seconds(pagefind.ms)}`);

// The search page's vocabulary (»Mente du …?«, æ/ø/å as ae/oe/aa) and filter counts, read from the
// index, and Pagefind's chunk bounds made contiguous (scripts/lib/search/chunk-bounds.ts).
const vocabulary = await run(process.execPath, ['scripts/search-vocabulary.ts', staging]);
await haltIfStopped();
timings.add('vocabulary', vocabulary);
if (vocabulary.code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nSøgeordlisten kunne ikke skrives; det offentliggjorte site er ikke ændret.');
  process.exit(1);
}

// Swap in the new site in two renames so dist/ is never half-written; the old one is deleted in
// the background (scripts/lib/build/publish.ts).
// A stop that came meanwhile is cleaning up: the new site is not swapped in then.
if (await publish(staging, outDir, previous, clearing, () => stopSignal() !== undefined)) {
  published();
  console.log(`\nFærdig: ${outDir}`);
}
