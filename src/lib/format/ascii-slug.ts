/**
 * The one ASCII slug: Danish letters spelled out (æ → ae, ø → oe, å → aa), other accents dropped,
 * everything else as single hyphens. Filter values in URLs, the file names suggested to editors for
 * letters and attachments, and the importer's and corpus generator's file names all use it.
 */
import { digraphFold } from '../search/vocabulary.ts';

/** "Børne- og Ungdomsudvalget" → "boerne-og-ungdomsudvalget"; "" when nothing is left. */
export function asciiSlug(text: string): string {
  return digraphFold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
