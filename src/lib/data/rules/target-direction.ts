/**
 * Rule: the target lies in the good direction from the baseline (product.md: a target on the wrong
 * side is a data error). A target equal to the baseline ("hold the level") is allowed.
 */
import { baselineValue, type DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';
import { formatDanishNumber } from '../../format/danish-number.ts';

export function checkTargetDirection(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const ind of ctx.indicators) {
    const base = baselineValue(ctx, ind);
    if (ind.targetValue === undefined || base === undefined || !ind.direction) continue;
    const wrong = ind.direction === 'higher' ? ind.targetValue < base : ind.targetValue > base;
    if (!wrong) continue;
    const side = ind.direction === 'higher' ? 'over' : 'under';
    const word = ind.direction === 'higher' ? 'højere' : 'lavere';
    errors.push(
      cellError(
        ind.ref,
        'target_value',
        `målet ligger på den forkerte side af baseline, når den gode retning er "${word}"`,
        `et mål ${side} baseline ${formatDanishNumber(base)}`,
      ),
    );
  }
  return errors;
}
