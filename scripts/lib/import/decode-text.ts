/**
 * A text export's bytes → its text, with what reading had to guess said in Danish. UTF-8 is the
 * rule; UTF-16 is read by its byte-order mark or, without one, by the zero byte beside each
 * ASCII letter; an old export may be Windows-1252 as a whole, or UTF-8 with a few pasted lines in
 * it, whose bytes alone are read as Windows-1252 and named. A file that is not text (a program,
 * a PDF or DOCX renamed .txt, random bytes) is refused instead of becoming a draft of mojibake.
 */
import { ImportError } from './import-error.ts';

export interface DecodedText {
  text: string;
  /** What the editor should know about how the text was read (Danish, for the report). */
  notices: string[];
}

const windows1252 = new TextDecoder('windows-1252');

/** What a file with a known binary signature really is, and the extension it needs. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'en PDF-fil – omdøb den, så den ender på .pdf, og importér den igen';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'en Word-fil (DOCX) – omdøb den, så den ender på .docx, og importér den igen';
  if (starts([0xd0, 0xcf, 0x11, 0xe0])) return 'en gammel Word-fil (.doc) – åbn den i Word, og gem den som .docx (Filer → Gem som)';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: letters of the Latin alphabet are one byte and a zero, so
 * nearly every other byte is zero and the bytes between them are not.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.02) return 'utf-16le';
  if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Control characters no letter has (tab, line feeds and the page break are text). */
// eslint-disable-next-line no-control-regex -- matching exactly these characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** Text, not a program or random bytes: no NUL, and hardly any other control character. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls <= 2 || controls / text.length < 0.01;
}

function notText(file: string): ImportError {
  return new ImportError(
    `${file} ser ikke ud som tekst (den indeholder binære tegn) – er det en PDF- eller DOCX-fil med forkert endelse? ` +
      'Åbn filen, og gem brevet som .txt (UTF-8), .docx eller .pdf',
  );
}

/**
 * Characters Windows-1252 bytes stand for in Danish letters: Latin letters with accents and the
 * typographic punctuation Word puts in. Others (¿, Ð, Ž, ¬: a Mac file's ø, –, é and å read as
 * Windows-1252) mean the bytes are another encoding.
 */
const PLAUSIBLE =
  /^[\u00a0\u00a7\u00a9\u00ab\u00ae\u00b0\u00b4\u00b7\u00bb\u00bd\u00c0-\u00cf\u00d1-\u00d6\u00d8-\u00dd\u00df-\u00ef\u00f1-\u00f6\u00f8-\u00fd\u00ff\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122]$/;

interface Utf8Scan {
  text: string;
  /** 1-based lines holding bytes that are not UTF-8 (read as Windows-1252). */
  badLines: number[];
  /** The characters those bytes were read as. */
  guessed: string[];
  /** Characters of two or more bytes that are valid UTF-8. */
  multibyte: number;
}

