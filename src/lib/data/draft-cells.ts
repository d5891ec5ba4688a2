/**
 * Reading one typed cell into a draft's optional field (data/drafts.ts for indicators and
 * measurements, goals/drafts.ts for goals and spending): undefined when the cell was empty or broken,
 * so the cross-row rules skip it instead of repeating the cell's error.
 */
import type { Period } from '../model.ts';
import { BOOLEAN_VALUES } from './csv-schema.ts';
import type { CellValue } from './typed-table.ts';

/** A text cell, empty text included. */
export const textCell = (v: CellValue): string | undefined => (typeof v === 'string' ? v : undefined);
/** A text cell, empty text as undefined. */
export const filledTextCell = (v: CellValue): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const numberCell = (v: CellValue): number | undefined => (typeof v === 'number' ? v : undefined);
export const periodCell = (v: CellValue): Period | undefined => (typeof v === 'object' ? v : undefined);
/** `ja`/`nej` (and the other spellings BOOLEAN_VALUES knows) as true/false. */
export const booleanCell = (v: CellValue): boolean | undefined =>
  typeof v === 'string' && v in BOOLEAN_VALUES ? BOOLEAN_VALUES[v as keyof typeof BOOLEAN_VALUES] : undefined;
