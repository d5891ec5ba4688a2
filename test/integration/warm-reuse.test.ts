/**
 * A warm build starts its staging folder as hard links to Astro's cached page copies
 * (scripts/lib/build/reuse-pages.ts), and the published site shares those files. Three builds of a
 * generated corpus (cold, warm, warm again after correcting one letter and deleting another) and a
 * cold build of the final content show that:
 * - the second warm build publishes exactly what the cold build publishes, byte for byte (the
 *   deleted letter's page is gone, not carried over from the links);
 * - the site published before it never changes while it runs: the page Astro renders again is
 *   written to a new file (scripts/lib/build/unshare-writes.ts), not into the shared one;
 * - unchanged pages are really reused: the published page is Astro's cached copy itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus/corpus.ts';
import { addAndChangeOneLetter } from '../../scripts/lib/corpus/mutate.ts';
import { listFiles } from '../../scripts/lib/dist.ts';
import { buildCorpus, type BuildTarget } from '../helpers/corpus-build.ts';

// Inside the repository, as in warm-rebuild.test.ts (Astro's .prerender folder).
mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-reuse-')));
const corpus = join(work, 'corpus');
const letters = join(corpus, 'content', 'letters');
const site = { out: join(work, 'site'), cache: join(work, 'cache') };
const cold = { out: join(work, 'cold'), cache: join(work, 'cache-cold') };
const snapshot = join(work, 'snapshot');

let corrected = '';
let deleted = '';
let secondLog = '';
/** Every file of the site published before the second warm build, with its SHA-256. */
let before = new Map<string, string>();

const build = (target: BuildTarget) => buildCorpus(corpus, target, 1);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const slug = (file: string) => file.replace(/\.md$/, '');

beforeAll(() => {
  generateCorpus({ letters: 120, indicators: 19, years: 5, seed: 'genbrug-af-sider', out: corpus, repoRoot: process.cwd() });
  build(site);
  addAndChangeOneLetter(letters);
  build(site);
  // Another link to every published file: a write into a shared file would show here.
  before = new Map(listFiles(site.out).map((f) => [f, sha(join(site.out, f))]));
  for (const f of before.keys()) {
    mkdirSync(dirname(join(snapshot, f)), { recursive: true });
    linkSync(join(site.out, f), join(snapshot, f));
  }
  const generated = readdirSync(letters)
    .filter((f) => /^\d{4}-\d{6}-/.test(f) && !f.includes('tilfoejet'))
    .sort();
  corrected = generated[Math.floor(generated.length / 4)] as string;
  deleted = generated[Math.floor((generated.length * 3) / 4)] as string;
  const text = readFileSync(join(letters, corrected), 'utf8');
  const end = text.indexOf('\n---', 4);
  writeFileSync(join(letters, corrected), `${text.slice(0, end)}${text.slice(end).replace(/\.\n/, '. Rettet en gang til.\n')}`);
  rmSync(join(letters, deleted));
  secondLog = build(site);
  build(cold);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('a warm build that starts from links to the cached pages', () => {
  it('publishes the same files as a cold build, byte for byte', () => {
    const files = listFiles(site.out);
    expect(files).toEqual(listFiles(cold.out));
    expect(files.filter((f) => !readFileSync(join(site.out, f)).equals(readFileSync(join(cold.out, f))))).toEqual([]);
  });

  it('does not publish the deleted letter, nor an empty folder for it', () => {
    expect(existsSync(join(site.out, 'breve', slug(deleted)))).toBe(false);
    expect(before.has(`breve/${slug(deleted)}/index.html`)).toBe(true);
    expect(secondLog).toMatch(/\d+ (side|sider) fra sidste byggeri findes ikke længere/);
  });

  it('never writes into the previously published site', () => {
    const changed = [...before].filter(([f, hash]) => sha(join(snapshot, f)) !== hash).map(([f]) => f);
    expect(changed).toEqual([]);
    // The corrected letter's page did change: in a new file.
    const page = `breve/${slug(corrected)}/index.html`;
    expect(readFileSync(join(site.out, page), 'utf8')).toContain('Rettet en gang til.');
    expect(statSync(join(site.out, page)).ino).not.toBe(statSync(join(snapshot, page)).ino);
  });

  it("publishes every letter page as Astro's cached copy itself, a rendered one too (scripts/lib/build/link-cache-copies.ts)", () => {
    const pages = listFiles(join(site.cache, 'dist')).filter((f) => /^breve\/\d{4}-[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(100);
    const apart = pages.filter((f) => statSync(join(site.out, f)).ino !== statSync(join(site.cache, 'dist', f)).ino);
    expect(apart).toEqual([]);
    // The corrected letter was rendered again into a new file, which its copy is linked to.
    const page = `breve/${slug(corrected)}/index.html`;
    expect(statSync(join(site.cache, 'dist', page)).ino).not.toBe(statSync(join(snapshot, page)).ino);
    expect(readFileSync(join(site.cache, 'dist', page), 'utf8')).toContain('Rettet en gang til.');
  });
});
