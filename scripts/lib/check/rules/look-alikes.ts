/**
 * Letters from other alphabets that look like a–z (Cyrillic »о«, Greek »ο«) and other characters
 * outside a–z and æ/ø/å, as an editor can see them: »2009-06-05-оpsamling.md« with a Cyrillic »о«
 * looks exactly like the right name, so the name is shown with the character's code point, and the
 * suggested name has the Latin letter instead of dropping it.
 */

/** Look-alike → the Latin letter it is taken for (lower case: a suggested name is lower case). */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  А: 'a',
  В: 'b',
  Е: 'e',
  Ё: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  І: 'i',
  Ї: 'i',
  Ј: 'j',
  Ѕ: 's',
  Һ: 'h',
  Ԛ: 'q',
  Ԝ: 'w',
  Ӏ: 'l',
};
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
};

const DANISH = new Set([...'æøåÆØÅ']);

/** "U+043E" */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every look-alike replaced by its Latin letter; other characters left as they are. */
export function latinLookAlikes(text: string): string {
  return [...text].map((c) => CYRILLIC[c] ?? GREEK[c] ?? c).join('');
}

/** Outside ASCII and not æ/ø/å: the characters a name must show by code point. */
function isForeign(char: string): boolean {
  return (char.codePointAt(0) ?? 0) > 0x7f && !DANISH.has(char);
}

/** The text with each such character as <U+043E>, so a look-alike is seen where it stands. */
export function showCodePoints(text: string): string {
  return [...text].map((c) => (isForeign(c) ? `<${codePoint(c)}>` : c)).join('');
}

/** »о (U+043E, kyrillisk o)«, »é (U+00E9)«: each such character once, in order. */
export function describeForeign(text: string): string[] {
  const seen = [...new Set([...text].filter(isForeign))];
  return seen.map((c) => {
    const like = CYRILLIC[c] ? `kyrillisk ${CYRILLIC[c]}` : GREEK[c] ? `græsk ${GREEK[c]}` : undefined;
    return `${c} (${codePoint(c)}${like ? `, ${like}` : ''})`;
  });
}
