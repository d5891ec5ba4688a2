/**
 * What a result's id says about its page, and the orders built on it. The search index is merged
 * so that page numbers follow the document date (scripts/lib/search-index/merge.ts), and each
 * result's id is its fragment's name, "<build>/<page number in base 36>", with "_" before the
 * number for a page without a date and "~" for a page of example data (its search entry is marked
 * »Eksempeldata«). Sorting by date is then sorting by that number, and real pages can be put before
 * example pages, without Pagefind's page table carrying a sort order or a filter that every search
 * would have to download.
 */

/**
 * The Pagefind filter a page of example data carries (search-attributes.ts). The merge reads it to
 * mark the page's fragment name and leaves it out of the merged index: as a filter it would list
 * every example page, and Pagefind loads every filter when the visitor opens the filters.
 */
export const EXAMPLE_FILTER = { name: 'eksempeldata', value: 'ja' } as const;

/**
 * The end of a merged fragment name, after its last "/": undated mark "_", example mark "~", page
 * number in base 36. Read by character, not by a regular expression: the build's precomputed
 * answers ask it of every result of 300 searches (up to 20,000 each), and the expression, tried
 * at every "/" from the start, was a second of that step.
 */
function nameTail(id: string): { undated: boolean; example: boolean; number: string } | undefined {
  let at = id.lastIndexOf('/') + 1;
  if (at === 0) return undefined;
  const undated = id.charCodeAt(at) === 0x5f;
  if (undated) at++;
  const example = id.charCodeAt(at) === 0x7e;
  if (example) at++;
  if (at >= id.length) return undefined;
  for (let i = at; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))) return undefined;
  }
  return { undated, example, number: id.slice(at) };
}

/** The page's place in date order, or undefined for a page without a date. */
export function datePosition(id: string): number | undefined {
  const t = nameTail(id);
  return t && !t.undated ? parseInt(t.number, 36) : undefined;
}

/** True when the id names a page of example data (the merge marks its fragment name with "~"). */
export function illustrativeId(id: string): boolean {
  return nameTail(id)?.example === true;
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

/**
 * Real pages before pages of example data, each in the order given (relevance). Weighting example
 * pages down (ILLUSTRATIVE_FACTOR) is not enough on its own: Pagefind adds its title boost whatever a
 * page's weight, and a short goal page gains from its length, so »kvinder« put an example goal
 * matching only »kvindelige« ahead of the real letters.
 */
export function realFirst<T extends { id: string }>(results: readonly T[], illustrative: (id: string) => boolean = illustrativeId): T[] {
  const real: T[] = [];
  const example: T[] = [];
  for (const r of results) (illustrative(r.id) ? example : real).push(r);
  return example.length === 0 ? [...results] : [...real, ...example];
}

/**
 * True when a query is the name a page is known by (its meta »navn«, boosted for this: an area's
 * »Tryghed«). Such a page keeps first place though it shows example data (engine-search.ts): an area
 * page listing example indicators is still the page a visitor asks for by its name.
 */
export function searchedByName(name: string | undefined, term: string): boolean {
  const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
  return name !== undefined && name !== '' && fold(name) === fold(term);
}

/**
 * Which of `ids` (in Pagefind's order) are among the first `keep` real or the first `keep` example
 * pages: the results realFirst can bring into the first `keep`, so the build's lean reading of a
 * search (scripts/lib/search/lean-results.ts) keeps their page data.
 */
export function firstOfEachKind(ids: readonly string[], keep: number, illustrative: (id: string) => boolean = illustrativeId): boolean[] {
  let real = 0;
  let example = 0;
  return ids.map((id) => (illustrative(id) ? example++ : real++) < keep);
}
