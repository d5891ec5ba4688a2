/**
 * A compound the archive does not have as written (»beskæftigelsesindsats«), searched as its parts
 * when the archive has both (»beskæftigelse indsats«); the first part may end in a linking -s-/-e-.
 * The parts are looked up with æ/ø/å restored (vocabulary.ts, archiveSpelling), so
 * »Beskaeftigelsesforvaltningen« becomes »beskæftigelse forvaltningen« – 30 pages – and not
 * »beskaeftigelse forvaltningen«, which only a data file's slug has.
 */
import type { PagefindSearchOptions } from './pagefind-api.ts';
import { archiveSpelling, shardKey } from './vocabulary.ts';
import { loadPrefixChunks, searchStrong, type Run } from './engine-search.ts';
import { correctableWords, replaceWord } from './query-words.ts';
import type { Outcome } from './engine.ts';

/** Parts of a compound split for a query that finds nothing are this long at least. */
export const MIN_COMPOUND_PART = 4;
/** Splits whose last part is looked up in the vocabulary, longest first part first: a bound on shards fetched. */
const MAX_COMPOUND_TRIES = 3;

/** Only for a query that found nothing and had no other help; undefined when no split finds anything. */
export async function compoundParts(run: Run, term: string, options: PagefindSearchOptions): Promise<Outcome | undefined> {
  let split = term;
  for (const w of correctableWords(term)) {
    const parts = await splitWord(run, w);
    if (parts) split = replaceWord(split, w, parts);
  }
  if (split === term) return undefined;
  await loadPrefixChunks(run, split);
  const results = await searchStrong(run, split, options);
  return results.length > 0 ? { searched: split, results, restoredFrom: term, suggestions: [] } : undefined;
}

async function splitWord(run: Run, word: string): Promise<string | undefined> {
  const lower = word.toLowerCase();
  /** The archive's spelling of a part, when the archive has it. */
  const spelt = async (w: string) => {
    const shard = await run.shard(shardKey(w));
    return shard ? archiveSpelling(shard, w)?.word : undefined;
  };
  let tries = 0;
  for (let end = lower.length - MIN_COMPOUND_PART; end >= MIN_COMPOUND_PART && tries < MAX_COMPOUND_TRIES; end--) {
    const surface = lower.slice(0, end);
    const unlinked = /[se]$/.test(surface) && surface.length - 1 >= MIN_COMPOUND_PART ? await spelt(surface.slice(0, -1)) : undefined;
    const head = unlinked ?? (await spelt(surface));
    if (!head) continue;
    tries++;
    const tail = await spelt(lower.slice(end));
    if (tail) return `${head} ${tail}`;
  }
  return undefined;
}
