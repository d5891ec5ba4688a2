import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countLetters,
  gatherCache,
  hasPreviousBuild,
  mergePart,
  partFolders,
  sharedFileRace,
} from '../../scripts/lib/build/astro-parts.ts';
import { renderingOnly } from '../../src/loaders/letter-bodies.ts';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ib-parts-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('partFolders', () => {
  it('keeps the first part in the staging folder and the usual cache; the others beside them', () => {
    expect(partFolders('/s/dist.staging', 'node_modules/.astro/', 2)).toEqual([
      { outDir: '/s/dist.staging', cacheDir: 'node_modules/.astro/' },
      { outDir: '/s/dist.staging-2', cacheDir: 'node_modules/.astro-del-2' },
    ]);
  });
});

describe('mergePart', () => {
  const first = () =>
    tree({
      'index.html': '<html>forside</html>',
      '_astro/a.js': 'js',
      'breve/a/index.html': '<html>a</html>',
      'breve/aar/2009/index.html': '<html>år</html>',
    });

  it("moves the other part's letter pages in and leaves the first part's pages as they are", () => {
    const one = first();
    const two = tree({ 'index.html': '', '_astro/a.js': 'js', 'breve/aar/2009/index.html': '', 'breve/b/index.html': '<html>b</html>' });
    expect(mergePart(one, two)).toBe(1);
    expect(readFileSync(join(one, 'breve/b/index.html'), 'utf8')).toBe('<html>b</html>');
    expect(readFileSync(join(one, 'index.html'), 'utf8')).toBe('<html>forside</html>');
    expect(readFileSync(join(one, 'breve/aar/2009/index.html'), 'utf8')).toBe('<html>år</html>');
    expect(existsSync(two)).toBe(false);
  });

  it('refuses a file only the other part built that is not a letter page (the parts disagree)', () => {
    const one = first();
    const two = tree({ 'index.html': '', '_astro/b.js': 'other bundle', 'breve/b/index.html': '<html>b</html>' });
    expect(() => mergePart(one, two)).toThrow(/the build parts disagree: 1 file\(s\) only in .*_astro\/b\.js/);
    expect(existsSync(join(one, 'breve/b/index.html'))).toBe(false);
  });

  it('refuses an empty letter page (a stand-in where the page should be)', () => {
    const one = first();
    const two = tree({ 'breve/c/index.html': '' });
    expect(() => mergePart(one, two)).toThrow(/breve\/c\/index\.html/);
  });

  it('refuses a letter folder holding more than its page, and moves nothing', () => {
    const one = first();
    const two = tree({ 'breve/b/index.html': '<html>b</html>', 'breve/c/index.html': '<html>c</html>', 'breve/c/bilag.pdf': '%PDF' });
    expect(() => mergePart(one, two)).toThrow(/1 file\(s\) only in .*breve\/c\/bilag\.pdf/);
    expect(existsSync(join(one, 'breve/b'))).toBe(false);
  });

  it("moves only the page of a letter whose folder both parts have (the letter's own files)", () => {
    const one = tree({ 'breve/a/index.html': '<html>a</html>', 'breve/d/bilag.pdf': '%PDF' });
    const two = tree({ 'breve/d/bilag.pdf': '%PDF', 'breve/d/index.html': '<html>d</html>' });
    expect(mergePart(one, two)).toBe(1);
    expect(readFileSync(join(one, 'breve/d/index.html'), 'utf8')).toBe('<html>d</html>');
    expect(readFileSync(join(one, 'breve/d/bilag.pdf'), 'utf8')).toBe('%PDF');
  });

  it("moves a letter's whole folder, also into a first part without a breve folder", () => {
    const one = tree({ 'index.html': '<html>forside</html>' });
    const two = tree({ 'index.html': '', 'breve/b/index.html': '<html>b</html>', 'breve/c/index.html': '<html>c</html>' });
    expect(mergePart(one, two)).toBe(2);
    expect(readFileSync(join(one, 'breve/c/index.html'), 'utf8')).toBe('<html>c</html>');
  });
});

describe('countLetters', () => {
  it('counts .md and .mdx files under letters/, nested too', () => {
    const content = tree({ 'letters/a.md': '', 'letters/2009/b.mdx': '', 'letters/c.txt': '', 'conferences/x.md': '' });
    expect(countLetters(content)).toBe(2);
    expect(countLetters(join(content, 'nowhere'))).toBe(0);
  });
});

