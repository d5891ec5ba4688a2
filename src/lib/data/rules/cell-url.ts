/** Rule: a URL cell holds a full http(s) address, so the link on the site works. */
import type { ValidationError } from '../errors.ts';
import { cellError, type RowRef } from '../row-ref.ts';

export function checkUrl(ref: RowRef, name: string): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[name]?.raw ?? '').trim();
  try {
    const url = new URL(raw);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !/\s/.test(raw)) return { value: raw };
  } catch {
    // fall through to the error below
  }
  return { error: cellError(ref, name, 'ugyldig adresse', 'en fuld adresse, der begynder med https://') };
}
