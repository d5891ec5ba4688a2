/**
 * The subset of CBOR that Pagefind 1.6 writes (minicbor: unsigned and negative integers, text and
 * byte strings, definite arrays, booleans, null), decoded to plain JavaScript values and encoded
 * back byte for byte, and Pagefind's file framing (gzip around "pagefind_dcd" + CBOR).
 * CborReader and CborWriter are the cursor and the growing buffer underneath, for callers that read
 * or write a file's structure directly instead of as one tree of values (word-index.ts).
 */
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';

export type Cbor = number | string | Uint8Array | boolean | null | Cbor[];

export const SIGNATURE = Buffer.from('pagefind_dcd');

/** Pagefind's own level: the merged files are compared byte for byte with cold builds. */
const GZIP_LEVEL = 6;

export class CborReader {
  pos = 0;
  readonly buf: Buffer;
  /** The file's name, for errors. */
  readonly name: string;
  constructor(buf: Buffer, name = 'CBOR') {
    this.buf = buf;
    this.name = name;
  }

  /** The argument of an item's head (a length or an integer), after its first byte `first`. */
  argument(first: number): number {
    const info = first & 31;
    const b = this.buf;
    if (info < 24) return info;
    const p = this.pos;
    if (info === 24) return ((this.pos += 1), b[p] as number);
    if (info === 25) return ((this.pos += 2), b.readUInt16BE(p));
    if (info === 26) return ((this.pos += 4), b.readUInt32BE(p));
    if (info === 27) return ((this.pos += 8), Number(b.readBigUInt64BE(p)));
    throw new Error(`${this.name}: unsupported CBOR length ${info} at ${p - 1}`);
  }

  /** An item's head, which must be of `major` type; returns its argument. */
  head(major: number): number {
    const first = this.buf[this.pos++] as number;
    if (first >> 5 !== major) throw new Error(`${this.name}: CBOR type ${first >> 5} at ${this.pos - 1}, expected ${major}`);
    return this.argument(first);
  }

  text(): string {
    const n = this.head(3);
    const start = this.pos;
    this.pos += n;
    return this.buf.toString('utf8', start, this.pos);
  }

  /** An integer (either sign). */
  int(): number {
    const first = this.buf[this.pos++] as number;
    const major = first >> 5;
    if (major > 1) throw new Error(`${this.name}: CBOR type ${major} at ${this.pos - 1}, expected an integer`);
    const n = this.argument(first);
    return major === 0 ? n : -1 - n;
  }

  /** Skip an array of integers; returns its length. */
  skipIntArray(): number {
    const n = this.head(4);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const first = b[p++] as number;
      if (first >> 5 > 1) throw new Error(`${this.name}: CBOR type ${first >> 5} at ${p - 1}, expected an integer`);
      const info = first & 31;
      if (info < 24) continue;
      if (info > 27) throw new Error(`${this.name}: unsupported CBOR length ${info} at ${p - 1}`);
      p += 1 << (info - 24);
    }
    this.pos = p;
    return n;
  }

  item(): Cbor {
    const first = this.buf[this.pos++] as number;
    const major = first >> 5;
    if (major === 7) {
      const info = first & 31;
      if (info >= 20 && info <= 22) return info === 22 ? null : info === 21;
      throw new Error(`${this.name}: unsupported CBOR item ${first} at ${this.pos - 1}`);
    }
    const n = this.argument(first);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const start = this.pos;
      this.pos += n;
      return major === 2 ? this.buf.subarray(start, this.pos) : this.buf.toString('utf8', start, this.pos);
    }
    if (major === 4) {
      const out: Cbor[] = new Array<Cbor>(n);
      for (let i = 0; i < n; i++) out[i] = this.item();
      return out;
    }
    throw new Error(`${this.name}: unsupported CBOR item ${first} at ${this.pos - 1}`);
  }
}

export function decodeCbor(buf: Uint8Array): Cbor {
  return new CborReader(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)).item();
}

/** One growing buffer (the merged index is tens of megabytes of small integers). */
export class CborWriter {
  buf: Buffer;
  pos = 0;
  constructor(size = 1 << 16) {
    this.buf = Buffer.allocUnsafe(size);
  }