describe('renderingOnly', () => {
  it('renders only the letters this part builds; other entry types and files are untouched', async () => {
    const rendered: string[] = [];
    const md = { getRenderFunction: async () => async (args: { id: string }) => (rendered.push(args.id), { html: `<p>${args.id}</p>` }) };
    const mdx = { contentModuleTypes: 'x' };
    const types = renderingOnly(
      new Map<string, object>([
        ['.md', md],
        ['.mdx', mdx],
      ]),
      (id) => id !== 'b',
    );
    expect(types.get('.mdx')).toBe(mdx);
    const render = await types.get('.md')?.getRenderFunction?.({});
    expect(await render?.({ id: 'a' })).toEqual({ html: '<p>a</p>' });
    expect(await render?.({ id: 'b' })).toBeUndefined();
    expect(rendered).toEqual(['a']);
  });
});

describe('gatherCache', () => {
  const ROUTE = 'src/pages/breve/[slug].astro';
  const manifest = (hash: string, paths: Record<string, string>, other: Record<string, unknown> = {}) =>
    JSON.stringify({
      version: 1,
      configHash: 'c',
      routes: {
        [ROUTE]: {
          dependencyHash: hash,
          paths: Object.fromEntries(Object.entries(paths).map(([p, f]) => [p, { cacheKey: `k${p}`, outputFile: f }])),
        },
        ...other,
      },
    });

  it("moves the other part's letter texts and cached letter pages into the first cache, and their manifest entries", () => {
    const first = tree({
      'incremental-build.json': manifest('h', { '/breve/a/': 'breve/a/index.html' }),
      'dist/breve/a/index.html': '<html>a</html>',
      'letter-bodies/da.html': '<p>a</p>',
    });
    const other = tree({
      'incremental-build.json': manifest('h', { '/breve/b/': 'breve/b/index.html', '/breve/c/': 'breve/c/index.html' }),
      'dist/breve/b/index.html': '<html>b</html>',
      'dist/breve/c/index.html': '',
      'letter-bodies/db.html': '<p>b</p>',
    });
    expect(hasPreviousBuild(first)).toBe(true);
    // c's cached copy is an empty stand-in: not gathered.
    expect(gatherCache(first, other)).toBe(1);
    expect(readFileSync(join(first, 'dist/breve/b/index.html'), 'utf8')).toBe('<html>b</html>');
    expect(readFileSync(join(first, 'letter-bodies/db.html'), 'utf8')).toBe('<p>b</p>');
    const m = JSON.parse(readFileSync(join(first, 'incremental-build.json'), 'utf8'));
    expect(Object.keys(m.routes[ROUTE].paths).sort()).toEqual(['/breve/a/', '/breve/b/']);
    expect(m.routes[ROUTE].paths['/breve/b/']).toEqual({ cacheKey: 'k/breve/b/', outputFile: 'breve/b/index.html' });
    expect(existsSync(other)).toBe(false);
  });

  it('gathers no pages when the letter page code differs between the parts, or the manifest is unknown', () => {
    const first = tree({ 'incremental-build.json': manifest('h', {}) });
    const other = tree({
      'incremental-build.json': manifest('other', { '/breve/b/': 'breve/b/index.html' }),
      'dist/breve/b/index.html': 'b',
    });
    expect(gatherCache(first, other)).toBe(0);
    const unknown = tree({ 'incremental-build.json': '{"version":2}' });
    const other2 = tree({ 'incremental-build.json': manifest('h', { '/breve/b/': 'breve/b/index.html' }), 'dist/breve/b/index.html': 'b' });
    expect(gatherCache(unknown, other2)).toBe(0);
    expect(readFileSync(join(unknown, 'incremental-build.json'), 'utf8')).toBe('{"version":2}');
    expect(hasPreviousBuild(join(unknown, 'nowhere'))).toBe(false);
  });
});

describe('sharedFileRace', () => {
  const lost = [
    'Astro-byggeriet stoppede',
    '[UnknownFilesystemError] An unknown error occurred while reading or writing files to disk.',
    '    at MutableDataStore.writeModuleImports (file:///repo/node_modules/astro/dist/content/mutable-data-store.js:208:13)',
  ].join('\n');

  it('is true when a part failed on the data store of the shared .astro folder', () => {
    expect(
      sharedFileRace([
        { code: 0, log: '' },
        { code: 1, log: lost },
      ]),
    ).toBe(true);
  });

  it('is false for an error in the content, a filesystem error elsewhere, or a part that succeeded', () => {
    expect(sharedFileRace([{ code: 1, log: 'export er ikke tilladt i MDX' }])).toBe(false);
    expect(sharedFileRace([{ code: 1, log: '[UnknownFilesystemError] at copyFile (generate.js:12:3)' }])).toBe(false);
    expect(sharedFileRace([{ code: 0, log: lost }])).toBe(false);
  });
});
