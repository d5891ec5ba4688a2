/**
 * Works around a Pagefind 1.6 chunk-selection bug that makes common words expensive. Pagefind
 * stores each word-index chunk's range as prefixes shortened to tell it from its neighbours
 * ("integrationsk" … "integrationspo"). A word at the end of a chunk ("integrationspolitik") sorts
 * after that shortened end, matches no chunk, and Pagefind's fallback then also fetches every chunk
 * whose shortened bounds match it loosely — on this archive the chunk with the word "i", 200 KB.
 * Rewriting each chunk's end to "just before the next chunk's start" makes every word match the one
 * chunk it is in. Only the metadata file (pagefind.<lang>_<hash>.pf_meta: gzip, "pagefind_dcd",
 * CBOR, read and written with search-index/cbor.ts) is rewritten; the chunks themselves are untouched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, SIGNATURE } from '../search-index/cbor.ts';

/** The largest practical string below `next`: its last letter one lower, then the highest code point. */
export function justBelow(next: string): string {
  const chars = [...next];
  const last = chars.pop();
  if (last === undefined) return '';
  const code = last.codePointAt(0) ?? 1;
  return chars.join('') + String.fromCodePoint(Math.max(code - 1, 1)) + '\u{10FFFF}'.repeat(8);
}

/** Chunk list [from, to, hash][] with each end moved to just before the next chunk's start. */
export function contiguousChunks(chunks: [string, string, string][]): [string, string, string][] {
  return chunks.map(([from, to, hash], i) => {
    const next = chunks[i + 1];
    return [from, next ? justBelow(next[0]) : to + '\u{10FFFF}'.repeat(8), hash];
  });
}

/** Rewrite the chunk bounds in every .pf_meta of a Pagefind bundle; returns how many files changed. */
export function fixChunkBounds(pagefindDir: string): number {
  let changed = 0;
  for (const name of readdirSync(pagefindDir).filter((f) => f.endsWith('.pf_meta'))) {
    const file = join(pagefindDir, name);
    const raw = gunzipSync(readFileSync(file));
    if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: unknown Pagefind metadata format`);
    const body = raw.subarray(SIGNATURE.length);
    const meta = decodeCbor(body);
    if (!encodeCbor(meta).equals(body)) throw new Error(`${file}: metadata does not round-trip; Pagefind's format has changed`);
    if (!Array.isArray(meta) || !Array.isArray(meta[2])) throw new Error(`${file}: no chunk list where Pagefind 1.6 keeps it`);
    meta[2] = contiguousChunks(meta[2] as [string, string, string][]);
    writeFileSync(file, gzipSync(Buffer.concat([SIGNATURE, encodeCbor(meta)]), { level: 9 }));
    changed++;
  }
  return changed;
}
