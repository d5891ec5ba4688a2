/** Rule: an enum or yes/no cell holds one of the allowed values (areas and units from the registries). */
import type { ColumnSpec } from '../csv-schema.ts';
import { oneOf, type ValidationError } from '../errors.ts';
import { closest } from '../closest.ts';
import { cellError, type RowRef } from '../row-ref.ts';

const WHAT: Record<string, string> = {
  area: 'ukendt område',
  unit: 'ukendt enhed',
  direction: 'ukendt retning',
  main: 'skal være ja eller nej',
  illustrative: 'skal være ja eller nej',
};

export function checkAllowed(ref: RowRef, col: ColumnSpec): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[col.name]?.raw ?? '').trim();
  const allowed = col.allowed ?? [];
  if (allowed.includes(raw)) return { value: raw };
  const guess = closest(raw, allowed);
  const hint = guess ? ` – mente du "${guess}"?` : '';
  return { error: cellError(ref, col.name, `${WHAT[col.name] ?? 'ugyldig værdi'}${hint}`, oneOf(allowed)) };
}
