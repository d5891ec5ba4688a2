/**
 * Builds a generated corpus of 250 letters (three pages of the letter list) three times. The lists
 * are paginated with plain prev/next links and no page exceeds the 150 KB budget. And a rebuild with a warm cache (Astro's incremental build, the letter bodies beside the content
 * store) after an editor adds one letter and corrects another must publish exactly what a cold
 * build of the same content publishes: every file, Pagefind's index included, byte for byte. And it
 * must really reuse: a page whose content did not change is copied from the cache, not rendered.
 * The corpus includes a letter with an original and bilag, so their files and text pages are covered.
 * The first build runs in two Astro processes (src/lib/build-parts.ts), which gather their caches
 * into one; the warm rebuild then runs in one process from that cache, and the cold build in one
 * process: so the byte-for-byte comparison also proves that a build in parts publishes what one
 * process does, and the page reuse below that the gathered cache holds every letter.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus/corpus.ts';
import { addAndChangeOneLetter, type LetterChange } from '../../scripts/lib/corpus/mutate.ts';
import { listFiles } from '../../scripts/lib/dist.ts';
import { element, elements, parseHtml } from '../helpers/html.ts';
import { FIXTURE_SLUG, writeAttachmentFixture } from '../../scripts/lib/corpus/attachment-letter.ts';
import { buildCorpus, type BuildTarget } from '../helpers/corpus-build.ts';
import { MAX_SITE_ENTRIES } from '../../src/lib/feeds/topic-feeds.ts';
import { NEWS_TEXT } from '../../src/lib/copy/news.ts';

// Inside the repository: with an OUT_DIR elsewhere Astro shares <repo>/.astro/.prerender/ between
// concurrent builds (see scripts/bench.ts).
mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-warm-')));
const corpus = join(work, 'corpus');
const warm = { out: join(work, 'warm'), cache: join(work, 'cache-warm') };
const cold = { out: join(work, 'cold'), cache: join(work, 'cache-cold') };
let change: LetterChange;
let changedIndicator = '';
let cachedBefore = new Map<string, number>();

let partsLog = '';
let warmLog = '';

const build = (target: BuildTarget, parts?: number) => buildCorpus(corpus, target, parts);

/**
 * An editor corrects one value in measurements.csv (the first row's, one lower, in the file's own
 * decimal comma): the indicator's chart, embed and downloads must be made again, the others copied.
 */
function changeOneValue(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cells = (lines[1] as string).split(';');
  const value = Number((cells[3] as string).replace(',', '.'));
  const decimals = (cells[3] as string).split(',')[1]?.length ?? 0;
  cells[3] = (value >= 1 ? value - 1 : value + 0.1).toFixed(decimals).replace('.', ',');
  lines[1] = cells.join(';');
  writeFileSync(file, lines.join('\n'));
  return cells[0] as string;
}

/** The second part's cache folder (scripts/lib/build/astro-parts.ts). */
const part2 = (cache: string) => `${cache}-del-2`;

