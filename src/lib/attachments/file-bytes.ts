/**
 * What a file is by its first bytes, not by its name: a browser or office program that opens the
 * file reads the bytes, so a web page saved as bilag.pdf or kort.png, or an SVG with a script saved
 * as foto.jpg, is what the bytes say. kinds.ts judges a letter's files by it; the check of
 * public/bilag/ its images.
 */

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export type ByteKind = 'pdf' | 'zip' | 'ole' | 'html' | 'svg' | 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

/** The start of a text file, without a byte-order mark, spaces or comments before the first element. */
function markupStart(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .replace(/^(\s|<\?xml[^>]*>|<!--[\s\S]*?-->)+/i, '');
}

/** An ISO media file (AVIF) whose brands name AVIF. */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false;
  const boxEnd = Math.min(bytes.length, ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0));
  const brands = new TextDecoder('latin1').decode(bytes.subarray(8, boxEnd));
  return /avi[fs]/.test(brands);
}

export function byteKind(bytes: Uint8Array): ByteKind | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (isAvif(bytes)) return 'avif';
  const start = markupStart(bytes);
  if (/^<(!doctype\s+html|html|head|body|script|iframe)\b/i.test(start)) return 'html';
  if (/^<(!doctype\s+svg|svg)\b/i.test(start)) return 'svg';
  return undefined;
}

/** A kind in the words of a message: »en webside (HTML)«. */
export const BYTE_KIND_TEXT: Record<ByteKind, string> = {
  pdf: 'en PDF',
  zip: 'en ZIP-fil (fx DOCX eller XLSX)',
  ole: 'en gammel Word- eller Excel-fil (.doc/.xls)',
  html: 'en webside (HTML)',
  svg: 'en SVG-tegning, som kan indeholde scripts',
  png: 'et PNG-billede',
  jpeg: 'et JPEG-billede',
  gif: 'et GIF-billede',
  webp: 'et WebP-billede',
  avif: 'et AVIF-billede',
};

/** The image kind each extension of public/bilag/ announces. */
const IMAGE_EXTENSIONS: Record<string, ByteKind> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp', avif: 'avif' };

export function isImageExtension(ext: string): boolean {
  return Object.hasOwn(IMAGE_EXTENSIONS, ext.toLowerCase());
}

/** What an image file with extension `ext` really is, in words; undefined when its bytes are that image. */
export function imageMismatch(ext: string, bytes: Uint8Array): string | undefined {
  const actual = byteKind(bytes);
  if (actual !== undefined && actual === IMAGE_EXTENSIONS[ext.toLowerCase()]) return undefined;
  return actual ? BYTE_KIND_TEXT[actual] : 'ikke et billede i et format, sitet kender';
}
