/**
 * Text that is in the search index but never shown: the parts of a paragraph's compounds
 * ("integrationspriser" → integrations priser), printed in a hidden element at the end of the
 * paragraph. Pagefind keeps such text in a result's `content`, so it is fenced with two marks no
 * archive text uses; the results page leaves fenced words out of excerpts and credits a match in
 * them to the compound they came from.
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

/** How far back (in words) the compound a part came from is looked for: a long paragraph. */
const OWNER_REACH = 400;

/**
 * For each word of a whitespace-split content, the index of the visible word it belongs to: itself,
 * or for a fenced part (written at the end of its paragraph) the nearest word before it that
 * contains the part ("priser" → "integrationspriser,"); the word just before the fence if none does.
 */
export function ownerOfWords(words: readonly string[]): { owner: number[]; hidden: boolean[] } {
  const owner: number[] = [];
  const hidden: boolean[] = [];
  let inside = false;
  let fenceStart = -1;
  words.forEach((w, i) => {
    if (w.startsWith(PARTS_OPEN)) {
      inside = true;
      fenceStart = i;
    }
    hidden.push(inside);
    if (!inside) owner.push(i);
    else {
      const part = w.replace(new RegExp(`[${PARTS_OPEN}${PARTS_CLOSE}]`, 'gu'), '').toLowerCase();
      let found = -1;
      for (let j = fenceStart - 1; j >= 0 && j >= fenceStart - OWNER_REACH; j--) {
        if (hidden[j]) continue;
        if (part && (words[j] ?? '').toLowerCase().includes(part)) {
          found = j;
          break;
        }
      }
      let before = fenceStart - 1;
      while (before > 0 && hidden[before]) before--;
      owner.push(found >= 0 ? found : Math.max(before, 0));
    }
    if (inside && w.endsWith(PARTS_CLOSE)) inside = false;
  });
  return { owner, hidden };
}
