/** Rule: no text cell of goals.csv or spending.csv begins like a spreadsheet formula or holds a hidden character (as data/rules/formula-cells.ts). */
import { GOALS_TABLE, SPENDING_TABLE } from '../../data/csv-schema.ts';
import type { ValidationError } from '../../data/errors.ts';
import { textCellErrors, textColumns } from '../../data/rules/formula-cells.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkGoalFormulaCells(ctx: GoalContext): ValidationError[] {
  const goalColumns = textColumns(GOALS_TABLE);
  const spendingColumns = textColumns(SPENDING_TABLE);
  return [
    ...ctx.goals.flatMap((g) => textCellErrors(g.ref, goalColumns)),
    ...ctx.spending.flatMap((s) => textCellErrors(s.ref, spendingColumns)),
  ];
}
