/** Rule: an id is kebab-case ASCII, because it becomes part of a URL (/indikatorer/<id>/). */
import { ID_PATTERN } from '../csv-schema.ts';
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';

const ID = new RegExp(ID_PATTERN);

export function checkId(ref: RowRef, name: string): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  if (ID.test(raw)) return { value: raw };
  return {
    error: cellError(
      ref,
      name,
      'ugyldigt id',
      'små bogstaver a-z, tal og bindestreger uden æ, ø, å og mellemrum, fx beskaeftigelsesfrekvens-16-64',
    ),
  };
}
