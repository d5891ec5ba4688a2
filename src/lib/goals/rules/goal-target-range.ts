/**
 * Rule: a target is possible: in the indicator's unit when an indicator follows it (no 130 pct.),
 * and never below 0 when it counts what target_unit names (no »−400 kursister«).
 */
import type { ValidationError } from '../../data/errors.ts';
import { formatDanishNumber } from '../../format/danish-number.ts';
import { cellError } from '../../data/row-ref.ts';
import { UNITS } from '../../registry/units.ts';
import type { GoalContext } from '../goal-context.ts';

/**
 * A target_unit that measures a change, where a target below 0 is a fall (»procentpoint«). Any other
 * unit counts something (kursister, forløb) or is a share (procent af …): neither can be negative.
 */
const CHANGE_UNIT = /point/i;

export function checkGoalTargetRange(ctx: GoalContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const g of ctx.goals) {
    if (!g.indicator && g.target !== undefined && g.target < 0 && g.targetUnit && !CHANGE_UNIT.test(g.targetUnit)) {
      errors.push(
        cellError(
          g.ref,
          'target',
          `målet kan ikke være negativt, når enheden er "${g.targetUnit}"`,
          'et tal på 0 eller mere (skriv et fald som det tal, der skal nås)',
        ),
      );
      continue;
    }
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
