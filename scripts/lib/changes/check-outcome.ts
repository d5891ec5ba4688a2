/**
 * The editor check's verdict on the changed side, read from what `npm run check` prints: its
 * `file:line:column: message` lines are the check's one output format, so the summary lists exactly
 * the errors an editor sees locally, whatever rules the check grows.
 */
import type { LocatedMessage } from '../check/error-table.ts';

export type CheckOutcome =
  | { status: 'passed' }
  | { status: 'failed'; errors: LocatedMessage[] }
  /** The check itself stopped (a bug in the check, not in the files): its reason. */
  | { status: 'crashed'; reason: string };

const ERROR_LINE = /^(\S(?:.*?\S)?):(\d+):(\d+): (.+)$/;

export function parseCheckOutput(exitCode: number | null, stdout: string, stderr: string): CheckOutcome {
  const lines = `${stderr}\n${stdout}`.split(/\r?\n/);
  const crash = lines.find((l) => l.startsWith('Tjekket stoppede uventet: '));
  if (crash) return { status: 'crashed', reason: crash.slice('Tjekket stoppede uventet: '.length) };
  const errors: LocatedMessage[] = [];
  for (const l of lines) {
    const m = ERROR_LINE.exec(l);
    if (m) errors.push({ file: m[1] ?? '', line: Number(m[2]), column: Number(m[3]), text: m[4] ?? '' });
  }
  if (exitCode === 0 && errors.length === 0) return { status: 'passed' };
  if (errors.length > 0) return { status: 'failed', errors };
  const last = lines
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return { status: 'crashed', reason: last ?? `afsluttede med kode ${exitCode ?? 'ukendt'}` };
}
