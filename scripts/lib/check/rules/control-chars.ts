/**
 * Rule: no control characters in a content file – neither typed (a raw BEL, ESC or NUL byte) nor
 * written as a YAML escape ("\x07", "\e", "\0") in a front-matter value. They cannot be shown, and
 * XML forbids them: one would make the site's Atom feeds not well-formed, and an ESC in a message
 * would reach the editor's terminal. Tab, line feed and carriage return are text. Nor invisible
 * characters (escape.ts INVISIBLE) that change what a reader sees: a bidi override shows a case
 * number reversed, a zero-width space makes two words look the same. Nor either of them written as a
 * character reference in the body (&#x202E;, &#8238;, &zwj;): the page gets the character all the same.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate } from '../yaml-locate.ts';
import { charCode, HIDDEN, hiddenCharText, isInvisible } from '../../../../src/lib/data/rules/hidden-chars.ts';
import { hiddenReferences } from '../hidden-references.ts';

/** The characters XML cannot hold (escape.ts drops them from feeds), and the invisible ones: one at a time, and all. */
const CONTROL = HIDDEN;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** In content, tab and line breaks are text: the control-character advice says so. */
const TEXT_ALLOWED = ' (tabulator og linjeskift er tilladt)';

/** What `char` is and why it is refused, for »indeholder …«; `escaped`: it came from a YAML escape. */
function what(char: string, escaped = false): { text: string; expected: string } {
  const invisible = isInvisible(char);
  const written = !escaped ? '' : invisible ? ' (fx skrevet som \\u202E)' : ' (fx skrevet som \\x07, \\e eller \\0)';
  const w = hiddenCharText(char, written);
  return invisible ? w : { ...w, expected: `${w.expected}${TEXT_ALLOWED}` };
}

/** The text with each control character written as <U+0007>, so a message shows it and a terminal ignores it. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL_ALL, (c) => `<${charCode(c)}>`);
}

export function hasControlChars(text: string): boolean {
  return CONTROL.test(text);
}

/** Up to 30 characters either side of `index`, so the message shows the place even in a long line. */
function excerpt(line: string, index: number): string {
  const from = Math.max(0, index - 30);
  const to = Math.min(line.length, index + 31);
  return `${from > 0 ? '…' : ''}${visibleControls(line.slice(from, to))}${to < line.length ? '…' : ''}`;
}

/**
 * Typed control characters in `text`, one error per line (the first on it). `firstLine`: the file
 * line of the text's first line. Lines are split as splitFrontMatter splits them.
 */
export function checkRawControlChars(text: string, file: string, firstLine = 1): ValidationError[] {
  const body = text.replace(/^\uFEFF/, '');
  if (!hasControlChars(body)) return []; // the usual case: one scan, no splitting
  const errors: ValidationError[] = [];
  body.split(/\r?\n/).forEach((line, i) => {
    const m = CONTROL.exec(line);
    if (!m) return;
    const w = what(m[0]);
    errors.push({
      file,
      line: firstLine + i,
      column: m.index + 1,
      message: `filen indeholder ${w.text}`,
      got: excerpt(line, m.index),
      expected: w.expected,
    });
  });
  return errors;
}

/**
 * Hidden characters written as character references in a body, at the "&" (entities are decoded
 * in text, link addresses and raw HTML alike); not in code, where a reference is shown as written.
 * `code`: the code spans and blocks as body offsets (body-scan.ts).
 */
export function checkReferenceControlChars(
  body: string,
  code: readonly { from: number; to: number }[],
  bodyStartLine: number,
  file: string,
): ValidationError[] {
  const found = hiddenReferences(body).filter((r) => !code.some((c) => r.index >= c.from && r.index < c.to));
  if (found.length === 0) return [];
  const lines = body.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return found.map((r) => {
    const i = starts.findLastIndex((start) => start <= r.index);
    const column = r.index - starts[i]!;
    const w = hiddenCharText(r.char, ` (skrevet som tegnkoden ${r.reference})`);
    const what = isInvisible(r.char) ? 'usynlige tegn' : 'styretegn';
    return {
      file,
      line: bodyStartLine + i,
      column: column + 1,
      message: `teksten indeholder ${w.text}`,
      got: excerpt(lines[i]!, column),
      expected: `tekst uden ${what} – slet tegnkoden ${r.reference}`,
    };
  });
}

function visit(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; text: string; key: boolean }[]): void {
  if (typeof value === 'string') {
    if (hasControlChars(value)) found.push({ path, text: value, key: false });
  } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], found));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (hasControlChars(k)) found.push({ path: [...path, k], text: k, key: true });
      visit(v, [...path, k], found);
    }
  }
}

/**
 * Control characters in front-matter values and keys, as YAML read them (escapes resolved). Only
 * safe on data without aliases: splitFrontMatter refuses those before anything walks the data.
 */
export function checkValueControlChars(fm: FrontMatter, file: string): ValidationError[] {
  const found: { path: PropertyKey[]; text: string; key: boolean }[] = [];
  visit(fm.data, [], found);
  return found.map((f) => {
    const char = CONTROL.exec(f.text)?.[0] ?? '';
    const field = f.path.map(String).join('.');
    const w = what(char, true);
    return {
      file,
      ...locate(fm, f.path),
      message: `${f.key ? 'feltnavnet' : 'feltet'} "${visibleControls(field)}" indeholder ${w.text}`,
      got: visibleControls(f.text),
      expected: w.expected,
    };
  });
}
