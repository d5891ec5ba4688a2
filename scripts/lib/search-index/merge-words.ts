/**
 * The word half of the merge (merge.ts): a streaming k-way merge of the shards' sorted words
 * (word-index.ts reads them, one file per shard in memory and the next one read ahead), cut into
 * chunks as Pagefind cuts them. Each chunk is gzipped in libuv's thread pool while the next one is
 * merged, so the merge keeps both cores busy; the chunks come back in order, for merge.ts to name.
 */
import { pagefindWriter, packPagefindFileAsync } from './cbor.ts';
import { appendWord, ShardWords, wordLocations, writeWordIndex, type IndexWord, type Renumber } from './word-index.ts';

/** Rust's String order: by UTF-8 bytes, i.e. by code point (not by UTF-16 unit as JS `<`). */
export function compareWords(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

export interface ShardIndex {
  /** The shard's word-index files, in its chunk order. */
  files: string[];
  renumber: Renumber;
}

export interface MergedChunk {
  first: string;
  last: string;
  /** The file's bytes (gzip), being compressed. */
  bytes: Promise<Buffer>;
}

/** Chunks compressing at once: enough to keep the pool busy, few enough to bound the memory. */
const IN_FLIGHT = 6;

/** Merge the shards' word indexes into chunks of about `chunkSize` locations. */
export async function mergeWords(shards: readonly ShardIndex[], chunkSize: number): Promise<{ words: number; chunks: MergedChunk[] }> {
  const streams = shards.map((s) => new ShardWords(s.files, s.renumber));
  await Promise.all(streams.map((s) => s.load()));
  const chunks: MergedChunk[] = [];
  let settled = 0;
  let chunk: IndexWord[] = [];
  let size = 0;
  let words = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const w = pagefindWriter(size * 4);
    writeWordIndex(w, chunk);
    const bytes = packPagefindFileAsync(w.bytes());
    chunks.push({ first: (chunk[0] as IndexWord).word, last: (chunk.at(-1) as IndexWord).word, bytes });
    chunk = [];
    size = 0;
    if (chunks.length - settled > IN_FLIGHT) await chunks[settled++]?.bytes;
  };
  for (;;) {
    let min: string | undefined;
    for (const s of streams) if (s.head && (min === undefined || compareWords(s.head.word, min) < 0)) min = s.head.word;
    if (min === undefined) break;
    let word: IndexWord | undefined;
    for (const s of streams) {
      if (!s.head || s.head.word !== min) continue;
      // Streams are in shard order, so each one's pages come after the ones before.
      if (!word) word = s.head;
      else appendWord(word, s.head);
      if (!s.step()) await s.load();
    }
    if (!word) break;
    words++;
    // A word as big as a whole chunk gets a file of its own, so the rare words beside it in the
    // alphabet never fetch it (first-results.ts answers the searches that would).
    const locations = wordLocations(word);
    if (locations >= chunkSize) await flush();
    chunk.push(word);
    size += locations;
    if (size >= chunkSize) await flush();
  }
  await flush();
  return { words, chunks };
}
