/**
 * Rule: illustrative (made-up) data and real data never pass for each other.
 * - illustrative=ja: the indicator's source and every one of its measurement rows' sources are
 *   exactly ILLUSTRATIVE_SOURCE, and source_url is empty.
 * - illustrative=nej: neither the indicator nor any of its rows may give that source (or call itself
 *   "illustrativ"/"eksempeldata"): a real series needs its real source.
 */
import { ILLUSTRATIVE_SOURCE } from '../csv-schema.ts';
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';

function looksIllustrative(source: string): boolean {
  return /illustrativ|eksempeldata/i.test(source);
}

function check(ref: RowRef, source: string | undefined, illustrative: boolean, id: string): ValidationError | undefined {
  if (source === undefined) return undefined;
  if (illustrative && source !== ILLUSTRATIVE_SOURCE) {
    return cellError(
      ref,
      'source',
      `indikatoren "${id}" er illustrativ (illustrative=ja), så kilden skal sige det`,
      `"${ILLUSTRATIVE_SOURCE}"`,
    );
  }
  if (!illustrative && looksIllustrative(source)) {
    return cellError(
      ref,
      'source',
      `indikatoren "${id}" er markeret som rigtige tal (illustrative=nej), men kilden siger eksempeldata`,
      'navnet på den rigtige kilde, eller illustrative=ja',
    );
  }
  return undefined;
}

export function checkIllustrative(ctx: DataContext): ValidationError[] {
  const errors: (ValidationError | undefined)[] = [];
  for (const ind of ctx.indicators) {
    if (ind.illustrative === undefined || !ind.id) continue;
    errors.push(check(ind.ref, ind.source, ind.illustrative, ind.id));
    if (ind.illustrative && ind.sourceUrl) {
      errors.push(cellError(ind.ref, 'source_url', 'en illustrativ indikator kan ikke have en kildeadresse', 'en tom celle'));
    }
  }
  for (const m of ctx.measurements) {
    const ind = m.indicator ? ctx.byId.get(m.indicator) : undefined;
    if (!ind || ind.illustrative === undefined || !m.indicator) continue;
    errors.push(check(m.ref, m.source, ind.illustrative, m.indicator));
  }
  return errors.filter((e): e is ValidationError => e !== undefined);
}
