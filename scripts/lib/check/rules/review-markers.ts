/**
 * Rule: no front-matter value still carries the review marker "TODO" that `npm run import` writes
 * where it could not read a field from a received letter. The draft is refused until an editor has
 * filled in (or removed) each marked field.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import type { FrontMatter } from '../front-matter.ts';
import { locate } from '../yaml-locate.ts';

/** Prefix of a value the editor still has to fill in, e.g. "TODO: sagsnr ikke fundet". */
export const REVIEW_MARKER = 'TODO';

export function isReviewMarker(value: unknown): value is string {
  return typeof value === 'string' && new RegExp(`^${REVIEW_MARKER}\\b`).test(value.trim());
}

function visit(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; value: string }[]): void {
  if (isReviewMarker(value)) found.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], found));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k], found);
}

export function checkReviewMarkers(fm: FrontMatter, file: string): ValidationError[] {
  const found: { path: PropertyKey[]; value: string }[] = [];
  visit(fm.data, [], found);
  return found.map((f) => ({
    file,
    ...locate(fm, f.path),
    message: `feltet "${f.path.map(String).join('.')}" er markeret til gennemsyn og endnu ikke udfyldt`,
    got: f.value,
    expected: 'den rigtige værdi fra brevet – eller slet feltet, hvis brevet ikke har den',
  }));
}
