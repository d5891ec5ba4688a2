/**
 * Vitest global setup: every test's temporary folder (os.tmpdir(), also in the commands tests run)
 * goes into one folder for the run, deleted when the run ends, so hundreds of test runs do not
 * leave thousands of folders in the machine's /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ib-test-'));
  const before = process.env.TMPDIR;
  // Read by os.tmpdir() in the test workers and every process they start. The name is short: some
  // tests quote a temporary path in an error message, which cuts quotes past 80 characters.
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
