/**
 * A cap on what a PDF's streams decode to, checked before pdf-lib and pdf.js read the file: both
 * decode page contents, fonts and object streams in full and without a limit, so a 500 KB PDF whose
 * page inflates to 500 MB kept the check busy for 7 s and 1.3 GB (a few MB more and the build stops
 * with no memory left). Each stream is decoded here through its filter chain with the cap (zlib's
 * maxOutputLength for Flate, counted for LZW and RunLength), so decoding stops where the bytes left
 * under the cap run out.
 *
 * Caps: 100 MB for one stream (a reader holds it whole) and 1 GB for all together (the time). The
 * readers do not decode images for the text; an image (/Subtype /Image) may decode to the size its
 * width, height and colours declare and no more (at most 400 MB), and is not counted in the total,
 * so a scan with large lossless images is not refused. A stream whose dictionary cannot be read, or whose data is
 * zlib data under another filter name, is inflated as well: what a reader might decode is counted.
 * Not measured: the image codecs (JPEG, JPEG 2000, JBIG2, CCITT), whose output is an image, and the
 * streams of an encrypted PDF (their bytes are ciphertext).
 */
import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { decodeAscii85, decodeAsciiHex, decodeLzw, decodeRunLength, type Capped } from './pdf-decoders.ts';

/** What one stream (a page's content, a font, an object stream) may decode to: a reader holds it whole. */
export const MAX_PDF_STREAM_BYTES = 100_000_000;
/**
 * All streams but images together: the readers decode them one after another, so this bounds the
 * time (pdf.js took about 7 s per 500 MB), while a large drawing of many pages still passes.
 */
export const MAX_PDF_TOTAL_BYTES = 1_000_000_000;
/** One image, whatever it declares (a 10,000 × 10,000 CMYK image): checking it holds it whole. */
export const MAX_PDF_IMAGE_BYTES = 400_000_000;

export interface PdfLimits {
  stream: number;
  total: number;
  image: number;
}

export const PDF_LIMITS: PdfLimits = { stream: MAX_PDF_STREAM_BYTES, total: MAX_PDF_TOTAL_BYTES, image: MAX_PDF_IMAGE_BYTES };

export interface PdfStreamExcess {
  /** The cap that was reached, in decoded bytes. */
  decoded: number;
  /** The object ("12 0") of the stream that reached it, when it has one. */
  object?: string;
  /** True when an image decodes to more than its declared size. */
  image?: boolean;
  /** True when all streams together reached the total cap (no one stream the stream cap). */
  whole?: boolean;
}

const SHORT_NAMES: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  RL: 'RunLengthDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
};

/** A stream's dictionary as text: from its »<<« to the »>>« before »stream«, nesting balanced; undefined if unbalanced. */
function dictBefore(s: string, end: number): { text: string; start: number } | undefined {
  let depth = 0;
  for (let i = end; i > 0; i--) {
    if (s[i] === '>' && s[i - 1] === '>') {
      depth++;
      i--;
    } else if (s[i] === '<' && s[i - 1] === '<') {
      depth--;
      i--;
      if (depth === 0) return { text: s.slice(i, end + 1), start: i };
    }
  }
  return undefined;
}

/** The filter names a dictionary declares, long form; undefined when /Filter is not a name or an array of names. */
function filters(dict: string): string[] | undefined {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/.exec(dict);
  if (!m) return /\/Filter\b/.test(dict) ? undefined : [];
  const names = (m[1] as string).match(/\/[^\s/<>[\]()]+/g) ?? [];
  return names.map((n) => SHORT_NAMES[n.slice(1)] ?? n.slice(1));
}

