/**
 * What the search step learns from reading a page (its hash, data-pagefind-body, sort date), kept
 * from one build to the next so a warm rebuild reads only the pages Astro made again.
 *
 * A page Astro's incremental build reuses is copied from Astro's own cached copy of it
 * (`<cacheDir>/dist/<page>`), and a page it renders again is written to that copy too. So while the
 * cached copy is the same file as last time (inode, modification time to the nanosecond, size) and
 * the page in the site has its size, the page holds the same bytes as last time and last time's
 * reading stands. Every other page (no cached copy: routes without a cache key; a copy written this
 * build; anything that does not match) is read. Reading all 22,000 pages of a 20,000-letter site
 * took 5.4 of the search step's 11.8 s in a warm rebuild (README, Benchmark).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanPage } from './plan.ts';

export interface PageReading {
  hash: string;
  body: boolean;
  date?: string;
}

/** The cached copy's identity when the page was read: inode, mtime (ns), size. */
type Stamp = [string, string, number];
type Stored = [...Stamp, string, 0 | 1, string | null];

export const PAGE_MEMO = 'pages.json';
const VERSION = 1;

export class PageMemo {
  private readonly copies: readonly string[] | undefined;
  private readonly file: string | undefined;
  private readonly previous: Map<string, Stored>;
  private readonly next = new Map<string, Stored>();
  /** Pages read from disk in this run (the rest came from the memo). */
  read = 0;

  /**
   * `copies` is the folder of Astro's cached page copies, or undefined (no reuse: every page is
   * read). After a build in parts it is several folders, the other parts' first: their copies are
   * being moved into the first part's folder while the search step runs (scripts/build.ts), and a
   * move keeps a file's identity, so a copy is found in one of them: looked for where it comes
   * from before where it goes, it cannot slip past between the two looks.
   * `file` is where the memo is kept between builds.
   */
  // Plain fields, not parameter properties: Node runs the build scripts by stripping types only.
  constructor(copies: string | readonly string[] | undefined, file: string | undefined) {
    this.copies = typeof copies === 'string' ? [copies] : copies;
    this.file = file;
    this.previous = copies && file ? load(file) : new Map();
  }

  /** The reading of `path` in `site`: from the memo when its cached copy is unchanged, else from the page. */
  reading(site: string, path: string): PageReading {
    const stamp = this.copies ? this.stamp(path, sizeOf(join(site, path))) : undefined;
    const old = this.previous.get(path);
    if (stamp && old && old[0] === stamp[0] && old[1] === stamp[1] && old[2] === stamp[2]) {
      this.next.set(path, old);
      return old[5] === null ? { hash: old[3], body: old[4] === 1 } : { hash: old[3], body: old[4] === 1, date: old[5] };
    }
    const bytes = readFileSync(join(site, path));
    this.read++;
    const { body, date } = scanPage(bytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    // Only a page whose cached copy is its bytes can be known by that copy next time.
    if (stamp && stamp[2] === bytes.length) this.next.set(path, [...stamp, hash, body ? 1 : 0, date ?? null]);
    return date ? { hash, body, date } : { hash, body };
  }

  /**
   * The identity of the page's cached copy: the first one with the page's size. (Another part's
   * cache also holds its empty stand-ins for the pages the first part built.)
   */
  private stamp(path: string, size: number): Stamp | undefined {
    for (const dir of this.copies ?? []) {
      const stamp = stampOf(join(dir, path));
      if (stamp && stamp[2] === size) return stamp;
    }
    return undefined;
  }

  /** Keep this run's readings for the next build (written whole, then renamed: never half a file). */
  save(): void {
    if (!this.file || !this.copies) return;
    writeFileSync(`${this.file}.tmp`, JSON.stringify({ version: VERSION, pages: Object.fromEntries(this.next) }));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

function stampOf(file: string): Stamp | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return s.isFile() ? [String(s.ino), String(s.mtimeNs), Number(s.size)] : undefined;
  } catch {
    return undefined;
  }
}

function sizeOf(file: string): number {
  return statSync(file).size;
}

function load(file: string): Map<string, Stored> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; pages?: Record<string, Stored> };
    return data.version === VERSION && data.pages ? new Map(Object.entries(data.pages)) : new Map();
  } catch {
    return new Map();
  }
}
