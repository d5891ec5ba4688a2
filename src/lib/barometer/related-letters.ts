/**
 * Which letters concern an area or an indicator (their front matter's `areas` / `indicators`), and
 * the newest letters for the overview. Plain { id, data } entries, newest first via the archive's order.
 */
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