/** UTF-8, with every byte that cannot be UTF-8 read on its own as Windows-1252. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const out: string[] = [];
  const badLines = new Set<number>();
  const guessed: string[] = [];
  let multibyte = 0;
  let line = 1;
  let run = 0;
  const flush = (end: number) => {
    if (end > run) out.push(new TextDecoder('utf-8').decode(bytes.subarray(run, end)));
  };
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] ?? 0;
    if (c === 0x0a) line++;
    const follow = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = follow >= 0;
    for (let k = 1; ok && k <= follow; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok && follow > 0) {
      // Overlong forms and surrogates are not UTF-8 either.
      const second = bytes[i + 1] ?? 0;
      ok = !(
        (c === 0xe0 && second < 0xa0) ||
        (c === 0xed && second >= 0xa0) ||
        (c === 0xf0 && second < 0x90) ||
        (c === 0xf4 && second >= 0x90)
      );
    }
    if (ok) {
      if (follow > 0) multibyte++;
      i += follow + 1;
      continue;
    }
    flush(i);
    const ch = windows1252.decode(bytes.subarray(i, i + 1));
    out.push(ch);
    guessed.push(ch);
    badLines.add(line);
    i++;
    run = i;
  }
  flush(bytes.length);
  return { text: out.join(''), badLines: [...badLines], guessed, multibyte };
}

function lineOf(text: string, n: number): string {
  return (text.split(/\r\n?|\n/)[n - 1] ?? '').trim();
}

function excerpt(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** »linje 3« or »linjerne 3, 5 og 2 andre«. */
export function namedLines(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  const more = lines.length > 5 ? ` og ${lines.length - 5} andre` : '';
  return `${lines.length === 1 ? 'linje' : 'linjerne'} ${shown}${more}`;
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes), file, []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes), file, []);
  const binary = binaryKind(bytes);
  if (binary) throw new ImportError(`${file} er ikke en tekstfil, men ${binary}`);
  const wide = utf16WithoutBom(bytes);
  if (wide) {
    const text = new TextDecoder(wide).decode(bytes);
    if (!looksLikeText(text)) throw notText(file);
    return checked(text, file, [
      `${file} er gemt som UTF-16 uden byte-rækkefølgemærke (BOM) og er læst som UTF-16 – sammenlign kladden med brevet, og gem helst tekstudgaver som UTF-8`,
    ]);
  }
  if (bytes.includes(0)) throw notText(file);
  const scan = scanUtf8(bytes);
  if (scan.badLines.length === 0) return checked(scan.text, file, []);
  const first = scan.badLines[0] ?? 1;
  const odd = scan.guessed.find((c) => !PLAUSIBLE.test(c));
  const whole = scan.multibyte === 0;
  if (odd !== undefined) {
    const at = scan.badLines.find((n) => [...lineOf(scan.text, n)].some((c) => c === odd)) ?? first;
    throw new ImportError(
      `${file} er ikke gemt som UTF-8${whole ? '' : ` (${namedLines(scan.badLines)} er ikke UTF-8, resten er)`}, og som Windows-1252 giver linje ${at} ` +
        `tegn, der ikke hører til et dansk brev (»${excerpt(lineOf(scan.text, at))}«). Åbn filen, gem den med tegnsættet »UTF-8«, og prøv igen`,
    );
  }
  if (!looksLikeText(scan.text)) throw notText(file);
  // A whole file in Windows-1252 is an ordinary old export: every letter reads right.
  if (whole) return checked(scan.text, file, []);
  const quoted = scan.badLines.slice(0, 3).map((n) => `linje ${n}: »${excerpt(lineOf(scan.text, n))}«`);
  return checked(scan.text, file, [
    `${file} er UTF-8, men ${namedLines(scan.badLines)} er ikke: ${scan.guessed.length === 1 ? 'tegnet er' : 'de tegn er'} læst som Windows-1252 (${quoted.join('; ')}) – tjek dem i kladden`,
  ]);
}

/** Decoded text must still look like text, and must have some. */
function checked(text: string, file: string, notices: string[]): DecodedText {
  if (!looksLikeText(text)) throw notText(file);
  return { text, notices };
}

/** Control characters a letter cannot hold (the check refuses them); a vertical tab is Word's line break. */
// eslint-disable-next-line no-control-regex -- matching exactly these characters is the point
const STRIPPED = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/**
 * The text without control characters, and a notice naming them and their lines (`lineNumbers`:
 * false for a PDF or DOCX, whose text has no lines the editor can look up). The page break (\f)
 * stays: it separates pages.
 */
export function withoutControls(text: string, source: string, lineNumbers: boolean): DecodedText {
  if (!STRIPPED.test(text) && !text.includes('\u000B')) return { text, notices: [] };
  const found = new Map<string, Set<number>>();
  text.split(/\r\n?|\n/).forEach((line, i) => {
    for (const c of line) {
      if (c !== '\u000B' && !STRIPPED.test(c)) continue;
      const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      found.set(code, (found.get(code) ?? new Set()).add(i + 1));
    }
  });
  const clean = text.replaceAll('\u000B', '\n').replace(new RegExp(STRIPPED.source, 'g'), '');
  const what = [...found].map(([code, lines]) => (lineNumbers ? `${code} i ${namedLines([...lines])}` : code)).join(', ');
  return {
    text: clean,
    notices: [
      `${source} indeholder styretegn, som ikke kan vises (${what}); de er fjernet fra kladden (et lodret tabulatortegn er gjort til et linjeskift) – tjek, at teksten er hel`,
    ],
  };
}
