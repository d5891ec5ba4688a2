/**
 * Rule: a file or folder name in an editor's folder is UTF-8. A name saved by an old program or
 * unpacked from a zip file in another character set (Windows-1252 »ø« is the byte 0xF8) has no
 * text form: Node would read it as »�«, a file of that name does not exist, and the build could
 * not give it an address. The check names it, with each byte that is not UTF-8 shown as \xNN.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/** The name as text, or undefined when its bytes are not UTF-8. */
export function utf8Name(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes a UTF-8 sequence starting with `lead` has, or 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** "brev-\xff.md": the UTF-8 parts as text, every other byte as \xNN. */
export function escapedName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i] ?? 0);
    const text = n > 0 && i + n <= bytes.length ? utf8Name(bytes.subarray(i, i + n)) : undefined;
    if (text !== undefined) {
      out += text;
      i += n;
    } else {
      out += `\\x${(bytes[i] ?? 0).toString(16).padStart(2, '0')}`;
      i += 1;
    }
  }
  return out;
}

/** `folder`: the folder as the editor sees it ("content/letters"); `bytes`: the entry's name. */
export function nameEncodingError(folder: string, bytes: Uint8Array, isFolder = false): ValidationError {
  const name = escapedName(bytes);
  return {
    file: `${folder}/${name}`,
    line: 1,
    column: 1,
    message: `${isFolder ? 'mappens' : 'filens'} navn er ikke skrevet i UTF-8 (fx gemt af et ældre program eller pakket ud af en zip-fil), så sitet kan hverken læse eller udgive ${isFolder ? 'det, der ligger i den' : 'den'}`,
    got: name,
    expected: `et navn i UTF-8, helst kun med små bogstaver a–z, tal og bindestreger: omdøb ${isFolder ? 'mappen' : 'filen'}`,
  };
}
