/**
 * Works around a Pagefind 1.6 chunk-selection bug that makes common words expensive. Pagefind
 * stores each word-index chunk's range as prefixes shortened to tell it from its neighbours
 * ("integrationsk" … "integrationspo"). A word at the end of a chunk ("integrationspolitik") sorts
 * after that shortened end, matches no chunk, and Pagefind's fallback then also fetches every chunk
 * whose shortened bounds match it loosely — on this archive the chunk with the word "i", 200 KB.
 * Rewriting each chunk's end to "just before the next chunk's start" makes every word match the one
 * chunk it is in. Only the metadata file (pagefind.<lang>_<hash>.pf_meta: gzip, "pagefind_dcd",
 * CBOR) is rewritten; the chunks themselves are untouched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

type Cbor = number | string | Uint8Array | boolean | null | Cbor[];

const SIGNATURE = Buffer.from('pagefind_dcd');

export function decodeCbor(buf: Uint8Array): Cbor {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(pos++);
    if (info === 25) return ((pos += 2), view.getUint16(pos - 2));
    if (info === 26) return ((pos += 4), view.getUint32(pos - 4));
    if (info === 27) return ((pos += 8), Number(view.getBigUint64(pos - 8)));
    throw new Error(`CBOR: unsupported length ${info} at ${pos}`);
  };
  const item = (): Cbor => {
    const byte = view.getUint8(pos++);
    const major = byte >> 5;
    const info = byte & 31;
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 2 || major === 3) {
      const n = length(info);
      const bytes = buf.subarray(pos, pos + n);
      pos += n;
      return major === 2 ? bytes : Buffer.from(bytes).toString('utf8');
    }
    if (major === 4) {
      const n = length(info);
      const out: Cbor[] = [];
      for (let i = 0; i < n; i++) out.push(item());
      return out;
    }
    if (major === 7 && info >= 20 && info <= 22) return info === 22 ? null : info === 21;
    throw new Error(`CBOR: unsupported item ${byte} at ${pos - 1}`);
  };
  return item();
}

export function encodeCbor(value: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) parts.push(Buffer.from([(major << 5) | n]));
    else if (n < 0x100) parts.push(Buffer.from([(major << 5) | 24, n]));
    else if (n < 0x10000) parts.push(Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]));
    else if (n < 0x100000000) {
      const b = Buffer.alloc(5);
      b[0] = (major << 5) | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else {
      const b = Buffer.alloc(9);
      b[0] = (major << 5) | 27;
      b.writeBigUInt64BE(BigInt(n), 1);
      parts.push(b);
    }
  };
  const put = (v: Cbor) => {
    if (typeof v === 'number') head(v >= 0 ? 0 : 1, v >= 0 ? v : -1 - v);
    else if (typeof v === 'string') {
      const b = Buffer.from(v, 'utf8');
      head(3, b.length);
      parts.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      parts.push(Buffer.from(v));
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(put);
    } else parts.push(Buffer.from([v === null ? 0xf6 : v ? 0xf5 : 0xf4]));
  };
  put(value);
  return Buffer.concat(parts);
}

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