/** Modification times of Astro's cached copies of the built pages. */
function cacheTimes(cache: string): Map<string, number> {
  const dir = join(cache, 'dist');
  return new Map(listFiles(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

beforeAll(async () => {
  generateCorpus({ letters: 250, indicators: 19, years: 5, seed: 'varm-genbygning', out: corpus, repoRoot: process.cwd() });
  // A letter with an original and bilag (PDF, DOCX, XLSX, CSV, a scan): their text is read from the cache when warm.
  await writeAttachmentFixture(join(corpus, 'content'));
  partsLog = build(warm, 2);
  cachedBefore = cacheTimes(warm.cache);
  change = addAndChangeOneLetter(join(corpus, 'content', 'letters'));
  changedIndicator = changeOneValue(join(corpus, 'data', 'measurements.csv'));
  // Warm: one process (BUILD_PARTS unset), from the gathered cache.
  warmLog = build(warm);
  build(cold, 1);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

const slug = (file: string) => file.replace(/\.md$/, '');

describe('warm rebuild after adding and changing one letter', () => {
  it('publishes the same files as a cold build, byte for byte (search index included)', () => {
    const files = listFiles(warm.out);
    expect(files).toEqual(listFiles(cold.out));
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    // Written by scripts/build.ts while Pagefind runs, in one process and in two parts alike.
    expect(readFileSync(join(warm.out, 'sitemap.xml'), 'utf8')).toContain(`/breve/${slug(change.added)}/</loc>`);
    const different = files.filter((f) => !readFileSync(join(warm.out, f)).equals(readFileSync(join(cold.out, f))));
    expect(different).toEqual([]);
  });

  it('shows the new letter and the correction', () => {
    expect(readFileSync(join(warm.out, 'breve', slug(change.added), 'index.html'), 'utf8')).toContain(
      'Tilføjet brev: opfølgning på integrationsindsatsen',
    );
    expect(readFileSync(join(warm.out, 'breve', slug(change.changed), 'index.html'), 'utf8')).toContain('Rettet efter udsendelsen.');
  });

  it('copies unchanged letter pages from the cache and renders only the changed ones', () => {
    const after = cacheTimes(warm.cache);
    const letterPages = [...cachedBefore.keys()].filter((f) => /^breve\/\d{4}-[^/]+\/index\.html$/.test(f));
    const rerendered = letterPages.filter((f) => after.get(f) !== cachedBefore.get(f));
    expect(letterPages.length).toBeGreaterThan(250);
    expect(rerendered).toEqual([`breve/${slug(change.changed)}/index.html`]);
    expect(after.has(`breve/${slug(change.added)}/index.html`)).toBe(true);
    // The letter with files, its files and their text pages did not change: none is made again.
    const withFiles = [...cachedBefore.keys()].filter((f) => f.startsWith(`breve/${FIXTURE_SLUG}/`));
    expect(withFiles).toEqual(
      expect.arrayContaining([
        `breve/${FIXTURE_SLUG}/bilag-1.pdf`,
        `breve/${FIXTURE_SLUG}/bilag-1/index.html`,
        `breve/${FIXTURE_SLUG}/index.html`,
      ]),
    );
    expect(withFiles.filter((f) => after.get(f) !== cachedBefore.get(f))).toEqual([]);
  });

  it('reads again only the pages Astro made again when it looks for changed search shards', () => {
    // scripts/lib/search-index/page-memo.ts; the byte-for-byte test above shows the index is right.
    const read = (log: string) => Number(/([\d.]+) sider læst/.exec(log)?.[1]?.replace(/\./g, ''));
    const after = cacheTimes(warm.cache);
    const pages = listFiles(warm.out).filter((f) => f.endsWith('.html'));
    // Pages without a cached copy (no cache key) or whose copy Astro wrote in the warm build.
    const madeAgain = pages.filter((f) => !after.has(f) || after.get(f) !== cachedBefore.get(f));
    expect(read(partsLog)).toBeGreaterThan(pages.length * 0.9);
    expect(madeAgain.length).toBeLessThan(pages.length * 0.6);
    expect(read(warmLog)).toBe(madeAgain.length);
  });
});

describe('warm rebuild after correcting one value in measurements.csv', () => {
  // The chart file, the embed and the downloads of an indicator are keyed by its definition and its
  // rows (src/lib/barometer/indicator-cache-key.ts); the byte-for-byte test above shows they are right.
  const keyed = (id: string) => [
    `indikatorer/${id}/data.csv`,
    `indikatorer/${id}/data.json`,
    `indikatorer/${id}/graf.svg`,
    `indikatorer/${id}/indlejr/index.html`,
  ];

  it("makes the changed indicator's chart, embed and downloads again and copies every other indicator's", () => {
    const after = cacheTimes(warm.cache);
    const files = [...cachedBefore.keys()].filter((f) =>
      /^indikatorer\/[^/]+\/(data\.csv|data\.json|graf\.svg|indlejr\/index\.html)$/.test(f),
    );
    expect(files).toEqual(expect.arrayContaining(keyed(changedIndicator)));
    expect(files.length).toBeGreaterThan(4 * 10);
    expect(files.filter((f) => after.get(f) !== cachedBefore.get(f)).sort()).toEqual(keyed(changedIndicator).sort());
  });

  it('publishes the corrected value in the download', () => {
    const csv = (out: string) => readFileSync(join(out, 'indikatorer', changedIndicator, 'data.csv'), 'utf8');
    const corrected = readFileSync(join(corpus, 'data', 'measurements.csv'), 'utf8')
      .split('\n')[1]
      ?.split(';')[3] as string;
    expect(csv(warm.out)).toContain(`;${corrected};`);
    expect(csv(warm.out)).toBe(csv(cold.out));
  });
});

describe('a build in two parts', () => {
  it('builds part of the letters in the second part', () => {
    const moved = Number(/(\d+) brevsider fra del 2–2/.exec(partsLog)?.[1]);
    expect(moved).toBeGreaterThan(50);
    expect(moved).toBeLessThan(250);
  });

  it('gathers the second part\u2019s cache into the first: every letter text is there, the second cache is gone', () => {
    expect(existsSync(part2(warm.cache))).toBe(false);
    expect(listFiles(join(warm.cache, 'letter-bodies')).sort()).toEqual(listFiles(join(cold.cache, 'letter-bodies')).sort());
  });

  it('leaves no part folder behind', () => {
    expect(listFiles(work).some((f) => /^warm\.staging/.test(f))).toBe(false);
  });
});

describe('paginated lists on the built corpus', () => {
  const html = (path: string) => readFileSync(join(cold.out, path, 'index.html'), 'utf8');
  // The letters a list page shows: the link in each list entry's title.
  const lettersOn = (page: string) =>
    elements(parseHtml(page), 'h3', { class: /(^| )ib-letter-list__title( |$)/ }).map(
      (h) => /^\/breve\/([^/]+)\/$/.exec(element(h, 'a').attribs.href ?? '')?.[1],
    );

  it('splits /breve/ into pages of 100 letters that together list every letter once, newest first', () => {
    const pages = ['breve', 'breve/side/2', 'breve/side/3'].map(html);
    // The generated letters, the real ones and the example letter with files.
    expect(pages.map((p) => lettersOn(p).length)).toEqual([100, 100, 57]);
    const all = pages.flatMap(lettersOn);
    expect(new Set(all).size).toBe(257);
    expect(listFiles(cold.out).some((f) => f.startsWith('breve/side/4/'))).toBe(false);
  });

  it('links each page to the previous and next one without JavaScript', () => {
    const first = html('breve');
    const middle = html('breve/side/2');
    const last = html('breve/side/3');
    // Booleans, so a failure does not print a whole page.
    const has = (page: string, pattern: RegExp) => pattern.test(page);
    expect(has(first, /<link rel="next" href="\/breve\/side\/2\/">/)).toBe(true);
    expect(has(first, /rel="prev"/)).toBe(false);
    expect(has(middle, /<link rel="prev" href="\/breve\/">/)).toBe(true);
    expect(has(middle, /<link rel="next" href="\/breve\/side\/3\/">/)).toBe(true);
    expect(has(middle, /<a class="ib-pagination__step" rel="prev" href="\/breve\/"[^>]*>Forrige side<\/a>/)).toBe(true);
    expect(has(middle, /<a class="ib-pagination__step" rel="next" href="\/breve\/side\/3\/"[^>]*>Næste side<\/a>/)).toBe(true);
    expect(has(middle, /<a href="\/breve\/side\/2\/" aria-current="page" aria-label="Side 2"[^>]*>2<\/a>/)).toBe(true);
    expect(has(last, /rel="next"/)).toBe(false);
    expect(has(middle, /<title>Breve, side 2 af 3 – Integrationsbarometeret<\/title>/)).toBe(true);
  });

  it('cuts /nyheder/ and /feed.xml at the newest MAX_SITE_ENTRIES entries, the same ones, and says so', () => {
    const page = readFileSync(join(cold.out, 'nyheder', 'index.html'), 'utf8');
    const feed = readFileSync(join(cold.out, 'feed.xml'), 'utf8');
    const items = page.match(/<li class="ib-news__item"/g) ?? [];
    // 50 letters and one measurement per indicator (19) are more than the cap: the page must be cut.
    expect(items).toHaveLength(MAX_SITE_ENTRIES);
    expect(feed.match(/<entry>/g)).toHaveLength(MAX_SITE_ENTRIES);
    expect(page).toContain(NEWS_TEXT.limited(MAX_SITE_ENTRIES));
    expect(page).toMatch(new RegExp(`<a href="/breve/"[^>]*>${NEWS_TEXT.archiveLink}</a>`));
  });

  it('keeps every HTML page under 150 KB', () => {
    const sizes = listFiles(cold.out)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, bytes: statSync(join(cold.out, f)).size }));
    expect(sizes.filter((s) => s.bytes > 150_000)).toEqual([]);
  });
});
