/**
 * Rule: a value flagged as a break in the series or as estimated says why in its note: the legend,
 * the table's footnote and the status trace print that note, and a reader must be able to check it.
 */
import { FLAGS } from '../../registry/flags.ts';
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

const WHY: Record<string, string> = {
  'brud i serien': 'en note, der siger, hvad der er ændret i opgørelsen',
  skønnet: 'en note, der siger, hvordan tallet er beregnet eller udledt, eller hvilke kilder der er uenige',
};

export function checkFlagNote(ctx: DataContext): ValidationError[] {
  return ctx.measurements
    .filter((m) => m.flag && FLAGS[m.flag].needsNote && m.note.trim() === '')
    .map((m) => {
      const flag = m.flag as keyof typeof FLAGS;
      // Without a note column the flag cell is the place to point at.
      const column = m.ref.cells.note ? 'note' : 'flag';
      return cellError(
        m.ref,
        column,
        `værdien er markeret "${flag}", men har ingen note`,
        WHY[flag] ?? 'en note',
        column === 'note' ? '' : undefined,
      );
    });
}