function numberIn(dict: string, key: string): number | undefined {
  const m = new RegExp(`${key}\\s+(\\d+)(?![\\d\\s]*R)`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

/** Bytes an image declares: width × height × bytes per row of its colour components; undefined when not all are given. */
function declaredImageBytes(dict: string): number | undefined {
  const w = numberIn(dict, '/Width') ?? numberIn(dict, '/W');
  const h = numberIn(dict, '/Height') ?? numberIn(dict, '/H');
  if (w === undefined || h === undefined) return undefined;
  const bits = numberIn(dict, '/BitsPerComponent') ?? numberIn(dict, '/BPC') ?? 8;
  // A colour space other than grey is at most four components (CMYK); /ImageMask is one bit.
  const components = /\/DeviceGray|\/G\b|\/ImageMask\s+true/.test(dict) ? 1 : 4;
  // A PNG predictor adds a byte to each row; a little more for what encoders pad.
  return h * (Math.ceil((w * components * bits) / 8) + 1) + 1024;
}

const looksZlib = (b: Uint8Array): boolean => b.length > 2 && ((b[0] ?? 0) & 0x0f) === 8 && (((b[0] ?? 0) << 8) | (b[1] ?? 0)) % 31 === 0;

/** Inflates with at most `cap` bytes of output; over means the output would be larger. Undefined when it is not Flate data. */
function inflateCapped(data: Uint8Array, cap: number): Capped | undefined {
  const options = { maxOutputLength: Math.max(1, cap), finishFlush: constants.Z_SYNC_FLUSH };
  for (const inflate of [inflateSync, inflateRawSync]) {
    try {
      return { bytes: inflate(data, options), over: false };
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { bytes: new Uint8Array(), over: true };
    }
  }
  return undefined;
}

/** The filters decoded here, by their long names; any other ends the chain. */
const DECODERS: Record<string, (data: Uint8Array, cap: number) => Capped | undefined> = {
  FlateDecode: inflateCapped,
  LZWDecode: decodeLzw,
  RunLengthDecode: decodeRunLength,
  ASCIIHexDecode: decodeAsciiHex,
  ASCII85Decode: decodeAscii85,
};

/** The stream decoded through its filters, capped at `cap` bytes; a filter not in DECODERS (the image codecs, Crypt) ends the chain. */
function decodeChain(data: Uint8Array, chain: readonly string[] | undefined, cap: number): Capped {
  let bytes = data;
  // An unreadable /Filter: Flate data is still inflated, as a reader might.
  const steps = chain ?? (looksZlib(data) ? ['FlateDecode'] : []);
  for (const f of steps) {
    const next = DECODERS[f]?.(bytes, cap);
    if (!next) break;
    if (next.over) return next;
    bytes = next.bytes;
  }
  // Zlib data under another name (or none) is what a reader that trusts its bytes would inflate.
  if (bytes === data && looksZlib(data)) return inflateCapped(data, cap) ?? { bytes, over: false };
  return { bytes, over: false };
}

/**
 * The first stream that decodes to more than `limits.stream`, takes all streams but images past
 * `limits.total`, or is an image that decodes to more than it declares (or than `limits.image`);
 * undefined when every stream is within.
 */
export function pdfStreamExcess(pdf: Uint8Array, limits: PdfLimits = PDF_LIMITS): PdfStreamExcess | undefined {
  const s = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  // Encrypted streams are ciphertext; they are not measured (module comment).
  if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/>>\s*stream(?:\r\n|\r|\n)/g)) {
    const start = m.index + m[0].length;
    const dict = dictBefore(s, m.index + 1);
    const header = /(\d+\s+\d+)\s+obj\s*$/.exec(s.slice(Math.max(0, (dict?.start ?? m.index) - 40), dict?.start ?? m.index));
    const where = header ? { object: (header[1] as string).replace(/\s+/g, ' ') } : {};
    const length = dict ? numberIn(dict.text, '/Length') : undefined;
    const fits = length !== undefined && /^\s*endstream/.test(s.slice(start + length, start + length + 20));
    const end = fits ? start + (length as number) : s.indexOf('endstream', start);
    const data = pdf.subarray(start, end < 0 ? pdf.length : end);
    const image = dict !== undefined && /\/Subtype\s*\/Image\b/.test(dict.text);
    const declared = image ? declaredImageBytes((dict as { text: string }).text) : undefined;
    const allowed = image ? Math.min(declared ?? limits.image, limits.image) : Math.min(limits.stream, limits.total - total);
    const decoded = decodeChain(data, dict ? filters(dict.text) : undefined, allowed);
    if (decoded.over) {
      if (image)
        return declared !== undefined && declared <= limits.image ? { decoded: allowed, ...where, image } : { decoded: allowed, ...where };
      const whole = limits.total - total < limits.stream;
      return { decoded: whole ? limits.total : limits.stream, ...where, ...(whole ? { whole } : {}) };
    }
    if (!image) total += decoded.bytes.length;
  }
  return undefined;
}
