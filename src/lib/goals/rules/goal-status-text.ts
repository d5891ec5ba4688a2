/**
 * Rule: an assessed goal carries the administration's own words. The status report quotes them;
 * a bare »ikke opfyldt« without why would leave the reader guessing.
 */
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalStatusText(ctx: GoalContext): ValidationError[] {
  return ctx.goals
    .filter(
      (g) => g.status !== undefined && g.status !== 'ikke vurderet' && g.statusText === undefined && g.ref.cells.status_text !== undefined,
    )
    .map((g) =>
      cellError(
        g.ref,
        'status_text',
        `målet har status "${g.status}", men forvaltningens statustekst er tom`,
        'forvaltningens egen vurdering med dens ord, eller status "ikke vurderet"',
      ),
    );
}
