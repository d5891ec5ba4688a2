/**
 * A query word as Pagefind's index holds it: Snowball's Danish stemmer (@orama/stemmers, the
 * algorithm Pagefind runs) with combining diacritics removed as Pagefind does (å → a; æ and ø are
 * letters of their own). Used by the build's precomputed answers and by the search page's check
 * that a stem match is the word searched for (weak-match.ts).
 */
import { stemmer } from '@orama/stemmers/danish';

/** A query word as Pagefind looks it up: lowercase, combining diacritics removed (not stemmed). */
export function pagefindTerm(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Pagefind's form of a query word: lowercase, Danish stem, combining diacritics removed. */
export function pagefindStem(word: string): string {
  return pagefindTerm(stemmer(word.toLowerCase()));
}
