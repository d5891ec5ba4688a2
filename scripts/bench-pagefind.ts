/**
 * The search-index step alone, A/B on a site already built (e.g. `npm run bench -- --keep`):
 *   npx node scripts/bench-pagefind.ts <dist> [--rounds 2]
 * Alternates, in one run: (a) one Pagefind run over the whole site, as before the shards;
 * (b) the sharded index with an empty cache (every shard indexed, then merged); (c) the same with
 * every shard cached (the merge alone). Reports CPU time (user + sys of the tree, /usr/bin/time) and
 * the peak summed RSS of the process tree (scripts/lib/bench/proc-memory.ts), with medians: on this shared machine
 * those are reliable, wall time is not. Works on hard-linked copies; the site itself is not touched.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { peak, sampleTree } from './lib/bench/proc-memory.ts';
import { fmt, markdownTable } from './lib/bench/table.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '2' } } });
const dist = positionals[0];
if (!dist) {
  console.error('Brug: npx node scripts/bench-pagefind.ts <dist> [--rounds 2]');
  process.exit(2);
}
const rounds = Math.max(1, Number(values.rounds) || 1);
const work = mkdtempSync(join(tmpdir(), 'pagefind-ab-'));

interface Sample {
  cpuMs: number;
  wallMs: number;
  peakRss: number;
}

/** Run a command under /usr/bin/time, sampling its process tree's memory. */
function measure(cmd: string, args: string[]): Promise<Sample> {
  const timeFile = join(work, 'time.txt');
  const started = Date.now();
  const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, cmd, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const sampler = sampleTree(child.pid as number);
  return new Promise((done, fail) => {
    child.on('exit', (code) => {
      const samples = sampler.stop();
      if (code !== 0) return fail(new Error(`${cmd} ${args.join(' ')}: exit ${code}`));
      const [user, sys] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      done({ cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, wallMs: Date.now() - started, peakRss: peak(samples) });
    });
  });
}

/** A copy of the site without its search bundle: hard links, so it costs no disk or time. */
function siteCopy(name: string): string {
  const to = join(work, name);
  execFileSync('cp', ['-al', resolve(dist as string), to]);
  return to;
}

const variants: Record<string, (site: string, cache: string) => Promise<Sample>> = {
  'én Pagefind-kørsel': (site) =>
    measure(process.execPath, [
      'node_modules/pagefind/lib/runner/bin.cjs',
      '--site',
      site,
      '--output-path',
      join(work, 'mono-out'),
      '--silent',
    ]),
  'dele, tom cache': (site, cache) => {
    rmSync(cache, { recursive: true, force: true });
    return measure(process.execPath, ['scripts/search-index.ts', site, '--cache', cache]);
  },
  'dele, alle i cache (fletning alene)': (site, cache) => measure(process.execPath, ['scripts/search-index.ts', site, '--cache', cache]),
};

const results = new Map<string, Sample[]>(Object.keys(variants).map((k) => [k, []]));
try {
  const site = siteCopy('site');
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const cache = join(work, 'cache');
  for (let r = 1; r <= rounds; r++) {
    for (const [name, run] of Object.entries(variants)) {
      // Each variant starts from the site without a search bundle (the merge writes <site>/pagefind/).
      rmSync(join(site, 'pagefind'), { recursive: true, force: true });
      const s = await run(site, cache);
      results.get(name)?.push(s);
      console.log(`  runde ${r}: ${name}: CPU ${fmt.s(s.cpuMs)}, RAM ${fmt.mb(s.peakRss)}, væg ${fmt.s(s.wallMs)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
console.log(
  markdownTable(
    ['variant', 'CPU-tid (median)', 'RAM, procestræ (median)', 'væg (median)'],
    [...results].map(([name, xs]) => [
      name,
      fmt.s(median(xs.map((x) => x.cpuMs))),
      fmt.mb(median(xs.map((x) => x.peakRss))),
      fmt.s(median(xs.map((x) => x.wallMs))),
    ]),
  ),
);
