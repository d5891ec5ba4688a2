/**
 * Rule: a number is written with no more digits than the site computes with exactly, and is not so
 * small that it would be written as »1e-7«: the pages, the per-indicator downloads and the file
 * an editor committed must show the same number.
 */
import type { ValidationError } from '../errors.ts';
import { MAX_DIGITS, writtenDigits } from '../parse-number.ts';
import { cellError, rawCell, type RowRef } from '../row-ref.ts';

/** Below this, JavaScript writes a number in exponent form (String(1e-7) is "1e-7"). */
const SMALLEST = 1e-6;

export function checkPrecision(ref: RowRef, name: string, value: number, decimal: ',' | '.'): ValidationError | undefined {
  const digits = writtenDigits(rawCell(ref, name));
  if (digits > MAX_DIGITS) {
    return cellError(
      ref,
      name,
      `tallet har ${digits} cifre, men sitet regner kun præcist med ${MAX_DIGITS}: siderne og downloads ville vise et andet tal`,
      `højst ${MAX_DIGITS} cifre (nuller forrest tæller ikke); rund tallet af`,
    );
  }
  if (value !== 0 && Math.abs(value) < SMALLEST) {
    return cellError(
      ref,
      name,
      `tallet er så lille, at downloads ville skrive det som ${String(value)}`,
      `0 eller et tal på mindst 0${decimal}000001`,
    );
  }
  return undefined;
}
