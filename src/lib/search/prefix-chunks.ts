/**
 * Pagefind expands a query word to the longer index words its stem begins, but only among the
 * word-index chunks it has loaded, and a fresh search loads only the chunk holding the word (and
 * its stem). So »fritid« missed »Fritidsudvalget«, the first word of the next chunk. The search page
 * therefore also loads the chunks that begin with the stem: their starts are written by the build,
 * one small file per first letter (scripts/lib/search/post-index.ts), and preloading a chunk's
 * start loads that chunk. At most MAX_PREFIX_CHUNKS of them, so a short, common stem never fetches
 * half the index; such words are answered ahead by the build anyway (first-results.ts).
 */

/** Chunks beginning with a stem that a search loads besides its own; more, and it loads none of them. */
export const MAX_PREFIX_CHUNKS = 3;
/** Shorter stems are not expanded into other chunks. */
export const MIN_PREFIX_STEM = 3;

/** The file (key) a chunk start or a stem is listed in: its first letter, or u + its code point. */
export function chunkStartsKey(term: string): string {
  const first = term.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(first);
  return /^[a-z0-9]$/.test(ch) ? ch : `u${first.toString(16)}`;
}

/**
 * The chunk starts to preload for a stem (Pagefind's form: lowercase, stemmed, å → a): every chunk
 * beginning with the stem, or none when there are more than `max` or the stem is short.
 */
export function prefixChunkStarts(stem: string, starts: readonly string[], max = MAX_PREFIX_CHUNKS): string[] {
  if ([...stem].length < MIN_PREFIX_STEM) return [];
  const found = starts.filter((s) => s.startsWith(stem));
  return found.length <= max ? found : [];
}

/** The build's shards of chunk starts: key → starts in index order. */
export function chunkStartShards(starts: readonly string[]): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const s of starts) {
    const key = chunkStartsKey(s);
    const list = shards.get(key) ?? [];
    list.push(s);
    shards.set(key, list);
  }
  return shards;
}
