/**
 * npm run gold [-- --dist DIR] [--set real|bench|all] [--min-recall 0.9] [--verbose]
 *
 * The search gold set (test/fixtures/search/gold-set.json): queries as journalists type them
 * (compounds, inflections, names, typos, ae/oe/aa, case numbers, dates, phrases) with the documents
 * each must find, run through the search page's own engine (src/lib/search/engine.ts) against a
 * built site's Pagefind index, in Node. Prints recall@10 per kind and overall, and the zero-result
 * rate. A typo query counts as found when its first »Mente du …?« suggestion (one click) finds the
 * documents; its zero-result rate counts pages that show nothing and offer nothing.
 * Queries marked "real" are about the five real letters and the site's own pages and run on any
 * build (the bench corpus contains them too); "bench" queries need the 5,000-letter bench corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runSearch, type Outcome } from '../src/lib/search/engine.ts';
import { META_WEIGHTS } from '../src/lib/search/pagefind-api.ts';
import { normaliseQuery } from '../src/lib/search/query.ts';
import { siteDeps } from '../src/client/site-files.ts';
import { loadNodePagefind } from './lib/search/node-pagefind.ts';

export interface GoldQuery {
  query: string;
  kind: string;
  set: 'real' | 'bench';
  /** Site paths ("/breve/…/") of the documents the query must find. */
  expect: string[];
  note?: string;
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    set: { type: 'string', default: 'auto' },
    'min-recall': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    gold: { type: 'string', default: 'test/fixtures/search/gold-set.json' },
  },
});

const dist = resolve(values.dist);
if (!existsSync(resolve(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`Fandt intet søgeindeks i ${dist}/pagefind. Byg sitet først (npm run build).`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(values.gold, 'utf8')) as GoldQuery[];
// The bench queries only make sense on a bench build: it has the generated letters.
const hasBench = existsSync(resolve(dist, 'breve', 'aar', '2015'));
const wanted = values.set === 'auto' ? (hasBench ? 'all' : 'real') : values.set;
const queries = gold.filter((g) => wanted === 'all' || g.set === wanted);

const base = `${pathToFileURL(dist).href}/`;
/**
 * A new Pagefind instance for each query, as a visitor arriving at the search page has: Pagefind
 * matches a word against every index word loaded so far, so one instance for all queries measured
 * a session in which each query saw the files of the ones before it.
 */
async function freshDeps() {
  const pf = await loadNodePagefind(dist, { ranking: { metaWeights: META_WEIGHTS } });
  return siteDeps(pf, base);
}

/** Result URL → site path (pagefind.js in Node puts the file: base path in front). */
function sitePath(url: string): string {
  const i = url.indexOf(dist.replace(/\\/g, '/'));
  return i >= 0 ? url.slice(i + dist.length) : url;
}

async function top10(o: Outcome): Promise<string[]> {
  return Promise.all(o.results.slice(0, 10).map(async (r) => sitePath((await r.data()).url)));
}

interface Row {
  g: GoldQuery;
  recall: number;
  zero: boolean;
  deadEnd: boolean;
  ms: number;
  searched: string;
  top: string[];
}

const rows: Row[] = [];
for (const g of queries) {
  const deps = await freshDeps();
  const t0 = performance.now();
  let o = await runSearch(deps, normaliseQuery(g.query));
  const zero = o.results.length === 0;
  // A word the search cannot reach is said as such (engine.ts, Buried): a note, not a dead end.
  const deadEnd = zero && o.suggestions.length === 0 && !o.buried;
  // One click on the first suggestion, as a visitor would.
  if (zero && o.suggestions[0]) o = await runSearch(deps, normaliseQuery(o.suggestions[0]));
  const top = await top10(o);
  const found = g.expect.filter((e) => top.includes(e)).length;
  const recall = g.expect.length ? found / Math.min(g.expect.length, 10) : zero ? 1 : 0;
  rows.push({ g, recall, zero, deadEnd, ms: performance.now() - t0, searched: o.searched, top });
  await deps.pf.destroy();
}

const pct = (x: number) => `${(x * 100).toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const kinds = [...new Set(rows.map((r) => r.g.kind))];
console.log(`Guldsæt: ${rows.length} søgninger (${wanted}) mod ${dist}\n`);
console.log('| slags | søgninger | recall@10 | uden resultater | uden resultater og forslag |');
console.log('|---|---:|---:|---:|---:|');
for (const k of kinds) {
  const rs = rows.filter((r) => r.g.kind === k);
  console.log(
    `| ${k} | ${rs.length} | ${pct(mean(rs.map((r) => r.recall)))} | ${rs.filter((r) => r.zero).length} | ${rs.filter((r) => r.deadEnd).length} |`,
  );
}
const recall = mean(rows.map((r) => r.recall));
const zeroRate = rows.filter((r) => r.deadEnd).length / Math.max(1, rows.length);
console.log(
  `| **i alt** | ${rows.length} | **${pct(recall)}** | ${rows.filter((r) => r.zero).length} | ${rows.filter((r) => r.deadEnd).length} |`,
);
console.log(
  `\nrecall@10: ${pct(recall)}; nul-resultat-rate (ingen resultater og intet forslag): ${pct(zeroRate)}; ` +
    `uden resultater før forslag: ${pct(rows.filter((r) => r.zero).length / Math.max(1, rows.length))}`,
);
const misses = rows.filter((r) => r.recall < 1);
if (misses.length || values.verbose) {
  console.log('\nIkke fundet fuldt ud:');
  for (const r of values.verbose ? rows : misses) {
    const missing = r.g.expect.filter((e) => !r.top.includes(e));
    console.log(
      `  »${r.g.query}« (${r.g.kind}) → »${r.searched}«: recall ${pct(r.recall)}${missing.length ? `; mangler ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''}` : ''}`,
    );
  }
}
const min = values['min-recall'] ? Number(values['min-recall']) : undefined;
if (min !== undefined && recall < min) {
  console.error(`\nrecall@10 ${pct(recall)} er under grænsen ${pct(min)}.`);
  process.exit(1);
}
