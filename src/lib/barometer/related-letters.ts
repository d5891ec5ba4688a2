/**
 * Which letters concern an area or an indicator (their front matter's `areas` / `indicators`), and
 * the newest letters for the overview. Plain { id, data } entries, newest first via the archive's order.
 */
import { emptyFilters, searchStateToQuery } from '../search/url-state.ts';
import { sortNewestFirst, type LetterEntry } from '../archive/letters.ts';
import type { AreaId } from '../registry/areas.ts';

export function lettersForArea<T extends LetterEntry>(letters: readonly T[], area: AreaId): T[] {
  return sortNewestFirst(letters.filter((l) => l.data.areas.includes(area)));
}

export function lettersForIndicator<T extends LetterEntry>(letters: readonly T[], indicatorId: string): T[] {
  return sortNewestFirst(letters.filter((l) => l.data.indicators.includes(indicatorId)));
}

export function newestLetters<T extends LetterEntry>(letters: readonly T[], count: number): T[] {
  return sortNewestFirst(letters).slice(0, count);
}

/** Area pages list only the newest letters, so a page does not grow with the archive; search has the rest. */
export const AREA_LETTER_LIMIT = 10;

export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/** The search page (path relative to the base) listing every letter about an area, newest first. */
export function areaLettersSearchPath(areaId: string): string {
  const filters = { ...emptyFilters(), type: ['brev'], omraade: [areaId] };
  return `soeg/${searchStateToQuery({ q: '', filters, sort: 'nyeste' })}`;
}
