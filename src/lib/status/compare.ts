/**
 * Comparisons for the status rule's boundaries. Values arrive as binary floats (80.0 − 68.2 =
 * 11.799999999999997), so "exactly at the tolerance" or "exactly 95 % of the required pace" could fall
 * on either side by chance. We treat numbers closer than 1e-9 (relative to their size, at least 1e-9
 * absolute) as equal: data is written with a few decimals, so float noise (~1e-14) is far below that
 * and every real difference in the data (≥ 0.001) far above it. A value exactly at a boundary therefore
 * counts as AT the boundary, as the rule's ≥ and ≤ intend.
 */
const RELATIVE_EPSILON = 1e-9;

/** -1, 0 or 1: x below, equal to (within float noise), or above y. */
export function compare(x: number, y: number): -1 | 0 | 1 {
  const eps = RELATIVE_EPSILON * Math.max(1, Math.abs(x), Math.abs(y));
  if (x - y > eps) return 1;
  if (y - x > eps) return -1;
  return 0;
}

export const gte = (x: number, y: number): boolean => compare(x, y) >= 0;
export const lte = (x: number, y: number): boolean => compare(x, y) <= 0;
export const gt = (x: number, y: number): boolean => compare(x, y) > 0;
export const lt = (x: number, y: number): boolean => compare(x, y) < 0;
