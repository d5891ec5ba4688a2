/**
 * Rule: values are possible for the indicator's unit (src/lib/registry/units.ts), e.g. no
 * percentage of 130 and no negative count. Checks measurements, baselines and targets.
 */
import { UNITS, type UnitInfo } from '../../registry/units.ts';
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';
import { formatDanishNumber } from '../../format/danish-number.ts';

function range(unit: UnitInfo): string {
  if (unit.max === Number.POSITIVE_INFINITY) return `et tal på ${formatDanishNumber(unit.min)} eller mere`;
  return `et tal mellem ${formatDanishNumber(unit.min)} og ${formatDanishNumber(unit.max)}`;
}

function check(ref: RowRef, column: string, value: number | undefined, unit: UnitInfo): ValidationError | undefined {
  if (value === undefined || (value >= unit.min && value <= unit.max)) return undefined;
  return cellError(ref, column, `værdien er umulig for enheden "${unit.id}"`, range(unit));
}

export function checkUnitRange(ctx: DataContext): ValidationError[] {
  const errors: (ValidationError | undefined)[] = [];
  for (const ind of ctx.indicators) {
    if (!ind.unit) continue;
    errors.push(check(ind.ref, 'baseline_value', ind.baselineValue, UNITS[ind.unit]));
    errors.push(check(ind.ref, 'target_value', ind.targetValue, UNITS[ind.unit]));
  }
  for (const m of ctx.measurements) {
    const unit = m.indicator ? ctx.byId.get(m.indicator)?.unit : undefined;
    if (unit) errors.push(check(m.ref, 'value', m.value, UNITS[unit]));
  }
  return errors.filter((e): e is ValidationError => e !== undefined);
}
