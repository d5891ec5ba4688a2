/**
 * Progress and timings for scripts/build.ts. The Astro step runs with --silent (thousands of pages
 * would flood the log), so a ticker prints the elapsed time and the pages written so far. With
 * BUILD_TIMINGS_FILE set, each step's start, duration and exit code are written there as JSON when
 * the build ends (the benchmark reads it to time check, Astro and Pagefind separately).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../run.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';

export interface StepTiming {
  step: string;
  /** Epoch milliseconds when the step started. */
  start: number;
  ms: number;
  code: number;
}

export function buildTimings(file = process.env.BUILD_TIMINGS_FILE): { add: (step: string, r: RunResult) => void } {
  const steps: StepTiming[] = [];
  if (file) process.on('exit', () => writeFileSync(file, `${JSON.stringify(steps, null, 2)}\n`));
  return { add: (step, r) => steps.push({ step, start: Math.round(Date.now() - r.ms), ms: Math.round(r.ms), code: r.code }) };
}

/** Number of index.html files under dir (one per page with directory-format URLs). */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name === 'index.html') n++;
    }
  };
  walk(dir);
  return n;
}

/**
 * Print "… 20 s, 1.234 sider skrevet" every `everyMs` until stop() is called; `count` counts the
 * pages; `started` (performance.now()) is when the step began, if before the ticker.
 */
export function pageTicker(
  dir: string,
  everyMs = 10_000,
  count: () => number = () => countPages(dir),
  started = performance.now(),
): { stop: () => void } {
  const timer = setInterval(() => {
    const s = Math.round((performance.now() - started) / 1000);
    console.log(`  … ${s} s, ${formatNumber(count(), 0)} sider skrevet`);
  }, everyMs);
  return { stop: () => clearInterval(timer) };
}
