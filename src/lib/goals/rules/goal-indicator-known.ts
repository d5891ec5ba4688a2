/** Rule: a goal's indicator is an id from indicators.csv. */
import { closest } from '../../data/closest.ts';
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalIndicatorKnown(ctx: GoalContext): ValidationError[] {
  // With no readable indicator at all, indicators.csv's own error says why.
  if (ctx.indicatorIds.size === 0) return [];
  const ids = [...ctx.indicatorIds];
  return ctx.goals
    .filter((g) => g.indicator !== undefined && !ctx.indicatorIds.has(g.indicator))
    .map((g) => {
      const guess = closest(g.indicator as string, ids);
      return cellError(
        g.ref,
        'indicator',
        `ukendt indikator${guess ? ` – mente du "${guess}"?` : ''}`,
        `et id fra ${ctx.indicatorsFile}, eller en tom celle`,
      );
    });
}
