/**
 * A build stopped with Ctrl+C (SIGINT) or by the system (SIGTERM) leaves nothing behind: the
 * children it started are stopped, and once they have exited (so none writes a file after the
 * clean-up), the staging folders and the link marker are removed. dist/ is never touched, and a
 * build that has not yet swapped in its site (scripts/lib/build/publish.ts) no longer does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { RunResult } from '../run.ts';

const children = new Set<ChildProcess>();
const stoppers: (() => void)[] = [];
let stopped: NodeJS.Signals | undefined;

/** The signal the build was stopped with, once it was. */
export function stopSignal(): NodeJS.Signals | undefined {
  return stopped;
}

/**
 * Awaited after each step: once the build is stopped, a step that ended because of it must not be
 * reported as failed ("ret fejlene ovenfor"); the clean-up ends the process instead.
 */
export async function haltIfStopped(): Promise<void> {
  if (stopped) await new Promise<never>(() => undefined);
}

/** Called first when the build is stopped (an AbortController's abort, say). */
export function onStop(stop: () => void): void {
  stoppers.push(stop);
}

/** As run() (scripts/lib/run.ts): output streamed, never throws; but stopped with the build. */
export function runStoppable(cmd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    children.add(child);
    child.on('error', (err) => {
      children.delete(child);
      console.error(`Kunne ikke starte ${cmd}: ${err.message}`);
      resolve({ code: 127, ms: performance.now() - started });
    });
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, ms: performance.now() - started });
    });
  });
}

/** A child that has not exited after this long is killed outright, so the clean-up never hangs. */
const GRACE_MS = 10_000;

/**
 * On SIGINT or SIGTERM: stop everything, wait for `pending` (the runs still going) and the
 * children, run `cleanUp`, say so and exit with 128 + the signal's number. A second signal during
 * the wait cleans up at once. Returns a function that ends this, once the new site is published
 * (a stop after that must not claim the site is unchanged).
 */
export function cleanUpOnStop(cleanUp: () => void, pending: () => readonly Promise<unknown>[]): () => void {
  const finish = (signal: NodeJS.Signals): never => {
    try {
      cleanUp();
    } finally {
      const how = signal === 'SIGINT' ? 'afbrudt (Ctrl+C)' : `stoppet (${signal})`;
      console.error(`\nByggeriet blev ${how}; mellemresultaterne er slettet, og det offentliggjorte site er ikke ændret.`);
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const handler = (signal: NodeJS.Signals): void => {
    if (stopped) finish(signal);
    stopped = signal;
    for (const stop of stoppers) stop();
    for (const child of children) child.kill('SIGTERM');
    const kill = setTimeout(() => {
      for (const child of children) child.kill('SIGKILL');
    }, GRACE_MS);
    const exited = [...children].map(
      (c) => new Promise((done) => (c.exitCode !== null || c.signalCode !== null ? done(0) : c.once('close', done))),
    );
    void Promise.allSettled([...pending(), ...exited]).then(() => {
      clearTimeout(kill);
      finish(signal);
    });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