  room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  head(major: number, n: number): void {
    this.room(9);
    const b = this.buf;
    if (n < 24) b[this.pos++] = (major << 5) | n;
    else if (n < 0x100) {
      b[this.pos++] = (major << 5) | 24;
      b[this.pos++] = n;
    } else if (n < 0x10000) {
      b[this.pos++] = (major << 5) | 25;
      this.pos = b.writeUInt16BE(n, this.pos);
    } else if (n < 0x100000000) {
      b[this.pos++] = (major << 5) | 26;
      this.pos = b.writeUInt32BE(n, this.pos);
    } else {
      b[this.pos++] = (major << 5) | 27;
      this.pos = b.writeBigUInt64BE(BigInt(n), this.pos);
    }
  }

  int(v: number): void {
    if (v >= 0) this.head(0, v);
    else this.head(1, -1 - v);
  }

  text(v: string): void {
    const n = Buffer.byteLength(v, 'utf8');
    this.head(3, n);
    this.room(n);
    this.pos += this.buf.write(v, this.pos, 'utf8');
  }

  /** Bytes that are already CBOR. */
  raw(bytes: Uint8Array, start = 0, end = bytes.length): void {
    this.room(end - start);
    // Most copies are a few bytes (one page's locations), cheaper as a loop than as a subarray.
    if (end - start < 64) {
      const b = this.buf;
      let p = this.pos;
      for (let i = start; i < end; i++) b[p++] = bytes[i] as number;
      this.pos = p;
      return;
    }
    this.buf.set(bytes.subarray(start, end), this.pos);
    this.pos += end - start;
  }

  item(v: Cbor): void {
    if (typeof v === 'number') this.int(v);
    else if (typeof v === 'string') this.text(v);
    else if (v instanceof Uint8Array) {
      this.head(2, v.length);
      this.raw(v);
    } else if (Array.isArray(v)) {
      this.head(4, v.length);
      for (const x of v) this.item(x);
    } else {
      this.room(1);
      this.buf[this.pos++] = v === null ? 0xf6 : v ? 0xf5 : 0xf4;
    }
  }

  /** The bytes written (a view into the buffer, valid until the next write). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

export function encodeCbor(value: Cbor): Buffer {
  const w = new CborWriter();
  w.item(value);
  return w.bytes();
}

/** The CBOR inside a Pagefind file (.pf_meta, .pf_index, .pf_filter). */
function pagefindCbor(raw: Buffer, name: string): Buffer {
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${name}: unknown Pagefind file format`);
  return raw.subarray(SIGNATURE.length);
}

/** A Pagefind file's CBOR, unpacked (synchronously). */
export function unpackPagefindFile(bytes: Uint8Array, name: string): Buffer {
  return pagefindCbor(gunzipSync(bytes), name);
}

/** As unpackPagefindFile, in libuv's thread pool. */
export async function unpackPagefindFileAsync(bytes: Uint8Array, name: string): Promise<Buffer> {
  // Output in one piece (Node's default is 16 KB pieces, each a round trip to the pool).
  return pagefindCbor(await promisify(gunzip)(bytes, { chunkSize: Math.max(1 << 16, bytes.length * 4) }), name);
}

/** A Pagefind file (.pf_meta, .pf_index, .pf_filter) decoded. */
export function readPagefindFile(bytes: Uint8Array, name: string): Cbor {
  return new CborReader(unpackPagefindFile(bytes, name), name).item();
}

/** A CborWriter that starts with Pagefind's signature, for packPagefindFile. */
export function pagefindWriter(size?: number): CborWriter {
  const w = new CborWriter(size);
  w.raw(SIGNATURE);
  return w;
}

/** A Pagefind file's bytes: gzip of the signature and the CBOR. */
export function pagefindFileBytes(value: Cbor): Buffer {
  const w = pagefindWriter();
  w.item(value);
  return gzipSync(w.bytes(), { level: GZIP_LEVEL });
}

/** The gzip of a pagefindWriter's bytes, in libuv's thread pool (the bytes must not change meanwhile). */
export function packPagefindFileAsync(signedCbor: Uint8Array): Promise<Buffer> {
  return promisify(gzip)(signedCbor, { level: GZIP_LEVEL, chunkSize: Math.max(1 << 14, signedCbor.length) });
}
