/** Rule: every measurement names an indicator defined in indicators.csv. */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { closest } from '../closest.ts';
import { cellError } from '../row-ref.ts';

export function checkUnknownIndicators(ctx: DataContext): ValidationError[] {
  // Without any readable indicator every row would be "unknown"; the indicators file's own error says why.
  if (ctx.byId.size === 0) return [];
  const ids = [...ctx.byId.keys()];
  const errors: ValidationError[] = [];
  for (const m of ctx.measurements) {
    if (m.indicator === undefined || ctx.byId.has(m.indicator)) continue;
    const guess = closest(m.indicator, ids);
    const hint = guess ? ` – mente du "${guess}"?` : '';
    errors.push(cellError(m.ref, 'indicator', `ukendt indikator${hint}`, `et id fra ${ctx.indicatorsFile}`));
  }
  return errors;
}
