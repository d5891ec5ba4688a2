/**
 * The preload Astro runs with in a warm build (scripts/lib/build/unshare-writes.ts): a file under the
 * given folders that is written whole while it has other hard links gets a new file, so the other
 * links (the published site) keep their bytes; writes wait for the marker file when one is named.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const hook = pathToFileURL(resolve('scripts/lib/build/unshare-writes.ts')).href;
let work: string;
let inside: string;
let published: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'unshare-'));
  inside = join(work, 'staging');
  published = join(work, 'dist');
  mkdirSync(inside);
  mkdirSync(published);
  writeFileSync(join(published, 'side.html'), 'gammel side');
  linkSync(join(published, 'side.html'), join(inside, 'side.html'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function runNode(code: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', hook, '--input-type=module', '-e', code], {
    env: { ...process.env, UNSHARE_WRITES_DIRS: inside, ...env },
    encoding: 'utf8',
  });
}

describe('unshare-writes', () => {
  it.each([
    ['fs.promises.writeFile', `await fs.promises.writeFile(f, 'ny side')`],
    ['fs.writeFileSync', `fs.writeFileSync(f, 'ny side')`],
    ['writeFile from node:fs/promises', `const { writeFile } = await import('node:fs/promises'); await writeFile(f, 'ny side')`],
    ['fs.promises.copyFile', `fs.writeFileSync(f + '.kilde', 'ny side'); await fs.promises.copyFile(f + '.kilde', f)`],
    ['fs.copyFileSync', `fs.writeFileSync(f + '.kilde', 'ny side'); fs.copyFileSync(f + '.kilde', f)`],
  ])('gives a shared file a new file when it is written whole (%s)', (_, write) => {
    const f = join(inside, 'side.html');
    const r = runNode(`import fs from 'node:fs'; const f = ${JSON.stringify(f)}; ${write}`);
    expect(r.stderr).toBe('');
    expect(readFileSync(f, 'utf8')).toBe('ny side');
    expect(readFileSync(join(published, 'side.html'), 'utf8')).toBe('gammel side');
    expect(statSync(join(published, 'side.html')).nlink).toBe(1);
  });

  it('leaves appends and files outside the folders as they are (written in place)', () => {
    const f = join(inside, 'side.html');
    runNode(`import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(f)}, ' og mere', { flag: 'a' })`);
    expect(readFileSync(join(published, 'side.html'), 'utf8')).toBe('gammel side og mere');
    const outside = join(work, 'andet.txt');
    writeFileSync(outside, 'før');
    linkSync(outside, join(work, 'andet-link.txt'));
    runNode(`import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(outside)}, 'efter')`);
    expect(readFileSync(join(work, 'andet-link.txt'), 'utf8')).toBe('efter');
  });

  it('waits with writes into the output folder until the marker file exists; the cache folder does not wait', async () => {
    const marker = join(work, 'staging.linked');
    const cache = join(work, 'cache');
    mkdirSync(cache);
    const page = join(inside, 'ny.html');
    const stored = join(cache, 'data-store.json');
    const code = `import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(stored)}, '{}'); await fs.promises.writeFile(${JSON.stringify(page)}, 'side')`;
    const child = spawn(process.execPath, ['--import', hook, '--input-type=module', '-e', code], {
      env: { ...process.env, UNSHARE_WRITES_DIRS: `${inside}\n${cache}`, UNSHARE_WRITES_AFTER: marker },
    });
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(stored)).toBe(true);
    expect(existsSync(page)).toBe(false);
    writeFileSync(marker, '');
    expect(await exited).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe('side');
  });
});
