/**
 * The search index built in shards and merged (scripts/lib/search-index/) must be the index
 * Pagefind would have built in one go: the same results with the same scores for words, prefixes,
 * diacritics, meta values (case numbers, only on some pages, so the shards' meta field lists
 * differ), filters and date sorting. And a shard whose pages did not change is reused, with a
 * merged bundle byte-identical to a cold one.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexInShards, shardBundles } from '../../scripts/lib/search-index/shards.ts';
import { collectSite, COLLECTED_SUFFIX } from '../../scripts/lib/search/post-index.ts';
import { planShards } from '../../scripts/lib/search-index/plan.ts';
import { mergeBundles, roundedLength } from '../../scripts/lib/search-index/merge.ts';
import { decodeCbor, readPagefindFile, SIGNATURE } from '../../scripts/lib/search-index/cbor.ts';
import { indexWordForms } from '../../scripts/lib/search-index/word-index.ts';
import { referenceWordChunks } from '../helpers/merge-reference.ts';
import { listFiles } from '../../scripts/lib/dist.ts';
import { loadNodePagefind } from '../../scripts/lib/search/node-pagefind.ts';
import { searchAttributes, type SearchInfo } from '../../src/lib/search-attributes.ts';
import { datePosition, illustrativeId, sortByDate } from '../../src/lib/search/ordering.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { escapeXml } from '../../src/lib/format/escape.ts';

const esc = escapeXml;
const WORDS = [
  'integration',
  'konferencen',
  'budgetforhandlingerne',
  'Rådhuset',
  'café',
  'cafe',
  'kvinder',
  'ligestilling',
  'beskæftigelse',
  'Hougaard',
  'tryghed',
  'bolig',
];

function page(i: number, info: SearchInfo): string {
  const a = searchAttributes(info);
  const hidden = [
    ...a.filters.map((f) => `<span data-pagefind-filter="${esc(`${f.name}:${f.value}`)}"></span>`),
    ...a.meta.map((m) => `<span data-pagefind-meta="${esc(`${m.name}:${m.value}`)}"></span>`),
    a.sortDate ? `<span data-pagefind-sort="date:${a.sortDate}"></span>` : '',
  ].join('');
  // Word i of the list on every page, others on every second or third page, repeated unevenly.
  const words = WORDS.filter((_, w) => w === i % WORDS.length || (i + w) % 3 === 0 || (i * w) % 5 === 1);
  const paragraphs = [
    words.join(' '),
    `Side ${i} om ${words.slice(0, 2).join(' og ')} i København.`,
    words
      .slice(-3)
      .join(', ')
      .repeat(1 + (i % 3)),
  ];
  return `<!doctype html><html lang="da"><head><title>Side ${i}</title></head><body><nav>Søg</nav><main>
<div data-pagefind-body><div hidden>${hidden}</div><h1>Brev nummer ${i} om ${esc(words[0] ?? '')}</h1>
${paragraphs.map((p, n) => `<p id="afsnit-${n + 1}">${esc(p)}</p>`).join('\n')}</div></main></body></html>`;
}

mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-shards-')));
const site = join(work, 'site');
const mono = join(work, 'mono');
let merged: Pagefind;
let whole: Pagefind;

function writeSite(dir: string, pages: number, changed = -1): void {
  for (let i = 0; i < pages; i++) {
    const year = 2006 + (i % 7);
    const info: SearchInfo = {
      type: i % 9 === 0 ? 'side' : 'brev',
      date: i % 9 === 0 ? undefined : new Date(`${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`),
      areas: [['beskaeftigelse', 'tryghed', 'bolig'][i % 3] as string],
      caseNumbers: i % 4 === 0 ? [`${year}-${1000 + i}`] : undefined,
      journalNumbers: i === 5 ? ['J-77'] : undefined,
      // Some pages of example data, dated and undated: the merge marks their fragment names.
      illustrative: i % 5 === 2,
    };
    const html = page(i, info).replace('</h1>', i === changed ? ' rettet</h1>' : '</h1>');
    mkdirSync(join(dir, 'breve', `b${i}`), { recursive: true });
    writeFileSync(join(dir, 'breve', `b${i}`, 'index.html'), html);
  }
  // A page without data-pagefind-body is not indexed.
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="da"><head><title>Forside</title></head><body><p>integration forside</p></body></html>',
  );
}

beforeAll(async () => {
  writeSite(site, 40);
  const r = spawnSync(
    process.execPath,
    ['node_modules/pagefind/lib/runner/bin.cjs', '--site', site, '--output-path', join(mono, 'pagefind'), '--silent'],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const stats = await indexInShards({ site, cacheDir: join(work, 'cache'), maxPages: 4, chunkSize: 60, lengthRatio: 1 });
  expect(stats.shards).toBeGreaterThan(8);
  // Small chunks, so words are looked up across many chunk files and chunk bounds.
  expect(stats.chunks).toBeGreaterThan(10);
  merged = await loadNodePagefind(site);
  whole = await loadNodePagefind(mono);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Results as "url score"; pages with equal scores in URL order (Pagefind orders ties by page number, which differs). */
