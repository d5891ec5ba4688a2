/**
 * The entries of a DOCX or XLSX (a ZIP file), read by its central directory the way Word, Excel and
 * the text readers (mammoth, read-excel-file) find them, with a cap on what they inflate to. A
 * 1 MB zip bomb inflating to 1 GB is refused after at most MAX_UNZIPPED_BYTES of work, before any
 * reader inflates it all: sizes the directory declares are summed first, and since a directory may
 * lie, inflating stops where the bytes left under the cap run out (zlib's maxOutputLength).
 */
import { inflateRawSync } from 'node:zlib';
import { formatBytes } from './format.ts';
import { AttachmentReadError } from './text.ts';

/** Inflated bytes of all entries together; an ordinary document or workbook is far below. */
export const MAX_UNZIPPED_BYTES = 100_000_000;

export interface ZipEntry {
  /** The entry's path in the package: "word/document.xml". */
  name: string;
  /** The inflated bytes. */
  data: Uint8Array;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

interface DirEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressed: number;
  declared: number;
  offset: number;
}

/** The central directory, or undefined when the bytes are not a readable ZIP. */
function directory(b: Uint8Array): DirEntry[] | undefined {
  let e = b.length - 22;
  while (e >= 0 && u32(b, e) !== 0x06054b50) {
    if (b.length - e > 65_557) return undefined;
    e--;
  }
  if (e < 0) return undefined;
  let count = u16(b, e + 10);
  let at = u32(b, e + 16);
  // ZIP64: the locator before the end record points to the larger end record.
  if (e >= 20 && u32(b, e - 20) === 0x07064b50) {
    const z = u64(b, e - 12);
    if (u32(b, z) === 0x06064b50) {
      count = u64(b, z + 32);
      at = u64(b, z + 48);
    }
  }
  const names = new TextDecoder();
  const out: DirEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: DirEntry = {
      name: names.decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      encrypted: (u16(b, at + 8) & 1) === 1,
      compressed: u32(b, at + 20),
      declared: u32(b, at + 24),
      offset: u32(b, at + 42),
    };
    // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(b, x + 2)) {
      if (u16(b, x) !== 0x0001) continue;
      let v = x + 4;
      for (const key of ['declared', 'compressed', 'offset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        entry[key] = u64(b, v);
        v += 8;
      }
    }
    out.push(entry);
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return out;
}

function tooLarge(bytes: number, limit: number): AttachmentReadError {
  return new AttachmentReadError(
    `filen fylder over ${formatBytes(limit)}, når den pakkes ud (${formatBytes(bytes)} pakket) – et Word-dokument eller regneark er en pakket fil, og så meget fylder kun en fil, der er lavet til at lamme det program, der åbner den`,
    `en fil under ${formatBytes(limit)} udpakket: gem dokumentet igen fra det program, det kom fra, eller del det i flere filer`,
  );
}

/**
 * The entries, inflated; undefined when the bytes are not a ZIP the readers can open (their own
 * message says so). Throws AttachmentReadError past `limit` inflated bytes.
 */
export function zipEntries(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): ZipEntry[] | undefined {
  const dir = directory(bytes);
  if (!dir) return undefined;
  if (dir.reduce((n, d) => n + d.declared, 0) > limit) throw tooLarge(bytes.length, limit);
  let total = 0;
  const out: ZipEntry[] = [];
  for (const d of dir) {
    if (d.encrypted || (d.method !== 0 && d.method !== 8) || u32(bytes, d.offset) !== 0x04034b50) return undefined;
    const start = d.offset + 30 + u16(bytes, d.offset + 26) + u16(bytes, d.offset + 28);
    const raw = bytes.subarray(start, start + d.compressed);
    if (d.method === 0) {
      total += raw.length;
      if (total > limit) throw tooLarge(bytes.length, limit);
      out.push({ name: d.name, data: raw });
      continue;
    }
    let data: Uint8Array = new Uint8Array(0);
    try {
      if (raw.length > 0) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, limit - total + 1) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(bytes.length, limit);
      return undefined;
    }
    total += data.length;
    if (total > limit) throw tooLarge(bytes.length, limit);
    out.push({ name: d.name, data });
  }
  return out;
}
