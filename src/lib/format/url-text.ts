/**
 * A web address as a reader sees it in a link's text: without »https://«, with æ/ø/å and other
 * letters decoded (»Tre-boligområder« for »Tre-boligomr%C3%A5der«, which a screen reader spelled
 * out as »procent C 3 …«), and cut at `max` characters, never inside a character. A decoded
 * character a reader cannot see (a bidi override written as %E2%80%AE) keeps the address as written.
 */
import { HIDDEN } from './escape.ts';

export const URL_TEXT_MAX = 70;

function decoded(path: string): string {
  try {
    const text = decodeURI(path);
    return HIDDEN.test(text) ? path : text;
  } catch {
    // A stray % that is no escape: shown as written.
    return path;
  }
}

export function urlText(url: string, max = URL_TEXT_MAX): string {
  const chars = [...decoded(url.replace(/^https?:\/\//i, ''))];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
