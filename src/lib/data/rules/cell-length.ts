/**
 * Rule: a cell holds no more characters than its column allows (maxLength in csv-schema.ts, or
 * CELL_MAX_LENGTH). A document pasted into a note would otherwise be published in every format the
 * site writes the table in, and in the pages. Checked before the cell's own rule, so a huge cell is
 * not compared with every allowed value or letter first.
 */
import { CELL_MAX_LENGTH, type ColumnSpec } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { formatNumber } from '../../format/danish-number.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function maxLengthOf(col: ColumnSpec): number {
  return col.maxLength ?? CELL_MAX_LENGTH;
}

/** Characters (code points), counted only as far as needed: a cell may be megabytes long. */
function longerThan(text: string, max: number): number | undefined {
  if (text.length <= max) return undefined;
  let n = 0;
  for (const _ of text) n++;
  return n > max ? n : undefined;
}

export function checkLength(ref: RowRef, col: ColumnSpec): ValidationError | undefined {
  const raw = (ref.cells[col.name]?.raw ?? '').trim();
  const max = maxLengthOf(col);
  const length = longerThan(raw, max);
  if (length === undefined) return undefined;
  const what = col.type === 'text' ? 'teksten' : 'værdien';
  return cellError(
    ref,
    col.name,
    `${what} er for lang: ${formatNumber(length, 0)} tegn, men "${col.name}" må højst have ${formatNumber(max, 0)}`,
    `højst ${formatNumber(max, 0)} tegn – ${col.type === 'text' ? 'forkort teksten' : 'ret cellen'}`,
    // Only the beginning is quoted (and cut further when printed): the cell may be megabytes long.
    raw.slice(0, 100),
  );
}
