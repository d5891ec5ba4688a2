/**
 * Pagefind's word index (pf_index: [[word, pages, variants][]], a page [page_delta, locs, meta_locs],
 * a variant [form, pages]) read and written for the merge (merge.ts) without unpacking the
 * locations: a page's two location lists are the same in the merged bundle as in its shard, so they
 * stay the CBOR bytes they are and are copied through. Only page numbers change (shard page → merged
 * page, which can reorder a word's pages), and the meta locations' field numbers when a shard's meta
 * field list differs from the merged one; those few are rewritten. Most of the index is locations,
 * so this saves decoding, allocating and encoding tens of millions of small numbers.
 */
import { readFile } from 'node:fs/promises';
import { CborReader, CborWriter, unpackPagefindFileAsync } from './cbor.ts';

/** A run of a word's pages from one shard file, in merged page order. */
export interface PageRun {
  /** Holds each page's location lists (CBOR) at starts[i]..ends[i]. */
  buf: Buffer;
  pages: number[];
  starts: number[];
  ends: number[];
  /** Pagefind's measure of size: each page's locations and meta locations, plus one per page. */
  locations: number;
}

export interface IndexWord {
  word: string;
  runs: PageRun[];
  variants: { form: string; runs: PageRun[] }[];
}

/** How a shard's page and meta-field numbers become the merged bundle's. */
export interface Renumber {
  /** Merged page of each of the shard's pages (already offset). */
  page: readonly number[];
  /** Merged number of each of the shard's meta fields, or undefined if they are the same. */
  field: readonly number[] | undefined;
}

/** Locations of a word as Pagefind counts them when it cuts chunks (one more per variant). */
export function wordLocations(w: IndexWord): number {
  let n = w.variants.length;
  for (const r of w.runs) n += r.locations;
  for (const v of w.variants) for (const r of v.runs) n += r.locations;
  return n;
}

function readRun(r: CborReader, to: Renumber, side: CborWriter | undefined): PageRun {
  const n = r.head(4);
  const pages = new Array<number>(n);
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  let page = 0;
  let locations = n;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    if (r.buf[r.pos++] !== 0x83) throw new Error(`${r.name}: a page entry at ${r.pos - 1} is not [page, locations, meta]`);
    page += r.int();
    const merged = to.page[page];
    if (merged === undefined) throw new Error(`${r.name}: page ${page} is not in the shard's page table`);
    pages[i] = merged;
    if (i > 0 && merged < (pages[i - 1] as number)) sorted = false;
    const start = r.pos;
    locations += r.skipIntArray();
    const metaStart = r.pos;
    const metas = r.skipIntArray();
    locations += metas;
    if (!side) {
      starts[i] = start;
      ends[i] = r.pos;
      continue;
    }
    // Meta locations name their field as -(field + 1): renumbered to the merged field list.
    starts[i] = side.pos;
    side.raw(r.buf, start, metaStart);
    const end = r.pos;
    r.pos = metaStart;
    side.head(4, r.head(4));
    for (let m = 0; m < metas; m++) {
      const v = r.int();
      side.int(v < 0 ? -((to.field?.[-v - 1] ?? 0) + 1) : v);
    }
    if (r.pos !== end) throw new Error(`${r.name}: meta locations at ${metaStart} could not be read back`);
    ends[i] = side.pos;
  }
  const run: PageRun = { buf: r.buf, pages, starts, ends, locations };
  return sorted ? run : sortRun(run);
}

/** The run in page order. Keys page × n + index sort natively as one typed array (no comparator calls). */
function sortRun(run: PageRun): PageRun {
  const n = run.pages.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (run.pages[i] as number) * n + i;
  keys.sort();
  const pages = new Array<number>(n);
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const key = keys[k] as number;
    const i = key % n;
    pages[k] = (key - i) / n;
    starts[k] = run.starts[i] as number;
    ends[k] = run.ends[i] as number;
  }
  return { ...run, pages, starts, ends };
}

