/** Rule: a target needs a baseline; without a starting point no pace can be computed. */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, rawCell } from '../row-ref.ts';

export function checkTargetWithoutBaseline(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const ind of ctx.indicators) {
    const hasTarget = rawCell(ind.ref, 'target_period').trim() !== '' || rawCell(ind.ref, 'target_value').trim() !== '';
    if (!hasTarget || rawCell(ind.ref, 'baseline_period').trim() !== '') continue;
    const column = rawCell(ind.ref, 'target_value').trim() !== '' ? 'target_value' : 'target_period';
    errors.push(cellError(ind.ref, column, 'et mål kræver en baseline, men baseline_period er tom', 'baseline_period udfyldt, fx 2014'));
  }
  return errors;
}
