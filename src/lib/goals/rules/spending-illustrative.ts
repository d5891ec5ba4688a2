/**
 * Rule: an invented amount says so in its source, and a real one never does (as for indicators):
 * illustrative=ja needs exactly ILLUSTRATIVE_SOURCE; illustrative=nej may not call itself example data.
 */
import { ILLUSTRATIVE_SOURCE } from '../../data/csv-schema.ts';
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkSpendingIllustrative(ctx: GoalContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const s of ctx.spending) {
    if (s.illustrative === undefined || s.source === undefined) continue;
    if (s.illustrative && s.source !== ILLUSTRATIVE_SOURCE) {
      errors.push(
        cellError(s.ref, 'source', 'beløbet er illustrativt (illustrative=ja), så kilden skal sige det', `"${ILLUSTRATIVE_SOURCE}"`),
      );
    } else if (!s.illustrative && /illustrativ|eksempeldata/i.test(s.source)) {
      errors.push(
        cellError(
          s.ref,
          'source',
          'beløbet er markeret som rigtigt (illustrative=nej), men kilden siger eksempeldata',
          'navnet på den rigtige kilde, eller illustrative=ja',
        ),
      );
    }
  }
  return errors;
}
