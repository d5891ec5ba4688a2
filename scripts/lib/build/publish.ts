/**
 * The last step of scripts/build.ts: swap the new site in with two renames, so dist/ is never
 * half-written, and delete the old site in a detached process. The new site is published once the
 * renames are done; deleting the old one (45,000 files at 20,000 letters, about 4 s here) is
 * housekeeping the editor need not wait for. An old site left behind (a deletion cut off, or still
 * running from the build before) is cleared while the next build runs its other steps.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';

const RM_OPTIONS = { recursive: true, force: true, maxRetries: 5 } as const;

/** Start deleting a leftover old site; await the promise before publishing. Never rejects. */
export async function clearLeftover(previous: string): Promise<void> {
  await rm(previous, RM_OPTIONS).catch(() => undefined);
}

/**
 * Replace `outDir` by `staging`; the old site goes to `previous` and is deleted in the background.
 * `stopped`: asked after the wait; when true (the build was stopped meanwhile), nothing is swapped
 * and the result is false.
 */
export async function publish(
  staging: string,
  outDir: string,
  previous: string,
  clearing: Promise<void>,
  stopped: () => boolean = () => false,
): Promise<boolean> {
  await clearing;
  if (stopped()) return false;
  // A background deletion from the build before may still hold it: finish it here.
  rmSync(previous, RM_OPTIONS);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  if (existsSync(previous)) deleteDetached(previous);
  return true;
}

/** Delete a folder in a process of its own that outlives this one. */
export function deleteDetached(dir: string): void {
  const code = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 5 })';
  const child = spawn(process.execPath, ['-e', code, dir], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}
