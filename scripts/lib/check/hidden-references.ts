/**
 * Hidden characters written as character references: `&#x202E;`, `&#8238;`, `&zwj;`, `&lrm;`. The
 * Markdown processor and the browser decode them, so »2008-&#x202E;4321« is published with the bidi
 * override that the check refuses when it is typed (hidden-chars.ts). Found in the source text, so
 * a message can point at the reference itself.
 *
 * Numeric references are read as their code point (Markdown does; HTML maps &#x80;–&#x9F; to
 * Windows-1252 letters, which are refused too: a C1 code in a letter is a slip either way), and
 * in HTML the closing ";" may be missing. Named references need their ";" (HTML's few legacy
 * names without it are all visible letters) and are decoded by htmlparser2 as a browser does.
 */
import { Parser } from 'htmlparser2';
import { HIDDEN } from '../../../src/lib/data/rules/hidden-chars.ts';

export interface HiddenReference {
  /** Offset of the "&" in the text. */
  index: number;
  /** The reference as written, e.g. "&#x202E;". */
  reference: string;
  /** The character it stands for. */
  char: string;
}

// Any number of digits: a browser reads &#x0000202E; as U+202E (Markdown stops at 6 or 7, then it is text).
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/** The character a numeric reference gives: U+FFFD for NUL, surrogates and codes beyond Unicode. */
function fromCode(code: number): string {
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
}

const named = new Map<string, string>();

/** "&zwj;" → "\u200D"; a name HTML does not know stays as written. */
function decodeNamed(reference: string): string {
  let text = named.get(reference);
  if (text === undefined) {
    text = '';
    const parser = new Parser({ ontext: (t) => (text += t) }, { decodeEntities: true });
    parser.end(reference);
    named.set(reference, text);
  }
  return text;
}

/** Every reference in `text` that stands for a hidden character (a control character or an invisible one). */
export function hiddenReferences(text: string): HiddenReference[] {
  if (!text.includes('&')) return [];
  const found: HiddenReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const [reference, hex, decimal] = m;
    const decoded =
      hex !== undefined ? fromCode(parseInt(hex, 16)) : decimal !== undefined ? fromCode(Number(decimal)) : decodeNamed(reference);
    const char = [...decoded][0] ?? '';
    if (decoded !== reference && HIDDEN.test(char)) found.push({ index: m.index, reference, char });
  }
  return found;
}
