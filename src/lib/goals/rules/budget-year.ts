/**
 * Rule: a budget year is at most next year. Next year's budget is negotiated now, so its goals and
 * amounts may be written; a later year is a typing error (2080 for 2008).
 */
import { isoDay } from '../../format/iso-day.ts';
import type { ValidationError } from '../../data/errors.ts';
import { cellError, type RowRef } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkBudgetYears(ctx: GoalContext): ValidationError[] {
  const day = isoDay(ctx.today);
  const latest = Number(day.slice(0, 4)) + 1;
  const check = (ref: RowRef, year: number | undefined): ValidationError[] =>
    year !== undefined && year > latest
      ? [
          cellError(
            ref,
            'budget_year',
            `budgetåret ligger mere end ét år efter i dag (i dag er ${day})`,
            `et budgetår til og med ${latest}`,
          ),
        ]
      : [];
  return [...ctx.goals.flatMap((g) => check(g.ref, g.budgetYear)), ...ctx.spending.flatMap((s) => check(s.ref, s.budgetYear))];
}
