/**
 * Pages that show letters about an area or an indicator (src/lib/archive/letter-index.ts finds
 * them) list only the newest ones and link to the rest.
 */
import { emptyFilters, searchStateToQuery } from '../search/url-state.ts';
import { sortNewestFirst, type LetterEntry } from '../archive/letters.ts';
import type { AreaId } from '../registry/areas.ts';
import { searchPath } from '../routes.ts';

/** The change summary (scripts/lib/changes) asks which letters a page lists, from plain entries. */
export function lettersForArea<T extends LetterEntry>(letters: readonly T[], area: AreaId): T[] {
  return sortNewestFirst(letters.filter((l) => l.data.areas.includes(area)));
}

export function newestLetters<T extends LetterEntry>(letters: readonly T[], count: number): T[] {
  return sortNewestFirst(letters).slice(0, count);
}

/** The front page lists the newest letters; the archive has the rest. */
export const FRONT_PAGE_LETTER_LIMIT = 3;

/** Area and indicator pages list only the newest letters, so a page does not grow with the archive. */
export const AREA_LETTER_LIMIT = 10;

export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/** The search page (path relative to the base) listing every letter about an area, newest first. */
export function areaLettersSearchPath(areaId: string): string {
  const filters = { ...emptyFilters(), type: ['brev'], omraade: [areaId] };
  return searchPath(searchStateToQuery({ q: '', filters, sort: 'nyeste' }));
}
