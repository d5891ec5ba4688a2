/**
 * Run the real production build (scripts/build.ts: check → Astro → Pagefind → swap) on a corpus,
 * into its own output and cache folders, and measure it: wall time per step (from the build's
 * BUILD_TIMINGS_FILE), peak memory of the whole process tree (sampled from /proc) overall and per
 * step, and the largest single process's peak (from /usr/bin/time, when installed). Build output is
 * passed through, indented, so the run shows its progress.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StepTiming } from '../build/build-progress.ts';
import { load1 } from './machine.ts';
import { peak, procAvailable, sampleTree } from './proc-memory.ts';
import { LAST_YEAR } from '../corpus/letters.ts';

export interface BuildMeasure {
  ok: boolean;
  code: number;
  totalMs: number;
  /** Per step: wall time and peak RSS of the process tree during it. */
  steps: { step: string; ms: number; peakRss: number }[];
  /** Peak RSS of the process tree over the whole build (bytes; 0 without /proc). */
  peakRss: number;
  /** Peak RSS of the largest single process, from /usr/bin/time (bytes), if available. */
  maxProcessRss?: number;
  /** CPU time (user + system) of the whole build, from /usr/bin/time, if available: unlike wall time
   * it hardly changes when other work shares the machine. */
  cpuMs?: number;
  /** 1-minute load average when the build started and ended: above the core count, other work competed. */
  load: { start: number; end: number };
  /** Last lines of output, for the report when the build failed. */
  tail: string[];
}

export interface BuildRun {
  contentDir: string;
  dataDir: string;
  outDir: string;
  cacheDir: string;
  workDir: string;
  skipCheck: boolean;
}

const TIME = '/usr/bin/time';

export function measureBuild(run: BuildRun): Promise<BuildMeasure> {
  const timingsFile = join(run.workDir, 'build-timings.json');
  const timeFile = join(run.workDir, 'time.txt');
  rmSync(timingsFile, { force: true });
  rmSync(timeFile, { force: true });
  const buildArgs = ['scripts/build.ts', ...(run.skipCheck ? ['--skip-check'] : [])];
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...buildArgs]] : [process.execPath, buildArgs];
  const env = {
    ...process.env,
    BAROMETER_CONTENT_DIR: run.contentDir,
    BAROMETER_DATA_DIR: run.dataDir,
    OUT_DIR: run.outDir,
    ASTRO_CACHE_DIR: run.cacheDir,
    BUILD_TIMINGS_FILE: timingsFile,
    // The generated archive runs to the end of its last year; dates after "today" are refused.
    BAROMETER_TODAY: process.env.BAROMETER_TODAY ?? `${LAST_YEAR}-12-31`,
  };
  const started = Date.now();
  const loadStart = load1();
  const tail: string[] = [];
  return new Promise((resolve) => {
    const child = spawn(cmd as string, args as string[], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = procAvailable() && child.pid ? sampleTree(child.pid) : undefined;
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        console.log(`    │ ${line}`);
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('close', (code) => {
      const samples = sampler?.stop() ?? [];
      const timings: StepTiming[] = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : [];
      // The last line is ours ("%M %U %S"); earlier lines are time's notes such as "Command exited with non-zero status".
      const [kb, user, sys] = existsSync(timeFile)
        ? (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
        : [];
      resolve({
        ok: code === 0,
        code: code ?? 1,
        totalMs: Date.now() - started,
        steps: timings.map((t) => ({ step: t.step, ms: t.ms, peakRss: peak(samples, t.start, t.start + t.ms) })),
        peakRss: peak(samples),
        maxProcessRss: kb !== undefined && Number.isFinite(kb) ? kb * 1024 : undefined,
        load: { start: loadStart, end: load1() },
        cpuMs: user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? Math.round((user + sys) * 1000) : undefined,
        tail,
      });
    });
  });
}
