/**
 * A query's words as the search engine corrects them (engine.ts): the words between spaces, and of
 * those the letter runs between hyphens and slashes, since »Boerne- og Ungdomsudvalget« and
 * »Sundheds-/Omsorgsforvaltningen« write the shared part of a compound once. A word is corrected in
 * place, so the hyphen stays where it was typed (»Børne- og Ungdomsudvalget«).
 */
import { isCorrectable } from './vocabulary.ts';

/** Words of a query, quotes kept out (a phrase is not corrected word by word). */
export function queryWords(term: string): string[] {
  return term
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Where a word ends inside a query word: a space, a quote, a hyphen or a slash. */
const EDGE = String.raw`[\s"/\-]`;

/** The letter words a correction may replace: each part between hyphens and slashes, once, in order. */
export function correctableParts(words: readonly string[]): string[] {
  const parts = words.flatMap((w) => w.split(/[/-]+/)).filter(isCorrectable);
  return [...new Set(parts)];
}

/** correctableParts of the whole query. */
export function correctableWords(term: string): string[] {
  return correctableParts(queryWords(term));
}

/** The query with the first whole occurrence of `from` (between spaces, quotes, hyphens or slashes) replaced. */
export function replaceWord(term: string, from: string, to: string): string {
  const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return term.replace(new RegExp(`(^|${EDGE})${esc}(?=$|${EDGE})`, 'u'), `$1${to}`);
}

/** Keep the typed word's capital: "Raadhuset" → "Rådhuset". */
export function matchCase(typed: string, word: string): string {
  return /^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
