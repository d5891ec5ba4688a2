/**
 * Which letters a source document names: a letter's slug (its file name without .md) or a case
 * number (sagsnr) that letters in content/letters carry. Pure; the caller supplies the letters.
 * Case numbers are asked for only when a value is not a slug, so a check of goals that name
 * letters by slug never reads the letters' front matter.
 */
import { closest } from '../data/closest.ts';

export interface LetterLookup {
  /** False for a content folder without a single letter: then nothing can be looked up. */
  hasLetters: boolean;
  /** The slugs (oldest first, as slugs begin with the date) the value names; empty when none. */
  resolve(value: string): string[];
  /** The nearest known slug or case number to a misspelt value, for »mente du …?«. */
  suggest(value: string): string | undefined;
  /**
   * True when a letter's case number could not be read (its front matter is broken, and says so in
   * its own error): a case number found on no letter may be that letter's, so it is not reported
   * too – one broken letter gave 23 »ukendt kildedokument« errors in goals.csv and spending.csv.
   */
  unsure(): boolean;
}

export function letterLookup(
  slugs: Iterable<string>,
  caseNumbers: () => ReadonlyMap<string, readonly string[]>,
  unreadable: () => boolean = () => false,
): LetterLookup {
  const known = new Set(slugs);
  let byCase: ReadonlyMap<string, readonly string[]> | undefined;
  const cases = () => (byCase ??= caseNumbers());
  return {
    unsure: () => {
      cases();
      return unreadable();
    },
    hasLetters: known.size > 0,
    resolve(value) {
      const v = value.trim();
      if (known.has(v)) return [v];
      return [...(cases().get(v) ?? [])].sort();
    },
    suggest(value) {
      return closest(value.trim(), [...known, ...cases().keys()]);
    },
  };
}

/** The case-number index of letters given as { slug, sagsnr }. */
export function caseNumberIndex(letters: Iterable<{ slug: string; sagsnr?: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const l of letters) {
    const key = l.sagsnr?.trim();
    if (!key) continue;
    map.set(key, [...(map.get(key) ?? []), l.slug]);
  }
  return map;
}
