/** Small helpers shared by the project's scripts: run a command with live output, time steps. */
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  ms: number;
}

/** Run a command, streaming its output, and resolve with its exit code (never throws on failure). */
export function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (err) => {
      console.error(`Kunne ikke starte ${cmd}: ${err.message}`);
      resolve({ code: 127, ms: performance.now() - started });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, ms: performance.now() - started }));
  });
}

/** Print a step header so long commands show progress. */
export function step(n: number, total: number, label: string): void {
  console.log(`\n[${n}/${total}] ${label}`);
}
