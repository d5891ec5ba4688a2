/**
 * Rule: an indicator id appears once in indicators.csv, and a measurement once per
 * indicator × period × breakdown. The message names the line of the first occurrence.
 */
import type { DataContext } from '../data-context.ts';
import type { ValidationError } from '../errors.ts';
import { periodKind } from '../parse-period.ts';
import { cellError } from '../row-ref.ts';

export function checkDuplicateRows(ctx: DataContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const firstId = new Map<string, number>();
  for (const ind of ctx.indicators) {
    if (!ind.id) continue;
    const first = firstId.get(ind.id);
    if (first === undefined) firstId.set(ind.id, ind.ref.line);
    else errors.push(cellError(ind.ref, 'id', `indikatoren findes allerede på linje ${first}`, 'et id, der kun bruges én gang'));
  }
  const firstRow = new Map<string, number>();
  for (const m of ctx.measurements) {
    if (!m.indicator || !m.period) continue;
    // The period's time, not its text, so "2014K1" and "2014k1"-style variants cannot slip through twice;
    // and its kind, so 2017K1 beside 2017 (the same time) is the period-kind error alone, not a repeat.
    const key = `${m.indicator}\u0000${periodKind(m.period)}\u0000${m.period.time}\u0000${m.breakdown}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, m.ref.line);
      continue;
    }
    const what = [m.indicator, m.period.label, m.breakdown].join(';');
    errors.push(
      cellError(
        m.ref,
        'indicator',
        `rækken gentager linje ${first}: samme indikator, periode og opdeling`,
        'én række pr. indikator × periode × opdeling',
        what,
      ),
    );
  }
  return errors;
}
