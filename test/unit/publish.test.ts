import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearLeftover, deleteDetached, publish } from '../../scripts/lib/build/publish.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(dir: string, text: string, pages = 3): void {
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(dir, `side-${i}`), { recursive: true });
    writeFileSync(join(dir, `side-${i}`, 'index.html'), text);
  }
  writeFileSync(join(dir, 'index.html'), text);
}

async function gone(dir: string, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (existsSync(dir) && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return !existsSync(dir);
}

describe('publish', () => {
  it('puts the new site in place and deletes the old one in the background', async () => {
    root = mkdtempSync(join(tmpdir(), 'ib-publish-'));
    const [out, staging, previous] = ['dist', 'dist.staging', 'dist.previous'].map((n) => join(root, n)) as [string, string, string];
    site(out, 'gammel');
    site(staging, 'ny');
    await publish(staging, out, previous, clearLeftover(previous));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('ny');
    expect(readFileSync(join(out, 'side-2', 'index.html'), 'utf8')).toBe('ny');
    expect(existsSync(staging)).toBe(false);
    expect(await gone(previous)).toBe(true);
  });

  it('publishes the first site when there was none before', async () => {
    root = mkdtempSync(join(tmpdir(), 'ib-publish-'));
    const [out, staging, previous] = ['dist', 'dist.staging', 'dist.previous'].map((n) => join(root, n)) as [string, string, string];
    site(staging, 'ny');
    await publish(staging, out, previous, clearLeftover(previous));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('ny');
    expect(existsSync(previous)).toBe(false);
  });

  it('clears an old site left behind by an earlier build before it swaps', async () => {
    root = mkdtempSync(join(tmpdir(), 'ib-publish-'));
    const [out, staging, previous] = ['dist', 'dist.staging', 'dist.previous'].map((n) => join(root, n)) as [string, string, string];
    site(previous, 'efterladt', 50);
    site(out, 'gammel');
    site(staging, 'ny');
    const clearing = clearLeftover(previous);
    await publish(staging, out, previous, clearing);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('ny');
    expect(await gone(previous)).toBe(true);
  });

  it('clearLeftover never rejects, also when there is nothing to clear', async () => {
    root = mkdtempSync(join(tmpdir(), 'ib-publish-'));
    await expect(clearLeftover(join(root, 'findes-ikke'))).resolves.toBeUndefined();
  });

  it('deleteDetached removes a folder after this call has returned', async () => {
    root = mkdtempSync(join(tmpdir(), 'ib-publish-'));
    const dir = join(root, 'slet');
    site(dir, 'x', 20);
    deleteDetached(dir);
    expect(await gone(dir)).toBe(true);
  });
});