/** A shard's word-index file (CBOR, unpacked) as words with merged page numbers. */
export function readWordIndex(cbor: Buffer, name: string, to: Renumber): IndexWord[] {
  const r = new CborReader(cbor, name);
  if (r.head(4) !== 1) throw new Error(`${name}: a word index is one list of words`);
  const side = to.field ? new CborWriter(cbor.length) : undefined;
  const count = r.head(4);
  const words: IndexWord[] = new Array<IndexWord>(count);
  for (let i = 0; i < count; i++) {
    if (r.head(4) !== 3) throw new Error(`${name}: a word at ${r.pos} is not [word, pages, variants]`);
    const word = r.text();
    const runs = [readRun(r, to, side)];
    const variants: IndexWord['variants'] = new Array(r.head(4));
    for (let v = 0; v < variants.length; v++) {
      if (r.head(4) !== 2) throw new Error(`${name}: a variant at ${r.pos} is not [form, pages]`);
      const form = r.text();
      variants[v] = { form, runs: [readRun(r, to, side)] };
    }
    words[i] = { word, runs, variants };
  }
  if (side) {
    // The side buffer may have grown (moved) while it was written: point the runs at its final bytes.
    const buf = side.bytes();
    for (const w of words) for (const run of [...w.runs, ...w.variants.flatMap((v) => v.runs)]) run.buf = buf;
  }
  return words;
}

function skipRun(r: CborReader): void {
  const n = r.head(4);
  for (let i = 0; i < n; i++) {
    if (r.buf[r.pos++] !== 0x83) throw new Error(`${r.name}: a page entry at ${r.pos - 1} is not [page, locations, meta]`);
    r.int();
    r.skipIntArray();
    r.skipIntArray();
  }
}

/** The words of a word-index file (CBOR, unpacked), each followed by its variants' forms; pages skipped. */
export function indexWordForms(cbor: Buffer, name: string): string[] {
  const r = new CborReader(cbor, name);
  if (r.head(4) !== 1) throw new Error(`${name}: a word index is one list of words`);
  const out: string[] = [];
  for (let i = r.head(4); i > 0; i--) {
    if (r.head(4) !== 3) throw new Error(`${name}: a word at ${r.pos} is not [word, pages, variants]`);
    out.push(r.text());
    skipRun(r);
    for (let v = r.head(4); v > 0; v--) {
      if (r.head(4) !== 2) throw new Error(`${name}: a variant at ${r.pos} is not [form, pages]`);
      out.push(r.text());
      skipRun(r);
    }
  }
  return out;
}

/** `into` with `other`'s pages (all after into's) appended, variants matched by form. */
export function appendWord(into: IndexWord, other: IndexWord): void {
  for (const r of other.runs) into.runs.push(r);
  for (const v of other.variants) {
    const same = into.variants.find((x) => x.form === v.form);
    if (same) for (const r of v.runs) same.runs.push(r);
    else into.variants.push(v);
  }
}

function writeRuns(w: CborWriter, runs: readonly PageRun[]): void {
  let n = 0;
  for (const r of runs) n += r.pages.length;
  w.head(4, n);
  let last = 0;
  for (const r of runs) {
    for (let i = 0; i < r.pages.length; i++) {
      const page = r.pages[i] as number;
      w.room(1);
      w.buf[w.pos++] = 0x83;
      w.head(0, page - last);
      w.raw(r.buf, r.starts[i], r.ends[i]);
      last = page;
    }
  }
}

/** A word-index file's CBOR: [[word, delta-coded pages, variants][]]. */
export function writeWordIndex(w: CborWriter, words: readonly IndexWord[]): void {
  w.head(4, 1);
  w.head(4, words.length);
  for (const word of words) {
    w.head(4, 3);
    w.text(word.word);
    writeRuns(w, word.runs);
    w.head(4, word.variants.length);
    for (const v of word.variants) {
      w.head(4, 2);
      w.text(v.form);
      writeRuns(w, v.runs);
    }
  }
}

/**
 * A shard's words in order, file after file, read ahead one file in libuv's thread pool.
 * `head` is the current word; `step()` moves on within the file and returns false at its end, when
 * `load()` must be awaited.
 */
export class ShardWords {
  head: IndexWord | undefined;
  private words: IndexWord[] = [];
  private at = 0;
  private next = 0;
  private ahead: Promise<Buffer> | undefined;
  private readonly files: readonly string[];
  private readonly to: Renumber;

  constructor(files: readonly string[], to: Renumber) {
    this.files = files;
    this.to = to;
    this.ahead = this.fetch();
  }

  private fetch(): Promise<Buffer> | undefined {
    const file = this.files[this.next++];
    return file === undefined ? undefined : readFile(file).then((b) => unpackPagefindFileAsync(b, file));
  }

  step(): boolean {
    this.head = this.words[++this.at];
    return this.head !== undefined;
  }

  /** Read the next file(s) until a word is found or the shard ends (head undefined). */
  async load(): Promise<void> {
    while (this.head === undefined && this.ahead) {
      const name = this.files[this.next - 1] as string;
      const cbor = await this.ahead;
      this.ahead = this.fetch();
      this.words = readWordIndex(cbor, name, this.to);
      this.at = 0;
      this.head = this.words[0];
    }
  }
}
