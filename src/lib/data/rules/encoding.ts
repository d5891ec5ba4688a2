/**
 * Rule: a CSV or Markdown file is UTF-8 text, checked on its bytes before anything else reads it.
 * A file saved as UTF-16, or as Windows-1252/Latin-1 (also a single row pasted into an otherwise
 * UTF-8 file), or one that already lost letters (�, or "KÃ¸benhavn" from a double conversion),
 * gets one message that names the encoding and says how to save the file – instead of hundreds
 * of follow-on errors, or published text with � in it. A file with an encoding error is not
 * checked further.
 */
import type { ValidationError } from '../errors.ts';

export type FileKind = 'csv' | 'text';

/** How to save the file as UTF-8, for the message. */
const HOW_TO_SAVE: Record<FileKind, string> = {
  csv: 'åbn filen i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«',
  text: 'gem filen igen med tegnsættet UTF-8 (Notesblok: Gem som → Kodning: UTF-8; VS Code: Gem med kodning → UTF-8)',
};

/** What a binary file (a workbook or document saved under the wrong name) should be instead. */
const AS_TEXT: Record<FileKind, string> = {
  csv: 'en CSV-fil: åbn projektmappen i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«',
  text: 'en tekstfil i Markdown: kopiér teksten over i en .md-fil, der er gemt som UTF-8',
};

/** Letters double-converted (UTF-8 read as Windows-1252 and saved again): Ã¸ for ø, â€“ for –. */
const DOUBLE_ENCODED =
  /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0093\u0094\u0098\u0099\u009c\u009d\u2122\u201c\u201d\u02dc\u0153\u00a6]/;

const MAX_LINES_NAMED = 5;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 or UTF-32 by byte-order mark, or by the zero bytes of mostly-ASCII text without one. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return 'UTF-32';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'UTF-16';
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4 ? 'UTF-16' : undefined;
}

function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'en Excel- eller Word-fil (.xlsx/.docx)';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'en PDF-fil';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'en gammel Excel- eller Word-fil (.xls/.doc)';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Split bytes into lines (LF), keeping 1-based line numbers. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

/** Offset of the first byte that cannot start or continue a UTF-8 character. */
function firstInvalidByte(line: Uint8Array): number {
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? 0;
    const follow = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow; k++) if (((line[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += follow + 1;
  }
  return 0;
}

/** Column (1-based, in characters as Windows-1252 reads them) of the first byte UTF-8 rejects. */
function firstBadColumn(line: Uint8Array): number {
  return windows1252.decode(line.subarray(0, firstInvalidByte(line))).length + 1;
}

function also(lines: readonly number[]): string {
  if (lines.length === 0) return '';
  const named = lines.slice(0, MAX_LINES_NAMED).join(', ');
  const more = lines.length > MAX_LINES_NAMED ? ` og ${lines.length - MAX_LINES_NAMED} andre` : '';
  return ` (også linje ${named}${more})`;
}

function textLine(text: string, line: number): string {
  return (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');
}

/** The part of a long line around the column, so the quoted value shows the broken letters. */
function around(line: string, column: number): string {
  const chars = [...line];
  return column <= 40 ? line : `…${chars.slice(column - 31).join('')}`;
}

export interface DecodedFile {
  text: string;
  error?: ValidationError;
}

export function decodeUtf8File(bytes: Uint8Array, file: string, kind: FileKind): DecodedFile {
  const expected = `UTF-8: ${HOW_TO_SAVE[kind]}`;
  const binary = binaryKind(bytes);
  if (binary) return { text: '', error: { file, line: 1, column: 1, message: `filen er ${binary}, ikke tekst`, expected: AS_TEXT[kind] } };
  const wide = wideEncoding(bytes);
  if (wide) return { text: '', error: { file, line: 1, column: 1, message: `filen er gemt som ${wide}, ikke UTF-8`, expected } };

  if (!isUtf8(bytes)) {
    const lines = byteLines(bytes);
    const bad = lines.flatMap((l, i) => (isUtf8(l) ? [] : [i + 1]));
    const nonAscii = lines.filter((l) => l.some((b) => b >= 0x80)).length;
    const first = bad[0] ?? 1;
    const firstLine = lines[first - 1] ?? new Uint8Array();
    const whole = bad.length === nonAscii;
    const message = whole
      ? 'filen er gemt som Windows-1252/Latin-1 (ANSI), ikke UTF-8: æ, ø og å kan ikke læses'
      : `linje ${first} er gemt som Windows-1252/Latin-1, mens resten af filen er UTF-8${also(bad.slice(1))}`;
    return {
      text: '',
      error: {
        file,
        line: first,
        column: firstBadColumn(firstLine),
        message,
        got: around(windows1252.decode(firstLine).replace(/\r$/, ''), firstBadColumn(firstLine)),
        expected,
      },
    };
  }

  const text = strictUtf8.decode(bytes);
  const lost = text.indexOf('\uFFFD');
  const doubled = DOUBLE_ENCODED.exec(text);
  const hit = lost >= 0 ? lost : doubled?.index;
  if (hit === undefined) return { text };
  const before = text.slice(0, hit);
  const line = before.split('\n').length;
  const column = hit - (before.lastIndexOf('\n') + 1) + 1;
  const message =
    lost >= 0
      ? 'filen indeholder tegnet »�«: et bogstav er gået tabt, da filen engang blev gemt i et andet tegnsæt'
      : `teksten er konverteret forkert to gange: »${doubled?.[0]}« står for et bogstav som æ, ø eller å`;
  return {
    text,
    error: {
      file,
      line,
      column,
      message,
      got: around(textLine(text, line), column),
      expected: `de rigtige bogstaver: ret dem i filen, eller start fra den oprindelige fil og ${HOW_TO_SAVE[kind]}`,
    },
  };
}
