/** Rule: a goal id appears once in goals.csv (it is the goal's address). */
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkDuplicateGoalIds(ctx: GoalContext): ValidationError[] {
  const first = new Map<string, number>();
  const errors: ValidationError[] = [];
  for (const g of ctx.goals) {
    if (!g.id) continue;
    const line = first.get(g.id);
    if (line === undefined) first.set(g.id, g.ref.line);
    else errors.push(cellError(g.ref, 'id', `målet findes allerede på linje ${line}`, 'et id, der kun bruges én gang'));
  }
  return errors;
}
