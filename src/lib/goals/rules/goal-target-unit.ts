/**
 * Rule: a numeric target says what it counts. With an indicator the indicator's unit applies, so
 * target_unit stays empty; without one, target_unit names the unit; a unit without a target is half
 * a target.
 */
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import { UNITS } from '../../registry/units.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalTargetUnit(ctx: GoalContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const g of ctx.goals) {
    const raw = (name: string) => (g.ref.cells[name]?.raw ?? '').trim();
    const hasTarget = raw('target') !== '';
    const hasIndicator = raw('indicator') !== '';
    if (g.targetUnit !== undefined && !hasTarget) {
      errors.push(cellError(g.ref, 'target_unit', 'target_unit er udfyldt, men target er tom', 'target udfyldt, eller begge tomme'));
    } else if (g.targetUnit !== undefined && hasIndicator) {
      const unit = g.indicator ? ctx.indicatorById.get(g.indicator)?.unit : undefined;
      const which = unit ? ` (${UNITS[unit].name})` : '';
      errors.push(
        cellError(g.ref, 'target_unit', `målet følges af en indikator, så målet er i indikatorens enhed${which}`, 'en tom celle'),
      );
    } else if (hasTarget && !hasIndicator && g.targetUnit === undefined) {
      errors.push(
        cellError(
          g.ref,
          'target_unit',
          'et talmål uden indikator skal have en enhed',
          'target_unit udfyldt, fx forløb eller deltagere, eller en indikator i indicator',
        ),
      );
    }
  }
  return errors;
}
