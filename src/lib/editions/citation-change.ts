/**
 * How a page's indicators differ from the latest edition, for the citation's notice: not at all, only
 * in words (a note, a source, the unit's name, the definition), or in a figure. A renamed unit alone
 * made the box say »Tallene er ændret«, which was false: the numbers were the edition's. Pure.
 */
import type { Barometer, Indicator } from '../model.ts';
import type { EditionChanges } from './edition-changes.ts';

export type SinceEdition = 'same' | 'described' | 'figures';

/**
 * The indicator's own fields that decide a figure the page shows: the baseline and target (values and
 * periods), the tolerance and direction the status is judged by, which indicator heads the area, and
 * whether the numbers are example data. Everything else describes the figures.
 */
export const FIGURE_FIELDS = [
  'baseline',
  'target',
  'tolerance',
  'direction',
  'main',
  'illustrative',
] as const satisfies readonly (keyof Indicator)[];

/** The columns of indicators.csv each figure field is read from: a commit that touches one changed a figure. */
export const FIGURE_COLUMNS_OF: Record<(typeof FIGURE_FIELDS)[number], readonly string[]> = {
  baseline: ['baseline_period', 'baseline_value'],
  target: ['target_period', 'target_value'],
  tolerance: ['tolerance'],
  direction: ['direction'],
  main: ['main'],
  illustrative: ['illustrative'],
};

/** next_update is about the future, not the figures: a new expected date changes nothing cited. */
const NOT_CITED: readonly (keyof Indicator)[] = ['nextUpdate'];

const json = (v: unknown) => JSON.stringify(v ?? null);

function fieldsDiffer(a: Indicator, b: Indicator, fields: readonly (keyof Indicator)[]): boolean {
  return fields.some((f) => json(a[f]) !== json(b[f]));
}

function describedFields(a: Indicator, b: Indicator): (keyof Indicator)[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Indicator)[]);
  return [...keys].filter((k) => !NOT_CITED.includes(k) && !(FIGURE_FIELDS as readonly string[]).includes(k));
}

/**
 * `changes`: editionChanges(edition as published, today); `ids`: the page's indicators; `area`: the
 * area page's area, whose figures change when an indicator joins or leaves it (moved from another area).
 */
export function sinceEdition(
  then: Barometer,
  now: Barometer,
  changes: EditionChanges,
  ids: readonly string[],
  area?: string,
): SinceEdition {
  let described = false;
  for (const id of ids) {
    const a = then.indicators.find((i) => i.id === id);
    const b = now.indicators.find((i) => i.id === id);
    if (!a || !b) return 'figures';
    if (area !== undefined && (a.area === area) !== (b.area === area)) return 'figures';
    const c = changes.indicators.find((x) => x.id === id);
    if (c?.figuresChanged || fieldsDiffer(a, b, FIGURE_FIELDS)) return 'figures';
    if (c || fieldsDiffer(a, b, describedFields(a, b))) described = true;
  }
  return described ? 'described' : 'same';
}
