/**
 * The cross-row rules read both tables at once. When one table cannot be read as a whole (its one
 * file-level error says why), a rule that reads its rows would only report what follows from that –
 * every indicator »har ingen målinger« while measurements.csv is comma-separated – so the errors of
 * such a rule are left out of that run. Rules that read only the good table still run: the editor
 * gets every other error in the same run. Which tables a rule reads is observed, not declared, so a
 * new rule is gated without a list to keep up to date.
 */
import type { DataContext } from './data-context.ts';
import type { ValidationError } from './errors.ts';

export interface BrokenTables {
  indicators: boolean;
  measurements: boolean;
}

/** The context fields that hold (or are built from) each table's rows. */
const ROW_FIELDS = {
  indicators: ['indicators', 'byId'],
  measurements: ['measurements', 'mainSeries'],
} as const satisfies Record<keyof BrokenTables, readonly (keyof DataContext)[]>;

export function runGated(ctx: DataContext, broken: BrokenTables, rule: (ctx: DataContext) => ValidationError[]): ValidationError[] {
  if (!broken.indicators && !broken.measurements) return rule(ctx);
  let readBroken = false;
  const view: DataContext = { ...ctx };
  for (const table of ['indicators', 'measurements'] as const) {
    if (!broken[table]) continue;
    for (const key of ROW_FIELDS[table]) {
      Object.defineProperty(view, key, {
        enumerable: true,
        get: () => {
          readBroken = true;
          return ctx[key];
        },
      });
    }
  }
  const errors = rule(view);
  return readBroken ? [] : errors;
}
