/** Rule: every area has exactly one main indicator (its status is the area's status). */
import { AREA_IDS } from '../../registry/areas.ts';
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

export function checkMainIndicator(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const firstLine = new Map<string, number>();
  for (const ind of ctx.indicators) {
    if (!ind.main || !ind.area) continue;
    const first = firstLine.get(ind.area);
    if (first === undefined) firstLine.set(ind.area, ind.ref.line);
    else
      errors.push(
        cellError(
          ind.ref,
          'main',
          `området "${ind.area}" har allerede en hovedindikator på linje ${first}`,
          'præcis én hovedindikator pr. område; skriv "nej" her',
        ),
      );
  }
  // Only when the table could be read: a missing column or empty file is already reported.
  const mainColumn = ctx.indicators[0]?.ref.cells.main?.column;
  if (mainColumn === undefined) return errors;
  for (const area of AREA_IDS) {
    if (firstLine.has(area)) continue;
    // A broken main or area cell may hide this area's main indicator; that cell's error comes first.
    if (ctx.indicators.some((ind) => (ind.area === area && ind.main === undefined) || (ind.main && !ind.area))) continue;
    errors.push({
      file: ctx.indicatorsFile,
      line: 1,
      column: mainColumn,
      message: `området "${area}" har ingen hovedindikator`,
      expected: `præcis én række med area=${area} og main=ja`,
    });
  }
  return errors;
}
