/**
 * Rule: a measurement's period has begun by the day of the check. A value for 2099 is a typing
 * error, and as the newest measurement it would decide the indicator's and the area's status.
 * A planned future value is a target: it belongs in target_period and target_value in
 * indicators.csv, which may lie in the future.
 */
import { isoDay } from '../../format/iso-day.ts';
import type { Period } from '../../model.ts';
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';

/** First day of a period as ÅÅÅÅ-MM-DD: 2014 → 2014-01-01, 2014K3 → 2014-07-01, 2014-03 → 2014-03-01. */
export function periodStart(period: Period): string {
  const year = period.label.slice(0, 4);
  const quarter = /K([1-4])$/.exec(period.label)?.[1];
  const month = quarter ? (Number(quarter) - 1) * 3 + 1 : Number(/-(\d{2})$/.exec(period.label)?.[1] ?? '1');
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function checkFuturePeriods(ctx: DataContext, today: Date): ValidationError[] {
  const limit = isoDay(today);
  return ctx.measurements
    .filter((m) => m.period && periodStart(m.period) > limit)
    .map((m) =>
      cellError(
        m.ref,
        'period',
        `perioden er ikke begyndt endnu (i dag er ${limit}), så den kan ikke have en måling`,
        'en periode, der er begyndt; et planlagt mål skrives i target_period og target_value i indicators.csv',
      ),
    );
}
