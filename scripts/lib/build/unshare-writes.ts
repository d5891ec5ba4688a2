/**
 * Loaded into the Astro process of a warm build (`node --import`, scripts/lib/build/reuse-pages.ts):
 * a file under the folders in UNSHARE_WRITES_DIRS that is written whole while it has other hard
 * links is first unlinked, so the new bytes go into a new file and every other link keeps the old
 * ones. The warm build's staging folder starts as hard links to Astro's cached page copies, which
 * the published site shares; without this, a page Astro renders again would change on the published
 * site before the build is done. Astro writes pages and its cached copies with fs.promises.writeFile
 * and fs.promises.copyFile (node_modules/astro/dist/core/build/generate.js, incremental.js); the
 * synchronous forms are covered too. When UNSHARE_WRITES_AFTER names a file, such writes under the
 * first folder (the output folder) first wait until it exists: the links are being made meanwhile
 * (reuse-pages.ts), and a page must not be copied onto a link made at the same moment. Writes
 * elsewhere (the content store, letter texts) go ahead: Astro writes a page's cached copy only after
 * the page itself.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { pathOf } from './file-target.ts';

const dirs = (process.env.UNSHARE_WRITES_DIRS ?? '')
  .split('\n')
  .filter((d) => d !== '')
  .map((d) => resolve(d) + sep);

/** True for a whole-file write (not an append, not a file descriptor) under one of the folders. */
function covered(target: unknown, options?: unknown): string | undefined {
  const flag = typeof options === 'object' && options !== null ? (options as { flag?: unknown }).flag : undefined;
  if (flag !== undefined && flag !== 'w') return undefined;
  const path = pathOf(target);
  return path && dirs.some((d) => path.startsWith(d)) ? path : undefined;
}

const after = process.env.UNSHARE_WRITES_AFTER;
const waitIn = dirs[0];
let ready = !after;
const pause = new Int32Array(new SharedArrayBuffer(4));

async function whenReady(): Promise<void> {
  while (!ready) {
    ready = fs.existsSync(after as string);
    if (!ready) await sleep(20);
  }
}

function whenReadySync(): void {
  while (!ready) {
    ready = fs.existsSync(after as string);
    if (!ready) Atomics.wait(pause, 0, 0, 20);
  }
}

async function unshare(path: string | undefined): Promise<void> {
  if (!path) return;
  if (waitIn && path.startsWith(waitIn)) await whenReady();
  unshareSync(path);
}

function unshareSync(path: string | undefined): void {
  if (!path) return;
  if (waitIn && path.startsWith(waitIn)) whenReadySync();
  try {
    if (fs.lstatSync(path).nlink > 1) fs.unlinkSync(path);
  } catch {
    // Not there: nothing is shared.
  }
}

if (dirs.length > 0) {
  const p = fs.promises;
  const { writeFile, copyFile } = p;
  const { writeFileSync, copyFileSync } = fs;
  p.writeFile = (async (
    file: Parameters<typeof writeFile>[0],
    data: Parameters<typeof writeFile>[1],
    options?: Parameters<typeof writeFile>[2],
  ) => {
    await unshare(covered(file, options));
    return writeFile(file, data, options);
  }) as typeof writeFile;
  p.copyFile = (async (src: Parameters<typeof copyFile>[0], dest: Parameters<typeof copyFile>[1], mode?: number) => {
    await unshare(covered(dest));
    return copyFile(src, dest, mode);
  }) as typeof copyFile;
  fs.writeFileSync = ((
    file: Parameters<typeof writeFileSync>[0],
    data: Parameters<typeof writeFileSync>[1],
    options?: Parameters<typeof writeFileSync>[2],
  ) => {
    unshareSync(covered(file, options));
    writeFileSync(file, data, options);
  }) as typeof writeFileSync;
  fs.copyFileSync = ((src: Parameters<typeof copyFileSync>[0], dest: Parameters<typeof copyFileSync>[1], mode?: number) => {
    unshareSync(covered(dest));
    copyFileSync(src, dest, mode);
  }) as typeof copyFileSync;
  // ES module imports of node:fs and node:fs/promises see the wrapped functions too.
  syncBuiltinESMExports();
}
