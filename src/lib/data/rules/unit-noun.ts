/**
 * Rule: a count's noun (unit_noun) is written »ental/flertal«, e.g. »område/områder«, and only for
 * the unit antal: the site prints it after the indicator's numbers (»1 område«, »0 områder«).
 */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

export function checkUnitNoun(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const ind of ctx.indicators) {
    if (ind.unitNounText === undefined) continue;
    if (ind.unit && ind.unit !== 'antal') {
      errors.push(
        cellError(
          ind.ref,
          'unit_noun',
          `et navneord hører kun til enheden "antal", ikke "${ind.unit}"`,
          'en tom celle, eller enheden antal',
        ),
      );
    } else if (!ind.countNoun) {
      errors.push(cellError(ind.ref, 'unit_noun', 'navneordet skal stå i ental og flertal adskilt af én skråstreg', 'fx område/områder'));
    }
  }
  return errors;
}
