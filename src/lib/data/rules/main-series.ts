/** Rule: every indicator has at least one measurement of its main series (empty breakdown). */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

export function checkMainSeries(ctx: DataContext): ValidationError[] {
  const named = new Set(ctx.measurements.map((m) => m.indicator));
  // Rows with a broken period or value still count: their own error already tells the editor.
  const hasMain = new Set(ctx.measurements.filter((m) => m.breakdown === '').map((m) => m.indicator));
  return ctx.indicators
    .filter((ind) => ind.id && !hasMain.has(ind.id))
    .map((ind) => {
      const why = named.has(ind.id) ? 'har kun målinger med en opdeling (breakdown)' : 'har ingen målinger';
      return cellError(
        ind.ref,
        'id',
        `indikatoren ${why} i ${ctx.measurementsFile}`,
        `mindst én række med indicator=${ind.id} og tom breakdown`,
      );
    });
}
