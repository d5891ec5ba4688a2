/** The machine a benchmark ran on, for the report and README: cores, memory, CPU, Node, OS. */
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';

export interface Machine {
  /** What `nproc` prints: CPUs this process may use. */
  nproc: number;
  memoryBytes: number;
  cpuModel: string;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended: above nproc, other work shared the CPUs. */
  loadAverage: { start: number; end?: number };
}

/** 1-minute load average now. */
export const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux.
  }
  return cpus()[0]?.model ?? 'ukendt';
}

export function machine(): Machine {
  return {
    nproc: availableParallelism(),
    memoryBytes: totalmem(),
    cpuModel: cpuModel(),
    node: process.version,
    os: `${type()} ${release()}`,
    loadAverage: { start: load1() },
  };
}
