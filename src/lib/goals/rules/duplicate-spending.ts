/**
 * Rule: spending.csv has one row per administration × budget year × what it covers; a second row
 * would be added to the first and double the amount on the site.
 */
import type { ValidationError } from '../../data/errors.ts';
import { cellError } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

export function checkDuplicateSpending(ctx: GoalContext): ValidationError[] {
  const first = new Map<string, number>();
  const errors: ValidationError[] = [];
  for (const s of ctx.spending) {
    if (!s.administration || s.budgetYear === undefined || !s.covers) continue;
    // Case and spacing do not make a new purpose.
    const key = `${s.administration}\u0000${s.budgetYear}\u0000${s.covers.toLowerCase().replace(/\s+/g, ' ')}`;
    const line = first.get(key);
    if (line === undefined) {
      first.set(key, s.ref.line);
      continue;
    }
    errors.push(
      cellError(
        s.ref,
        'covers',
        `rækken gentager linje ${line}: samme forvaltning, budgetår og formål`,
        'én række pr. forvaltning × budgetår × formål; ret beløbet i den første række',
      ),
    );
  }
  return errors;
}
