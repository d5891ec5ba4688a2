/**
 * PDFs written byte by byte, for the stream cap (src/lib/attachments/pdf-streams.ts): pdf-lib
 * compresses what it writes itself, and a bomb needs streams whose filters and data the test sets.
 */
import { deflateSync } from 'node:zlib';

export interface RawStream {
  /** The stream dictionary's entries besides /Length: "/Filter /FlateDecode". */
  dict: string;
  data: Uint8Array;
}

/** A one-page PDF whose page content is the first stream; the others are objects of their own. */
export function rawPdf(streams: readonly RawStream[]): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let pos = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    pos += b.length;
  };
  const text = (s: string) => push(Buffer.from(s, 'latin1'));
  text('%PDF-1.5\n%\xE2\xE3\xCF\xD3\n');
  const objects: (string | RawStream)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    ...streams,
  ];
  objects.forEach((o, i) => {
    offsets.push(pos);
    text(`${i + 1} 0 obj\n`);
    if (typeof o === 'string') text(o);
    else {
      text(`<< /Length ${o.data.length} ${o.dict} >>\nstream\n`);
      push(Buffer.from(o.data));
      text('\nendstream');
    }
    text('\nendobj\n');
  });
  const xref = pos;
  text(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  text(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** Page content: a line of text, then `size` bytes of spaces (what compresses a thousandfold). */
export function spacedContent(size: number): Buffer {
  const b = Buffer.alloc(size, 0x20);
  b.write('BT /F1 12 Tf 72 720 Td (Hej) Tj ET\n', 0, 'latin1');
  return b;
}

export const flate = (b: Uint8Array): Buffer => deflateSync(b, { level: 9 });

/** LZW as PDF writes it (EarlyChange 1): the inverse of src/lib/attachments/pdf-decoders.ts decodeLzw. */
export function lzwEncode(data: Uint8Array): Buffer {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let width = 9;
  const emit = (code: number) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 0xff);
      bits -= 8;
      acc &= (1 << bits) - 1;
    }
  };
  let table = new Map<string, number>();
  let next = 258;
  const reset = () => {
    table = new Map(Array.from({ length: 256 }, (_, i) => [String.fromCharCode(i), i]));
    next = 258;
    width = 9;
  };
  emit(256);
  reset();
  let w = '';
  for (const byte of data) {
    const c = String.fromCharCode(byte);
    if (table.has(w + c)) {
      w += c;
      continue;
    }
    emit(table.get(w) as number);
    table.set(w + c, next++);
    if (next + 1 > 1 << width && width < 12) width++;
    if (next >= 4094) {
      emit(256);
      reset();
    }
    w = c;
  }
  if (w) emit(table.get(w) as number);
  emit(257);
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(out);
}
