/**
 * The PDF stream filters pdf-streams.ts decodes besides Flate, as the PDF standard defines them
 * (ISO 32000-1, 7.4): LZW and RunLength with a cap on their output (both can expand a small
 * stream many times over), ASCIIHex and ASCII85 (which only shrink). Lenient as the readers are: a
 * damaged stream decodes as far as it goes.
 */

/** Decoded bytes; `over` when the output would pass the cap (the bytes are then not complete). */
export interface Capped {
  bytes: Uint8Array;
  over: boolean;
}

/** A byte buffer that doubles as it fills. */
class Output {
  bytes = new Uint8Array(4096);
  length = 0;
  reserve(n: number): number {
    if (this.length + n > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
      bigger.set(this.bytes.subarray(0, this.length));
      this.bytes = bigger;
    }
    const at = this.length;
    this.length += n;
    return at;
  }
  done(): Capped {
    return { bytes: this.bytes.subarray(0, this.length), over: false };
  }
}

/** LZWDecode with EarlyChange 1 (the default): 9- to 12-bit codes, 256 resets the table, 257 ends. */
export function decodeLzw(data: Uint8Array, cap: number): Capped {
  // Each code is its prefix code plus one last byte; its length is kept to write it back to front.
  const prefix = new Int32Array(4096);
  const last = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let i = 0; i < 256; i++) [prefix[i], last[i], length[i]] = [-1, i, 1];
  const out = new Output();
  let next = 258;
  let width = 9;
  let bits = 0;
  let buffer = 0;
  let previous = -1;
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        [next, width, previous] = [258, 9, -1];
        continue;
      }
      if (code === 257) return out.done();
      // A code not yet in the table is the previous one plus its own first byte.
      const known = code < next;
      if (!known && (code !== next || previous < 0)) return out.done();
      const n = known ? (length[code] as number) : (length[previous] as number) + 1;
      if (out.length + n > cap) return { bytes: new Uint8Array(), over: true };
      const at = out.reserve(n);
      let c = known ? code : previous;
      let i = at + (known ? n : n - 1) - 1;
      while (c >= 0) {
        out.bytes[i--] = last[c] as number;
        c = prefix[c] as number;
      }
      if (!known) out.bytes[at + n - 1] = out.bytes[at] as number;
      if (previous >= 0 && next < 4096) {
        [prefix[next], last[next], length[next]] = [previous, out.bytes[at] as number, (length[previous] as number) + 1];
        next++;
      }
      previous = code;
      // EarlyChange: the code width grows one code early.
      if (next + 1 >= 1 << width && width < 12) width++;
    }
  }
  return out.done();
}

/** RunLengthDecode: a length byte 0–127 copies that many + 1 bytes, 129–255 repeats the next byte 257 − n times, 128 ends. */
export function decodeRunLength(data: Uint8Array, cap: number): Capped {
  let size = 0;
  for (let i = 0; i < data.length;) {
    const n = data[i] as number;
    if (n === 128) break;
    const run = n < 128 ? n + 1 : 257 - n;
    size += run;
    if (size > cap) return { bytes: new Uint8Array(), over: true };
    i += n < 128 ? n + 2 : 2;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < data.length && at < size;) {
    const n = data[i] as number;
    if (n < 128) {
      out.set(data.subarray(i + 1, i + 2 + n), at);
      at += n + 1;
      i += n + 2;
    } else {
      out.fill(data[i + 1] ?? 0, at, at + 257 - n);
      at += 257 - n;
      i += 2;
    }
  }
  return { bytes: out, over: false };
}

/** ASCIIHexDecode: hex digit pairs, white space skipped, »>« ends. */
export function decodeAsciiHex(data: Uint8Array): Capped {
  const text = Buffer.from(data).toString('latin1');
  const end = text.indexOf('>');
  const digits = (end < 0 ? text : text.slice(0, end)).replace(/[^0-9a-fA-F]/g, '');
  return { bytes: Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex'), over: false };
}

/** ASCII85Decode: groups of five characters »!«–»u« for four bytes, »z« for four zeros, »~>« ends. */
export function decodeAscii85(data: Uint8Array): Capped {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    let v = 0;
    for (let i = 0; i < 5; i++) v = v * 85 + (group[i] ?? 84);
    for (let i = 0; i < n; i++) out.push((v >>> (24 - 8 * i)) & 0xff);
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5) {
      flush(4);
      group = [];
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return { bytes: Uint8Array.from(out), over: false };
}
