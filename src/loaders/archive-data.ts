/**
 * The letter index for pages, computed once per build: every list page, area and indicator page
 * reads the same result instead of loading and sorting the whole archive again. The dev server
 * recomputes it per request, so an edited letter shows at once.
 */
import { buildLetterIndex, type LetterIndex } from '../lib/archive/letter-index.ts';
import { getLetterEntries } from './site-letters.ts';

let cached: Promise<LetterIndex> | undefined;

export function getLetterIndex(): Promise<LetterIndex> {
  if (import.meta.env.DEV) return getLetterEntries().then(buildLetterIndex);
  cached ??= getLetterEntries().then(buildLetterIndex);
  return cached;
}
