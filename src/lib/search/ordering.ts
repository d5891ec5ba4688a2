/**
 * Pagefind leaves pages without a sort value out of sorted results. Sorting by date must not hide
 * undated pages (an indicator, a page), so they follow the dated ones in relevance order.
 */
export function withUndatedLast<T extends { id: string }>(sorted: readonly T[], byRelevance: readonly T[]): T[] {
  const seen = new Set(sorted.map((r) => r.id));
  return [...sorted, ...byRelevance.filter((r) => !seen.has(r.id))];
}
