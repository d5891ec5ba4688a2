/**
 * The preload every Astro process of `npm run build` runs with (scripts/lib/build/link-cache-copies.ts):
 * a page's cached copy written with the very value just written to the page becomes a hard link to
 * the page; every other write to the cache is an ordinary write, and a copy the published site
 * shares is never written into.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const hook = pathToFileURL(resolve('scripts/lib/build/link-cache-copies.ts')).href;
let work: string;
let out: string;
let copies: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'link-copies-'));
  out = join(work, 'staging');
  copies = join(work, 'cache', 'dist');
  mkdirSync(join(out, 'side'), { recursive: true });
  mkdirSync(join(copies, 'side'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Run `code` (an ES module with `fs`, `page` and `copy` in scope) with the hook loaded. */
function runNode(code: string): void {
  const prelude = `import fs from 'node:fs'; const page = ${JSON.stringify(join(out, 'side', 'index.html'))}; const copy = ${JSON.stringify(join(copies, 'side', 'index.html'))};`;
  const r = spawnSync(process.execPath, ['--import', hook, '--input-type=module', '-e', `${prelude} ${code}`], {
    env: { ...process.env, LINK_CACHE_COPIES: `${out}\n${copies}` },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

const page = () => join(out, 'side', 'index.html');
const copy = () => join(copies, 'side', 'index.html');

describe('link-cache-copies', () => {
  it('links the copy to the page when it is written with the value just written to the page', () => {
    runNode(`const body = Buffer.from('<p>side</p>'); await fs.promises.writeFile(page, body); await fs.promises.writeFile(copy, body);`);
    expect(statSync(copy()).ino).toBe(statSync(page()).ino);
    expect(readFileSync(copy(), 'utf8')).toBe('<p>side</p>');
  });

  it('links a copy given as a file URL, as Astro gives it', () => {
    runNode(
      `const { pathToFileURL } = await import('node:url'); const body = Buffer.from('x'); await fs.promises.writeFile(pathToFileURL(page), body); await fs.promises.writeFile(pathToFileURL(copy), body);`,
    );
    expect(statSync(copy()).ino).toBe(statSync(page()).ino);
  });

  it('writes the copy as before when its value is another one, even with the same bytes', () => {
    runNode(`await fs.promises.writeFile(page, Buffer.from('a')); await fs.promises.writeFile(copy, Buffer.from('a'));`);
    expect(statSync(copy()).ino).not.toBe(statSync(page()).ino);
    expect(readFileSync(copy(), 'utf8')).toBe('a');
  });

  it('does not link to a page written since, nor with options (an append)', () => {
    runNode(
      `const body = Buffer.from('først'); await fs.promises.writeFile(page, body); await fs.promises.writeFile(page, Buffer.from('siden')); await fs.promises.writeFile(copy, body);`,
    );
    expect(readFileSync(copy(), 'utf8')).toBe('først');
    expect(readFileSync(page(), 'utf8')).toBe('siden');
    runNode(
      `const body = Buffer.from('b'); await fs.promises.writeFile(page, body, { flag: 'a' }); await fs.promises.writeFile(copy, body);`,
    );
    expect(statSync(copy()).ino).not.toBe(statSync(page()).ino);
  });

  it('never writes into an old copy another folder shares: the old file keeps its bytes', () => {
    writeFileSync(copy(), 'gammel side');
    const published = join(work, 'udgivet.html');
    linkSync(copy(), published);
    runNode(`const body = Buffer.from('ny side'); await fs.promises.writeFile(page, body); await fs.promises.writeFile(copy, body);`);
    expect(readFileSync(copy(), 'utf8')).toBe('ny side');
    expect(readFileSync(published, 'utf8')).toBe('gammel side');
  });

  it('remembers only the latest pages: a copy long after its page is written as before', () => {
    runNode(
      `const body = Buffer.from('tidlig'); await fs.promises.writeFile(page, body);
       for (let i = 0; i < 100; i++) await fs.promises.writeFile(page.replace('side', 'side-' + i).replace('/index', '-' + i), Buffer.from(String(i)));
       await fs.promises.writeFile(copy, body);`,
    );
    expect(statSync(copy()).ino).not.toBe(statSync(page()).ino);
    expect(readFileSync(copy(), 'utf8')).toBe('tidlig');
  });
});
