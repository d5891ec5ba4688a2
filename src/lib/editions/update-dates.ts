/**
 * The dates readers look for on an indicator page: when its figures last changed (from git) and when
 * the source is expected to publish new ones (indicators.csv, next_update). Pure.
 */
import { DATES_TEXT } from '../copy/editions.ts';
import { copenhagenDay, expectedBy, expectedText, timestampText } from './day-text.ts';
import { FIGURE_COLUMNS_OF } from './citation-change.ts';

export interface UpdateDates {
  /** "3. december 2026", with the ISO timestamp for <time>. */
  updated?: { iso: string; label: string };
  /**
   * When a figure itself last changed, given only when that was on another day than `updated`: a
   * new note or definition dated the page »Senest opdateret 3. december« while the front page said
   * the figures changed 1 December, and a reader could not tell which was right.
   */
  figures?: { iso: string; label: string };
  /** "marts 2027", or a sentence when that has passed without new figures. */
  next?: { iso: string; label: string; late: boolean };
}

/**
 * Columns that say nothing about the figures: a change to them alone is not an update. The count's
 * noun (»område/områder«) only words the unit; adding it made every count »updated« today and hid
 * a late next_update as if new figures had come.
 */
const NOT_AN_UPDATE = new Set(['next_update', 'unit_noun']);

/** Indicator columns that decide a figure the page shows: those of citation-change.ts's FIGURE_FIELDS. */
export const FIGURE_COLUMNS: ReadonlySet<string> = new Set(Object.values(FIGURE_COLUMNS_OF).flat());

interface Change {
  date: string;
  added?: readonly unknown[];
  revised?: readonly unknown[];
  removed?: readonly unknown[];
  /** A value's flag, note or source changed (the history shows it, so the page counts it as updated). */
  details?: readonly { detail?: string }[];
  fields?: readonly { field: string }[];
  indicator?: 'added' | 'removed' | undefined;
}

/** The indicator came or went, or a value was added, revised or removed. */
const touchesValues = (c: Change): boolean => Boolean(c.indicator || c.added?.length || c.revised?.length || c.removed?.length);

/**
 * The changes that touched the figures or the description, newest first: a commit that only filled in
 * when the source publishes next (next_update) did not update anything a reader cites.
 */
export function figureChanges<C extends Change>(changes: readonly C[] | undefined): C[] | undefined {
  return changes?.filter(
    (c) => touchesValues(c) || c.details?.length || (c.fields ?? []).some((f) => !NOT_AN_UPDATE.has(f.field)) || c.fields === undefined,
  );
}

/**
 * The changes that touched a figure itself, newest first: a value, a value's flag, or a column the
 * status is computed from. A new note, source, definition or unit name is not a change of the figures,
 * so »tal senest opdateret« and »Tallene er senest ændret« do not date it.
 */
export function numberChanges<C extends Change>(changes: readonly C[] | undefined): C[] | undefined {
  return changes?.filter(
    (c) => touchesValues(c) || c.details?.some((d) => d.detail === 'flag') || (c.fields ?? []).some((f) => FIGURE_COLUMNS.has(f.field)),
  );
}

/** `changes` newest first, as the change history keeps them. */
export function updateDates(changes: readonly { date: string }[] | undefined, nextUpdate: string | undefined, today: string): UpdateDates {
  const newest = figureChanges(changes)?.[0]?.date;
  const out: UpdateDates = {};
  if (newest) out.updated = { iso: newest, label: timestampText(newest) };
  const figures = numberChanges(changes)?.[0]?.date;
  if (newest && figures && copenhagenDay(figures) !== copenhagenDay(newest)) out.figures = { iso: figures, label: timestampText(figures) };
  if (nextUpdate) {
    const by = expectedBy(nextUpdate);
    const late = by < today;
    // New figures came after the expected day: the column is out of date, and saying »late« would be wrong.
    const stale = late && newest !== undefined && copenhagenDay(newest) > by;
    const text = expectedText(nextUpdate);
    if (!stale) out.next = { iso: nextUpdate, label: late ? DATES_TEXT.nextLate(text) : text, late };
  }
  return out;
}
