/**
 * Text that is in the search index but never shown: the parts of a compound ("integrationspriser"
 * → integrations priser), printed in a hidden element right after the word. Pagefind keeps such
 * text in a result's `content`, so it is fenced with two marks no archive text uses; the results
 * page leaves fenced words out of excerpts and credits a match in them to the compound before them.
 * Shared by the build (which writes them) and the search page (which reads them).
 */
export const PARTS_OPEN = '⁅';
export const PARTS_CLOSE = '⁆';

/** Search weight of compound parts relative to the word itself, so a whole-word match ranks first. */
export const PART_WEIGHT = 0.5;

/** " ⁅integrations priser⁆": the leading space keeps the parts apart from the word before them. */
export function partsText(parts: readonly string[]): string {
  return ` ${PARTS_OPEN}${parts.join(' ')}${PARTS_CLOSE}`;
}

/** Remove fenced parts from a text (Pagefind's own excerpt, a title). */
export function stripParts(text: string): string {
  return text.replace(new RegExp(`\\s*${PARTS_OPEN}[^${PARTS_CLOSE}]*${PARTS_CLOSE}`, 'gu'), '');
}

/**
 * For each word of a whitespace-split content, the index of the visible word it belongs to: itself,
 * or for a fenced part the compound before it. Visible words map to themselves.
 */
export function ownerOfWords(words: readonly string[]): { owner: number[]; hidden: boolean[] } {
  const owner: number[] = [];
  const hidden: boolean[] = [];
  let inside = false;
  let lastVisible = -1;
  words.forEach((w, i) => {
    const opens = w.startsWith(PARTS_OPEN);
    if (opens) inside = true;
    hidden.push(inside);
    if (inside) owner.push(lastVisible < 0 ? i : lastVisible);
    else {
      owner.push(i);
      lastVisible = i;
    }
    if (inside && w.endsWith(PARTS_CLOSE)) inside = false;
  });
  return { owner, hidden };
}
