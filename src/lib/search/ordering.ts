/**
 * Sorting results by date without a sort table. The search index is merged so that page numbers
 * follow the document date (scripts/lib/search-index/merge.ts) and each result's id is its
 * fragment's name, "<build>/<page number in base 36>", with "_" before the number for a page
 * without a date. Sorting by date is then sorting by that number, and Pagefind's page table need
 * not carry a sort order that every search would have to download.
 */

/** The page's place in date order, or undefined for a page without a date. */
export function datePosition(id: string): number | undefined {
  const m = /\/([0-9a-z]+)$/.exec(id);
  return m?.[1] ? parseInt(m[1], 36) : undefined;
}

/** Dated results newest or oldest first; undated pages (an indicator, a page) follow in relevance order. */
export function sortByDate<T extends { id: string }>(results: readonly T[], order: 'asc' | 'desc'): T[] {
  const dated: { r: T; n: number }[] = [];
  const undated: T[] = [];
  for (const r of results) {
    const n = datePosition(r.id);
    if (n === undefined) undated.push(r);
    else dated.push({ r, n });
  }
  dated.sort((a, b) => (order === 'asc' ? a.n - b.n : b.n - a.n));
  return [...dated.map((d) => d.r), ...undated];
}
