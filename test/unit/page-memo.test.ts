/**
 * The search step's page readings kept between builds (scripts/lib/search-index/page-memo.ts): a
 * page is read again whenever Astro's cached copy of it is another file, was written again, or does
 * not match the page's size; and what it returns is always what reading the page gives.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_MEMO, PageMemo } from '../../scripts/lib/search-index/page-memo.ts';
import { indexedPages } from '../../scripts/lib/search-index/shards.ts';

let work: string;
let site: string;
let copies: string;
let memoFile: string;

const letter = (n: number, date: string) =>
  `<!doctype html><html><body><main data-pagefind-body><span data-pagefind-sort="date:${date}"></span>Brev ${n}</main></body></html>`;
const listPage = '<!doctype html><html><body><nav>Arkiv</nav></body></html>';

/**
 * Write a page as Astro does: into the site, and (for a page with a cache key) its cached copy. A
 * copy written again gets a later time, as in a later build (the file system's clock is coarser than
 * this test).
 */
function writePage(path: string, html: string, cached = true): void {
  for (const root of cached ? [site, copies] : [site]) {
    const file = join(root, path);
    const before = existsSync(file) ? statSync(file).mtimeMs : undefined;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    if (before !== undefined) utimesSync(file, new Date(before + 2000), new Date(before + 2000));
  }
}

/** A new site folder holding copies of the cached pages, as a warm build's staging folder does. */
function restoreSite(paths: string[], extra: Record<string, string> = {}): void {
  rmSync(site, { recursive: true, force: true });
  for (const p of paths) {
    mkdirSync(dirname(join(site, p)), { recursive: true });
    copyFileSync(join(copies, p), join(site, p));
  }
  for (const [p, html] of Object.entries(extra)) writePage(p, html, false);
}

function run(): { memo: PageMemo; result: ReturnType<typeof indexedPages> } {
  const memo = new PageMemo(copies, memoFile);
  const result = indexedPages(site, memo);
  memo.save();
  return { memo, result };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'page-memo-'));
  site = join(work, 'site');
  copies = join(work, 'cache', 'dist');
  memoFile = join(work, PAGE_MEMO);
  writePage('breve/a/index.html', letter(1, '2012-03-01'));
  writePage('breve/b/index.html', letter(2, '2016-05-02'));
  writePage('breve/index.html', listPage, false);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const letters = ['breve/a/index.html', 'breve/b/index.html'];

describe('page memo', () => {
  it('reads every page the first time, and only pages without a cached copy the next', () => {
    const first = run();
    expect(first.memo.read).toBe(3);
    restoreSite(letters, { 'breve/index.html': listPage });
    const second = run();
    expect(second.memo.read).toBe(1);
    expect(second.result.pages).toEqual(first.result.pages);
    expect([...second.result.hashes]).toEqual([...first.result.hashes]);
  });

  it('reads a page again when Astro wrote its cached copy again, even with the same bytes', () => {
    run();
    writePage('breve/b/index.html', letter(2, '2016-05-02'));
    restoreSite(letters);
    expect(run().memo.read).toBe(1);
  });

  it('gives the new reading when a page changed (new date, new hash)', () => {
    const before = run().result;
    writePage('breve/b/index.html', letter(2, '2017-01-09'));
    restoreSite(letters);
    const { memo, result } = run();
    expect(memo.read).toBe(1);
    expect(result.pages.find((p) => p.path === 'breve/b/index.html')?.date).toBe('2017-01-09');
    expect(result.hashes.get('breve/b/index.html')).not.toBe(before.hashes.get('breve/b/index.html'));
    expect(result.hashes.get('breve/a/index.html')).toBe(before.hashes.get('breve/a/index.html'));
  });

  it('reads a page whose size differs from its cached copy (it was not copied from it)', () => {
    run();
    restoreSite(letters);
    writeFileSync(join(site, 'breve/a/index.html'), letter(11, '2012-03-01'));
    const { memo, result } = run();
    expect(memo.read).toBe(1);
    const fresh = indexedPages(site);
    expect([...result.hashes]).toEqual([...fresh.hashes]);
  });

  it('reads everything without a copies folder, with an unreadable memo, or after the copies were replaced', () => {
    run();
    restoreSite(letters);
    const none = new PageMemo(undefined, memoFile);
    indexedPages(site, none);
    expect(none.read).toBe(2);
    writeFileSync(memoFile, '{not json');
    expect(run().memo.read).toBe(2);
    // A cleared Astro cache: new files (new inodes) with the same bytes.
    for (const p of letters) {
      const html = letter(p.includes('/a/') ? 1 : 2, p.includes('/a/') ? '2012-03-01' : '2016-05-02');
      rmSync(join(copies, p));
      writePage(p, html);
    }
    restoreSite(letters);
    expect(run().memo.read).toBe(2);
  });

  it("after a build in parts, knows each page by its copy in the other part's cache or the first's, not by a stand-in", () => {
    // Part 2 built letter c; its cache also holds empty stand-ins for the pages part 1 built.
    const partCopies = join(work, 'cache-del-2', 'dist');
    const c = 'breve/c/index.html';
    for (const [root, path, html] of [
      [site, c, letter(3, '2019-01-01')],
      [partCopies, c, letter(3, '2019-01-01')],
      [partCopies, 'breve/a/index.html', ''],
      [partCopies, 'breve/b/index.html', ''],
    ] as const) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), html);
    }
    const first = new PageMemo([partCopies, copies], memoFile);
    indexedPages(site, first);
    first.save();
    expect(first.read).toBe(4);
    // The build gathers part 2's copy into the first cache (a move: the same file) and drops the rest.
    mkdirSync(dirname(join(copies, c)), { recursive: true });
    renameSync(join(partCopies, c), join(copies, c));
    rmSync(join(work, 'cache-del-2'), { recursive: true });
    restoreSite([...letters, c], { 'breve/index.html': listPage });
    expect(run().memo.read).toBe(1);
  });

  it('gives the same pages and hashes as reading every page', () => {
    run();
    restoreSite(letters, { 'breve/index.html': listPage });
    const memoised = run().result;
    const read = indexedPages(site);
    expect(memoised.pages).toEqual(read.pages);
    expect([...memoised.hashes]).toEqual([...read.hashes]);
  });
});
