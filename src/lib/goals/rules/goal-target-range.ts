/** Rule: a target followed by an indicator is possible in the indicator's unit (no 130 pct.). */
import type { ValidationError } from '../../data/errors.ts';
import { formatDanishNumber } from '../../format/danish-number.ts';
import { cellError } from '../../data/row-ref.ts';
import { UNITS } from '../../registry/units.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalTargetRange(ctx: GoalContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const g of ctx.goals) {
    const unitId = g.indicator ? ctx.indicatorById.get(g.indicator)?.unit : undefined;
    if (g.target === undefined || !unitId) continue;
    const unit = UNITS[unitId];
    if (g.target >= unit.min && g.target <= unit.max) continue;
    const range =
      unit.max === Number.POSITIVE_INFINITY
        ? `et tal på ${formatDanishNumber(unit.min)} eller mere`
        : `et tal mellem ${formatDanishNumber(unit.min)} og ${formatDanishNumber(unit.max)}`;
    errors.push(cellError(g.ref, 'target', `målet er umuligt for indikatorens enhed "${unit.id}"`, range));
  }
  return errors;
}
