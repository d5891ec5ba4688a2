/**
 * A rebuild with a warm cache (Astro's incremental build, the letter bodies beside the content
 * store) after an editor adds one letter and corrects another must publish exactly what a cold
 * build of the same content publishes: every file, Pagefind's index included, byte for byte. And it
 * must really reuse: a page whose content did not change is copied from the cache, not rendered.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus/corpus.ts';
import { addAndChangeOneLetter, type LetterChange } from '../../scripts/corpus/mutate.ts';
import { listFiles } from '../../scripts/lib-dist.ts';

// Inside the repository: with an OUT_DIR elsewhere Astro shares <repo>/.astro/.prerender/ between
// concurrent builds (see scripts/bench.ts).
mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-warm-')));
const corpus = join(work, 'corpus');
const warm = { out: join(work, 'warm'), cache: join(work, 'cache-warm') };
const cold = { out: join(work, 'cold'), cache: join(work, 'cache-cold') };
let change: LetterChange;
let cachedBefore = new Map<string, number>();

// Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; the child build would read them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'TEST'].includes(k)),
);

function build(target: { out: string; cache: string }): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...env, BAROMETER_CONTENT_DIR: join(corpus, 'content'), BAROMETER_DATA_DIR: join(corpus, 'data'), OUT_DIR: target.out, ASTRO_CACHE_DIR: target.cache },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Modification times of Astro's cached copies of the built pages. */
function cacheTimes(cache: string): Map<string, number> {
  const dir = join(cache, 'dist');
  return new Map(listFiles(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

beforeAll(() => {
  generateCorpus({ letters: 40, indicators: 19, years: 5, seed: 'varm-genbygning', out: corpus, repoRoot: process.cwd() });
  build(warm);
  cachedBefore = cacheTimes(warm.cache);
  change = addAndChangeOneLetter(join(corpus, 'content', 'letters'));
  build(warm);
  build(cold);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const slug = (file: string) => file.replace(/\.md$/, '');

describe('warm rebuild after adding and changing one letter', () => {
  it('publishes the same files as a cold build, byte for byte (search index included)', () => {
    const files = listFiles(warm.out);
    expect(files).toEqual(listFiles(cold.out));
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const different = files.filter((f) => !readFileSync(join(warm.out, f)).equals(readFileSync(join(cold.out, f))));
    expect(different).toEqual([]);
  });

  it('shows the new letter and the correction', () => {
    expect(readFileSync(join(warm.out, 'breve', slug(change.added), 'index.html'), 'utf8')).toContain('Tilføjet brev: opfølgning på integrationsindsatsen');
    expect(readFileSync(join(warm.out, 'breve', slug(change.changed), 'index.html'), 'utf8')).toContain('Rettet efter udsendelsen.');
  });

  it('copies unchanged letter pages from the cache and renders only the changed ones', () => {
    const after = cacheTimes(warm.cache);
    const letterPages = [...cachedBefore.keys()].filter((f) => /^breve\/\d{4}-[^/]+\/index\.html$/.test(f));
    const rerendered = letterPages.filter((f) => after.get(f) !== cachedBefore.get(f));
    expect(letterPages.length).toBeGreaterThan(40);
    expect(rerendered).toEqual([`breve/${slug(change.changed)}/index.html`]);
    expect(after.has(`breve/${slug(change.added)}/index.html`)).toBe(true);
  });
});
