/**
 * Rule: one indicator uses one kind of period (years, quarters or months) in its measurements,
 * since a chart and the status rule cannot mix "2014" with "2014K1" on one axis meaningfully.
 */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { PERIOD_KIND_NAMES, periodKind, type PeriodKind } from '../parse-period.ts';
import { cellError } from '../row-ref.ts';

export function checkPeriodKinds(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const first = new Map<string, { kind: PeriodKind; line: number }>();
  for (const m of ctx.measurements) {
    if (!m.indicator || !m.period) continue;
    const kind = periodKind(m.period);
    const seen = first.get(m.indicator);
    if (!seen) first.set(m.indicator, { kind, line: m.ref.line });
    else if (seen.kind !== kind) {
      errors.push(
        cellError(
          m.ref,
          'period',
          `perioden har en anden form end indikatorens første måling på linje ${seen.line}`,
          PERIOD_KIND_NAMES[seen.kind],
        ),
      );
    }
  }
  return errors;
}
