/**
 * Rule: a value needs its period. baseline_value without baseline_period, and a target with only
 * one of target_period / target_value, cannot be placed on the time axis.
 */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, rawCell, type RowRef } from '../row-ref.ts';

const PAIRS = [
  ['baseline_value', 'baseline_period'],
  ['target_value', 'target_period'],
  ['target_period', 'target_value'],
] as const;

function filled(ref: RowRef, column: string): boolean {
  return rawCell(ref, column).trim() !== '';
}

export function checkHalfFilledPairs(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const ind of ctx.indicators) {
    for (const [present, missing] of PAIRS) {
      if (!ind.ref.cells[present] || !ind.ref.cells[missing]) continue;
      if (filled(ind.ref, present) && !filled(ind.ref, missing)) {
        errors.push(cellError(ind.ref, present, `${present} er udfyldt, men ${missing} er tom`, `${missing} udfyldt, eller begge tomme`));
      }
    }
  }
  return errors;
}
