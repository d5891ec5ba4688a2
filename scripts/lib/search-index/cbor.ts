/**
 * The subset of CBOR that Pagefind 1.6 writes (minicbor: unsigned and negative integers, text and
 * byte strings, definite arrays, booleans, null), decoded to plain JavaScript values and encoded
 * back byte for byte, and Pagefind's file framing (gzip around "pagefind_dcd" + CBOR).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export type Cbor = number | string | Uint8Array | boolean | null | Cbor[];

export const SIGNATURE = Buffer.from('pagefind_dcd');

export function decodeCbor(buf: Uint8Array): Cbor {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const decoder = new TextDecoder();
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
      return major === 2 ? bytes : decoder.decode(bytes);
    }
    if (major === 4) {
      const n = length(info);
      const out: Cbor[] = new Array<Cbor>(n);
      for (let i = 0; i < n; i++) out[i] = item();
      return out;
    }
    if (major === 7 && info >= 20 && info <= 22) return info === 22 ? null : info === 21;
    throw new Error(`CBOR: unsupported item ${byte} at ${pos - 1}`);
  };
  return item();
}

/** Encodes into one growing buffer (the merged index is tens of megabytes of small integers). */
export function encodeCbor(value: Cbor): Buffer {
  let buf = Buffer.allocUnsafe(1 << 16);
  let pos = 0;
  const room = (n: number) => {
    if (pos + n <= buf.length) return;
    let size = buf.length * 2;
    while (size < pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    buf.copy(next, 0, 0, pos);
    buf = next;
  };
  const head = (major: number, n: number) => {
    room(9);
    if (n < 24) buf[pos++] = (major << 5) | n;
    else if (n < 0x100) {
      buf[pos++] = (major << 5) | 24;
      buf[pos++] = n;
    } else if (n < 0x10000) {
      buf[pos++] = (major << 5) | 25;
      buf.writeUInt16BE(n, pos);
      pos += 2;
    } else if (n < 0x100000000) {
      buf[pos++] = (major << 5) | 26;
      buf.writeUInt32BE(n, pos);
      pos += 4;
    } else {
      buf[pos++] = (major << 5) | 27;
      buf.writeBigUInt64BE(BigInt(n), pos);
      pos += 8;
    }
  };
  const put = (v: Cbor) => {
    if (typeof v === 'number') head(v >= 0 ? 0 : 1, v >= 0 ? v : -1 - v);
    else if (typeof v === 'string') {
      const b = Buffer.from(v, 'utf8');
      head(3, b.length);
      room(b.length);
      b.copy(buf, pos);
      pos += b.length;
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      room(v.length);
      buf.set(v, pos);
      pos += v.length;
    } else if (Array.isArray(v)) {
      head(4, v.length);
      for (const x of v) put(x);
    } else {
      room(1);
      buf[pos++] = v === null ? 0xf6 : v ? 0xf5 : 0xf4;
    }
  };
  put(value);
  return buf.subarray(0, pos);
}

/** A Pagefind file (.pf_meta, .pf_index, .pf_filter) decoded. */
export function readPagefindFile(bytes: Uint8Array, name: string): Cbor {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${name}: unknown Pagefind file format`);
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

/** A Pagefind file's bytes: gzip of the signature and the CBOR. */
export function pagefindFileBytes(value: Cbor): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)]), { level: 6 });
}
