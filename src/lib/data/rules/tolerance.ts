/** Rule: the tolerance (the change that still counts as no development) is not negative. */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

export function checkTolerance(ctx: DataContext): ValidationError[] {
  return ctx.indicators
    .filter((ind) => ind.tolerance !== undefined && ind.tolerance < 0)
    .map((ind) => cellError(ind.ref, 'tolerance', 'tolerancen kan ikke være negativ', 'et tal på 0 eller mere, fx 0,5'));
}
