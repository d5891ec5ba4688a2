/**
 * The check cache: each content file's check result, kept between runs in one file
 * (<cacheDir>/check/results.v8, v8-serialised, replaced atomically) so `npm run check` re-checks
 * only what changed. A result is reused when the file's bytes, the checker (checker-version.ts) and
 * every answer the rules got about other files (observed-context.ts) are unchanged. Errors are
 * cached like clean results: a broken file stays reported until it is fixed. The cross-file rules
 * (two files with one address, stray files, attachments) are not cached: they run every time over
 * the per-file results.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { ContentContext } from '../context.ts';
import type { LetterFacts } from '../letter-facts.ts';
import { checkerVersion } from './checker-version.ts';
import { ContextWitness, type Dependency } from './observed-context.ts';

/** What checking one file gives: its errors, the page address it becomes, a letter's facts. */
export interface FileResult {
  errors: ValidationError[];
  route?: string;
  letter?: LetterFacts;
}

interface Entry {
  /** Hash of the file's bytes. */
  bytes: string;
  collection: string;
  result: FileResult;
  dependencies: Dependency[];
}

interface Stored {
  version: string;
  entries: Map<string, Entry>;
}

/** Raised when the layout of the stored file changes. */
const FORMAT = 1;

export function checkCacheFile(cacheDir: string): string {
  return join(cacheDir, 'check', 'results.v8');
}

function load(file: string, version: string): Map<string, Entry> {
  if (!existsSync(file)) return new Map();
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    return stored.version === version && stored.entries instanceof Map ? stored.entries : new Map();
  } catch {
    return new Map(); // a damaged cache is only a slower run
  }
}

export class CheckCache {
  /** Results reused and results computed in this run. */
  hits = 0;
  misses = 0;
  private readonly kept = new Map<string, Entry>();
  private changed = false;
  private readonly file: string;
  private readonly version: string;
  private readonly previous: Map<string, Entry>;
  private readonly witness: ContextWitness;

  private constructor(file: string, version: string, previous: Map<string, Entry>, witness: ContextWitness) {
    this.file = file;
    this.version = version;
    this.previous = previous;
    this.witness = witness;
  }

  /** The cache in cacheDir for checks against ctx; `version` defaults to the checker's source hash. */
  static open(cacheDir: string, ctx: ContentContext, version: string = checkerVersion()): CheckCache {
    // Without publicFile the file rule is off: results from a run with it on would differ.
    const full = `${FORMAT}:${version}:${ctx.publicFile ? 'public' : 'no-public'}`;
    const file = checkCacheFile(cacheDir);
    return new CheckCache(file, full, load(file, full), new ContextWitness(ctx));
  }

  /** The result for one file: the stored one while it still holds, else compute(ctx) (and store it). */
  result(file: string, collection: string, bytes: Uint8Array, compute: (ctx: ContentContext) => FileResult): FileResult {
    const digest = hash('sha1', bytes, 'base64');
    const old = this.previous.get(file);
    if (old && old.bytes === digest && old.collection === collection && this.witness.holds(old.dependencies)) {
      this.hits++;
      this.kept.set(file, old);
      return old.result;
    }
    this.misses++;
    this.changed = true;
    const observed = this.witness.observe();
    const result = compute(observed.ctx);
    this.kept.set(file, { bytes: digest, collection, result, dependencies: observed.dependencies() });
    return result;
  }

  /**
   * Write the cache if anything changed. `prune`: keep only the files seen in this run (a whole-folder
   * check); otherwise (the pre-commit hook's few files) keep the others' results too.
   */
  save({ prune }: { prune: boolean }): void {
    const entries = prune ? this.kept : new Map([...this.previous, ...this.kept]);
    if (!this.changed && (!prune || entries.size === this.previous.size)) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(tmp, serialize({ version: this.version, entries } satisfies Stored));
      renameSync(tmp, this.file); // readers see the old file or the new one, never half of one
    } catch {
      // A read-only or blocked cache folder only costs speed.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}
