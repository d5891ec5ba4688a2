/**
 * Peak memory of a process tree, sampled from /proc (Linux): every `intervalMs` the resident set
 * sizes (VmRSS, from /proc/<pid>/statm) of the root process and all its descendants are summed. The
 * sum counts the build script, Astro's Node process and Pagefind's binary together, which
 * `/usr/bin/time` cannot (it reports the largest single process). Pages shared between processes
 * are counted once per process, so the sum is an upper bound of what the tree needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

export interface MemorySample {
  /** Epoch milliseconds. */
  t: number;
  /** Summed RSS of the tree in bytes. */
  rss: number;
}

export const procAvailable = (): boolean => existsSync('/proc/self/statm');

/** pid → parent pid for every process now running. */
function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may contain spaces and parentheses; fields resume after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

export function treeRss(root: number): number {
  const parents = parentMap();
  const tree = new Set<number>([root]);
  // Parents may have higher pids than children after pid wrap-around, so iterate to a fixed point.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** Start sampling; stop() returns every sample taken. */
export function sampleTree(root: number, intervalMs = 200): { stop: () => MemorySample[] } {
  const samples: MemorySample[] = [];
  const take = () => samples.push({ t: Date.now(), rss: treeRss(root) });
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

/** Largest sample inside [from, to] (epoch ms); the whole run without bounds. */
export function peak(samples: readonly MemorySample[], from = -Infinity, to = Infinity): number {
  let max = 0;
  for (const s of samples) if (s.t >= from && s.t <= to && s.rss > max) max = s.rss;
  return max;
}
