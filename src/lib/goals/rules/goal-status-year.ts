/** Rule: a goal for a budget year that has not begun (next year's budget) cannot have been met or missed yet. */
import { isoDay } from '../../format/iso-day.ts';
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalStatusYear(ctx: GoalContext): ValidationError[] {
  const thisYear = Number(isoDay(ctx.today).slice(0, 4));
  // A year after next year is a typing error of its own (budget-year.ts); nothing follows from it here.
  return ctx.goals
    .filter((g) => g.budgetYear === thisYear + 1 && g.status !== undefined && g.status !== 'ikke vurderet')
    .map((g) =>
      cellError(
        g.ref,
        'status',
        `budgetåret ${g.budgetYear} er ikke begyndt, så målet kan ikke være vurderet endnu`,
        `"ikke vurderet", indtil budgetåret ${g.budgetYear} er begyndt`,
      ),
    );
}
