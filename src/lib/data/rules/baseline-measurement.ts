/**
 * Rule: the baseline period has a measurement of the main series, and a written baseline_value
 * equals it – otherwise the chart's baseline marker and the status would disagree with the data.
 */
import { measurementAt, type DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { cellError } from '../row-ref.ts';
import { formatDanishNumber } from '../../format/danish-number.ts';

export function checkBaselineMeasurement(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const ind of ctx.indicators) {
    if (!ind.id || !ind.baselinePeriod) continue;
    const m = measurementAt(ctx, ind.id, ind.baselinePeriod.time);
    const broken = ctx.measurements.some((x) => x.indicator === ind.id && x.breakdown === '' && (!x.period || x.value === undefined));
    if (!m && broken) continue; // the broken row is reported by its own rule
    if (!ctx.mainSeries.has(ind.id)) continue; // no main series at all: reported by the main-series rule
    if (!m || m.value === undefined) {
      errors.push(
        cellError(
          ind.ref,
          'baseline_period',
          `basisperioden har ingen måling af hovedserien i ${ctx.measurementsFile}`,
          `en række med indicator=${ind.id}, period=${ind.baselinePeriod.label} og tom breakdown`,
        ),
      );
    } else if (ind.baselineValue !== undefined && Math.abs(ind.baselineValue - m.value) > 1e-9) {
      errors.push(
        cellError(
          ind.ref,
          'baseline_value',
          `baseline_value er ikke lig med målingen på ${ctx.measurementsFile}:${m.ref.line}`,
          `${formatDanishNumber(m.value)} eller en tom celle`,
        ),
      );
    }
  }
  return errors;
}
