/**
 * Rule: a goal's indicator belongs to the goal's area. The goal is listed on both the area's and the
 * indicator's page, so an indicator from another area would put it in the wrong place.
 */
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalIndicatorArea(ctx: GoalContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const g of ctx.goals) {
    const ind = g.indicator ? ctx.indicatorById.get(g.indicator) : undefined;
    if (!ind || !g.area || ind.area === g.area) continue;
    errors.push(
      cellError(
        g.ref,
        'indicator',
        `indikatoren hører til området "${ind.area}", men målet til området "${g.area}"`,
        `en indikator fra området ${g.area}, eller ret area til ${ind.area}`,
      ),
    );
  }
  return errors;
}
