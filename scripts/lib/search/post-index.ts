/**
 * After Pagefind (scripts/build.ts): read the index's fragments (what search actually holds, page
 * by page) and write
 *   <site>/soeg/ordliste/<letter>.json  the vocabulary for »Mente du …?« and æ/ø/å typed as ae/oe/aa,
 *                                        one small shard per first letter, fetched only when needed;
 *   <site>/soeg/filtre.json             the filter counts and the archive's first and last month, so
 *                                        the search page shows its filters without loading Pagefind's
 *                                        filter index before anyone searches;
 * and make Pagefind's chunk bounds contiguous (chunk-bounds.ts), so a common word fetches one chunk.
 * Run by scripts/search-vocabulary.ts <site folder>.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixChunkBounds } from './chunk-bounds.ts';
import { type WordStats } from './collect.ts';
import { collectSite } from './shard-collection.ts';
import { readBundle, writeFirstResults } from './first-results.ts';
import { chunkStartShards } from '../../../src/lib/search/prefix-chunks.ts';
import { digraphFold, shardKey, type VocabularyEntry } from '../../../src/lib/search/vocabulary.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';

export { collect, mergeCollected, type Collected } from './collect.ts';
export { collectFiles, collectSite, COLLECTED_SUFFIX, readFragment } from './shard-collection.ts';

/** <site>/soeg/stykker/<key>.json: the word-index chunks' starts by first letter (src/lib/search/prefix-chunks.ts); returns the keys. */
export function writeChunkStarts(site: string): string[] {
  const out = join(site, 'soeg', 'stykker');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { chunks } = readBundle(join(site, 'pagefind'));
  const shards = chunkStartShards(chunks.map((c) => c.from));
  for (const [key, starts] of shards) writeFileSync(join(out, `${key}.json`), JSON.stringify(starts));
  return [...shards.keys()].sort();
}

export function entries(words: Map<string, WordStats>): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  for (const [key, s] of words) {
    const name = s.capitalised * 2 >= s.total && s.capitalised > 0;
    let form = key;
    if (name) {
      let best = 0;
      for (const [f, n] of s.forms) if (/^\p{Lu}/u.test(f) && n > best) [form, best] = [f, n];
    }
    out.push([form, s.pages, name ? 1 : 0]);
  }
  // Each word folded once, not at every comparison (a large archive has hundreds of thousands).
  const folded = new Map(out.map((e) => [e, digraphFold(e[0])]));
  return out.sort((a, b) => {
    const x = folded.get(a) as string;
    const y = folded.get(b) as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * Write the vocabulary shards, the precomputed first results (first-results.ts) and filtre.json into
 * a built site, and fix its chunk bounds. `base` is the site's base path.
 */
export async function writeSearchFiles(
  site: string,
  base: string,
  options: { firstResultsBudget?: number; firstResultsKeep?: number; shardDirs?: readonly string[] | undefined } = {},
): Promise<void> {
  const { words, counts, months, pages } = await collectSite(site, options.shardDirs);
  const shards = new Map<string, VocabularyEntry[]>();
  for (const e of entries(words)) {
    const key = shardKey(e[0]);
    const list = shards.get(key) ?? [];
    list.push(e);
    shards.set(key, list);
  }
  const out = join(site, 'soeg', 'ordliste');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [key, list] of shards) writeFileSync(join(out, `${key}.json`), JSON.stringify({ words: list }));
  fixChunkBounds(join(site, 'pagefind'));
  const chunkStarts = writeChunkStarts(site);
  const first = await writeFirstResults(site, words.keys(), base, { budget: options.firstResultsBudget, keep: options.firstResultsKeep });
  writeFileSync(
    join(site, 'soeg', 'filtre.json'),
    JSON.stringify({
      pages,
      counts,
      months: { first: months[0] ?? null, last: months.at(-1) ?? null },
      shards: [...shards.keys()].sort(),
      answers: first.shards,
      chunkStarts,
    }),
  );
  console.log(`  Ordliste: ${formatNumber(words.size, 0)} ord i ${shards.size} filer; filtre for ${formatNumber(pages, 0)} sider`);
  if (first.queries > 0)
    console.log(
      `  Første resultater: ${formatNumber(first.queries, 0)} af ${formatNumber(first.over, 0)} almindelige ord besvaret på forhånd ` +
        (first.budget > 0
          ? `(ordindeks over ${formatNumber(first.budget / 1000, 1)} KB pr. søgning), `
          : '(sidetabellen alene er over søgebudgettet), ') +
        `${formatNumber(first.bytes / 1000, 0)} KB`,
    );
}
