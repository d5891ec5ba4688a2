/**
 * Compare the order keyboard focus actually visited with the focusable elements in DOM order.
 * Keys are whatever the test uses to name elements (e.g. a number it stamped on each element).
 */
export interface FocusOrderReport {
  /** Expected but never focused. */
  missing: string[];
  /** Focused but not in the expected list (e.g. a positive tabindex or a focus trap). */
  unexpected: string[];
  /** Pairs visited in the opposite order to the DOM: [earlier in DOM, later in DOM]. */
  outOfOrder: [string, string][];
  /** Elements focused more than once before the cycle closed (a trap or a loop). */
  repeated: string[];
}

export function compareFocusOrder(expected: string[], visited: string[]): FocusOrderReport {
  const rank = new Map(expected.map((k, i) => [k, i]));
  const seen = new Set<string>();
  const repeated: string[] = [];
  const inOrder: string[] = [];
  const unexpected: string[] = [];
  for (const key of visited) {
    if (seen.has(key)) {
      repeated.push(key);
      continue;
    }
    seen.add(key);
    if (rank.has(key)) inOrder.push(key);
    else unexpected.push(key);
  }
  const outOfOrder: [string, string][] = [];
  inOrder.forEach((cur, i) => {
    const prev = inOrder[i - 1];
    if (prev !== undefined && (rank.get(cur) ?? 0) < (rank.get(prev) ?? 0)) outOfOrder.push([cur, prev]);
  });
  return { missing: expected.filter((k) => !seen.has(k)), unexpected, outOfOrder, repeated };
}

export function isCleanFocusOrder(r: FocusOrderReport): boolean {
  return r.missing.length + r.unexpected.length + r.outOfOrder.length + r.repeated.length === 0;
}