async function results(pf: Pagefind, term: string | null, options = {}): Promise<string[]> {
  const r = await pf.search(term, options);
  const rows = await Promise.all(
    r.results.map(async (x) => ({ url: (await x.data()).url.replace(/^.*?\/(site|mono|rounded)\//, '/'), score: x.score.toFixed(6) })),
  );
  const tie = (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.score === b.score ? (a.url < b.url ? -1 : 1) : 0);
  // Sorted output keeps Pagefind's order between different scores and by date; only ties are normalised.
  return rows
    .map((row, i) => ({ ...row, i }))
    .sort((a, b) => tie(a, b) || a.i - b.i)
    .map((x) => `${x.url} ${x.score}`);
}

describe('search index built in shards', () => {
  it('plans shards by date, undated last, no shard over the limit, years whole where they fit', () => {
    const pages = [
      { path: 'a.html' },
      { path: 'b.html', date: '2009-02-01' },
      { path: 'c.html', date: '2008-05-01' },
      { path: 'd.html', date: '2009-07-01' },
      { path: 'e.html', date: '2009-07-09' },
      { path: 'f.html', date: '2009-11-30' },
    ];
    expect(planShards(pages, 10).map((s) => [s.key, s.pages.map((p) => p.path)])).toEqual([
      ['2008', ['c.html']],
      ['2009', ['b.html', 'd.html', 'e.html', 'f.html']],
      ['udateret-1', ['a.html']],
    ]);
    expect(planShards(pages, 2).map((s) => s.key)).toEqual(['2008', '2009-02', '2009-07', '2009-11', 'udateret-1']);
  });

  it('finds the same pages with the same scores as one Pagefind run', async () => {
    const queries = [
      ...WORDS,
      'kon',
      'integ',
      'cafe',
      'café',
      'rådhuset',
      'raadhuset',
      'side',
      'brev nummer',
      '2006-1000',
      'J-77',
      'København',
      'hougaard tryghed',
      '"side 12"',
    ];
    for (const q of queries) {
      for (const options of [{}, { filters: { område: 'tryghed' } }, { filters: { type: ['brev'] } }]) {
        expect(await results(merged, q, options), `${q} ${JSON.stringify(options)}`).toEqual(await results(whole, q, options));
      }
    }
  });

  it('sorts by date from the page numbers as Pagefind sorts by its date table, undated pages last', async () => {
    for (const q of [null, 'integration', 'kvinder', 'bolig']) {
      for (const order of ['asc', 'desc'] as const) {
        // (With no term and no filter Pagefind returns nothing, as the search page expects.)
        for (const filters of q === null ? [{ type: 'brev' }, { område: 'tryghed' }] : [{}, { type: 'brev' }]) {
          const ours = sortByDate((await merged.search(q, { filters })).results, order);
          const pagefinds = (await whole.search(q, { filters, sort: { date: order } })).results;
          const all = (await whole.search(q, { filters })).results;
          const date = async (r: { data: () => Promise<{ meta: Record<string, string | undefined> }> }) =>
            (await r.data()).meta.date ?? 'udateret';
          const theirs = [...pagefinds, ...all.filter((r) => !pagefinds.some((s) => s.id === r.id))];
          const dates = await Promise.all(ours.map(date));
          expect(dates.filter((d) => d !== 'udateret').length, `${q} ${JSON.stringify(filters)}`).toBeGreaterThan(2);
          expect(dates, `${q} ${order}`).toEqual(await Promise.all(theirs.map(date)));
        }
      }
    }
  });

  it('rounds page lengths to 5 % steps, which moves scores by under 2 %', async () => {
    expect([0, 1, 100, 1000, 1234].map((n) => roundedLength(n))).toEqual([0, 1, 98, 1021, 1241]);
    const rounded = join(work, 'rounded');
    writeSite(rounded, 40);
    await indexInShards({ site: rounded, cacheDir: join(work, 'cache-rounded'), maxPages: 4 });
    const pf = await loadNodePagefind(rounded);
    for (const q of WORDS) {
      const a = new Map((await results(whole, q)).map((r) => r.split(' ') as [string, string]));
      const b = (await results(pf, q)).map((r) => r.split(' ') as [string, string]);
      expect(b.length).toBe(a.size);
      for (const [url, score] of b) expect(Math.abs(Number(score) / Number(a.get(url)) - 1), `${q} ${url}`).toBeLessThan(0.02);
    }
  });

  it('marks the pages of example data in their fragment names, and leaves their filter out of the merged index', async () => {
    const all = (await merged.search(null, { filters: { type: { any: ['brev', 'side'] } } })).results;
    expect(all).toHaveLength(40);
    const marked = await Promise.all(all.map(async (r) => [illustrativeId(r.id), (await r.data()).meta.eksempeldata === 'ja']));
    expect(marked.filter(([id]) => id)).toHaveLength(8);
    for (const [id, meta] of marked) expect(id).toBe(meta);
    // A dated example page keeps its place in date order; an undated one has none.
    const dated = await Promise.all(all.map(async (r) => [datePosition(r.id) !== undefined, (await r.data()).meta.date !== undefined]));
    for (const [position, date] of dated) expect(position).toBe(date);
    expect(Object.keys(await merged.filters())).not.toContain('eksempeldata');
  });

  it('has the same filter counts and pages as one Pagefind run', async () => {
    // Less the example-data filter, which the merge reads and leaves out (ordering.ts, EXAMPLE_FILTER).
    const { eksempeldata, ...wholeFilters } = await whole.filters();
    expect(eksempeldata).toBeDefined();
    expect(await merged.filters()).toEqual(wholeFilters);
    expect((await merged.search(null, {})).results.length).toBe(40);
    expect((await merged.search(null, {})).results.length).toBe((await whole.search(null, {})).results.length);
  });

  it('merges the word index to the same bytes as the plain decode-renumber-encode merge', async () => {
    const dirs = shardBundles(join(work, 'cache'), site) as string[];
    const metas = dirs.map((d) => {
      const file = readdirSync(d).find((f) => f.endsWith('.pf_meta')) as string;
      return readPagefindFile(readFileSync(join(d, file)), file) as [string, unknown[], unknown, unknown, [string, number[]][], string[]];
    });
    // The fixture takes the merge's harder paths: a shard whose meta fields are numbered differently
    // from the merged list, and a shard whose date order is not Pagefind's page order.
    const fields = [...new Set(metas.flatMap((m) => m[5]))].sort();
    expect(metas.some((m) => m[5].some((f, i) => fields[i] !== f))).toBe(true);
    expect(metas.some((m) => (m[4][0]?.[1] ?? []).some((page, i) => page !== i))).toBe(true);
    for (const chunkSize of [7, 60, 1_000_000]) {
      const out = join(work, `merged-${chunkSize}`);
      await mergeBundles(dirs, out, chunkSize);
      const metaFile = readdirSync(out).find((f) => f.endsWith('.pf_meta')) as string;
      const chunks = (readPagefindFile(readFileSync(join(out, metaFile)), metaFile) as [string, unknown, [string, string, string][]])[2];
      const expected = referenceWordChunks(dirs, 'da', chunkSize);
      expect(chunks.length, `chunk size ${chunkSize}`).toBe(expected.length);
      chunks.forEach(([, , hash], i) => {
        const bytes = readFileSync(join(out, 'index', `${hash}.pf_index`));
        // gzip level 6 as Pagefind writes (and as the merge always wrote), over the same CBOR.
        const want = gzipSync(Buffer.concat([SIGNATURE, expected[i] as Buffer]), { level: 6 });
        expect(bytes.equals(want), `chunk ${i} of ${chunks.length}, chunk size ${chunkSize}`).toBe(true);
        // The word list first-results.ts reads from a chunk without decoding its pages.
        const words = (decodeCbor(expected[i] as Buffer) as [[string, unknown, [string, unknown][]][]])[0];
        expect(indexWordForms(expected[i] as Buffer, hash)).toEqual(words.flatMap(([w, , vs]) => [w, ...vs.map(([f]) => f)]));
      });
    }
  });

  it('re-indexes only the shard whose page changed, and merges to the same bytes as a cold run', async () => {
    const again = await indexInShards({ site, cacheDir: join(work, 'cache'), maxPages: 4 });
    expect(again.indexed).toBe(0);
    rmSync(site, { recursive: true, force: true });
    writeSite(site, 40, 17);
    const warm = await indexInShards({ site, cacheDir: join(work, 'cache'), maxPages: 4 });
    expect(warm.indexed).toBe(1);
    const coldSite = join(work, 'cold');
    writeSite(coldSite, 40, 17);
    await indexInShards({ site: coldSite, cacheDir: join(work, 'cache-cold'), maxPages: 4 });
    const files = listFiles(join(site, 'pagefind'));
    expect(files).toEqual(listFiles(join(coldSite, 'pagefind')));
    for (const f of files)
      expect(readFileSync(join(site, 'pagefind', f)).equals(readFileSync(join(coldSite, 'pagefind', f))), f).toBe(true);
  }, 120_000);

  it("keeps each shard's vocabulary while it merges, so the vocabulary step finds them all", () => {
    const dirs = shardBundles(join(work, 'cache'), site) ?? [];
    expect(dirs.length).toBeGreaterThan(8);
    for (const d of dirs) expect(existsSync(`${d}${COLLECTED_SUFFIX}`), d).toBe(true);
  });

  it("collects the vocabulary shard by shard (kept by the search step's thread) as from the merged bundle", async () => {
    const dirs = shardBundles(join(work, 'cache'), site);
    expect(dirs?.length).toBeGreaterThan(8);
    const fromMerged = await collectSite(site);
    const fresh = await collectSite(site, dirs);
    const cached = await collectSite(site, dirs);
    for (const c of [fresh, cached]) {
      expect(c.pages).toBe(fromMerged.pages);
      expect(c.months).toEqual(fromMerged.months);
      expect(c.counts).toEqual(fromMerged.counts);
      expect(new Map([...c.words].sort())).toEqual(new Map([...fromMerged.words].sort()));
    }
    expect(fromMerged.words.size).toBeGreaterThan(10);
    // The kept collections survive the next run's cache clean-up and are never merged into the site.
    await indexInShards({ site, cacheDir: join(work, 'cache'), maxPages: 4 });
    expect(dirs?.every((d) => existsSync(`${d}${COLLECTED_SUFFIX}`))).toBe(true);
    expect(
      listFiles(join(site, 'pagefind')).filter((f) => !/\.(pf_\w+|js|css|json|pagefind)$/.test(f) || f.includes('vocabulary')),
    ).toEqual([]);
    // A manifest of another build is not used.
    expect(shardBundles(join(work, 'cache-rounded'), site)).toBeUndefined();
  });
});
