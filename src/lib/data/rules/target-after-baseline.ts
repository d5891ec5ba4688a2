/** Rule: the target period lies after the baseline period (the pace rule divides by their distance). */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

export function checkTargetAfterBaseline(ctx: DataContext): ValidationError[] {
  return ctx.indicators
    .filter((ind) => ind.baselinePeriod && ind.targetPeriod && ind.targetPeriod.time <= ind.baselinePeriod.time)
    .map((ind) =>
      cellError(ind.ref, 'target_period', 'målperioden ligger ikke efter basisperioden', `en periode efter ${ind.baselinePeriod?.label}`),
    );
}
