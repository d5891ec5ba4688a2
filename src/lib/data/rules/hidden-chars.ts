/**
 * Rule: no text cell holds a character a reader cannot see: a control character (XML, and so the
 * feeds, cannot hold it) or an invisible one (escape.ts INVISIBLE) such as a bidi override that shows
 * »<U+202E>Mænd« reversed or a zero-width space that splits one breakdown into two look-alike series. Number,
 * id and period cells need no such rule: their own rules refuse anything but their characters.
 * The content check (scripts/lib/check/rules/control-chars.ts) uses the same words.
 */
import type { ValidationError } from '../errors.ts';
import { HIDDEN, INVISIBLE } from '../../format/escape.ts';
import { cellError, type RowRef } from '../row-ref.ts';

/** A control character XML cannot hold, or an invisible one: the content check uses the same set. */
export { HIDDEN };
const INVISIBLE_ONE = new RegExp(`^${INVISIBLE.source}$`);

/** "U+0007": the character's code, the way a reader can look it up. */
export function charCode(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function isInvisible(char: string): boolean {
  return INVISIBLE_ONE.test(char);
}

/** What kind of invisible character `char` is, in Danish, for the checks' messages. */
export function invisibleKind(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x80 && code <= 0x9f) return 'et styretegn, der ofte er rester af et forkert tegnsæt';
  if (code === 0x2028 || code === 0x2029) return 'et usynligt linje- eller afsnitsskift';
  if (code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return 'et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen';
  return 'et usynligt tegn uden bredde';
}

/** The first hidden character in `text`, or undefined. */
export function firstHiddenChar(text: string): string | undefined {
  return HIDDEN.exec(text)?.[0];
}

/**
 * What a hidden character is and why it is refused, after »indeholder …«, with what to do. `written`:
 * how it may have been typed (the content check names YAML escapes), put after the code.
 */
export function hiddenCharText(char: string, written = ''): { text: string; expected: string } {
  return isInvisible(char)
    ? {
        text: `${charCode(char)}${written}, ${invisibleKind(char)}, så teksten ser anderledes ud, end den er`,
        expected: 'tekst uden usynlige tegn – slet tegnet (det kommer ofte med, når tekst kopieres fra en PDF eller en webside)',
      }
    : {
        text: `styretegnet ${charCode(char)}${written}, som ikke kan vises og gør sitets feeds ugyldige`,
        expected: 'tekst uden styretegn – slet tegnet',
      };
}

/** The hidden-character errors in a row's text cells (indicators, measurements, goals, spending, editions). */
export function hiddenCharCellErrors(ref: RowRef, columns: readonly string[]): ValidationError[] {
  return columns.flatMap((name) => {
    const char = firstHiddenChar(ref.cells[name]?.raw ?? '');
    if (char === undefined) return [];
    const { text, expected } = hiddenCharText(char);
    return [cellError(ref, name, `cellen indeholder ${text}`, expected)];
  });
}
