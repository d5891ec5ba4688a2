/**
 * After Pagefind (scripts/build.ts): read the index's fragments (what search actually holds, page
 * by page) and write
 *   <site>/soeg/ordliste/<letter>.json  the vocabulary for «Mente du …?» and æ/ø/å typed as ae/oe/aa,
 *                                        one small shard per first letter, fetched only when needed;
 *   <site>/soeg/filtre.json             the filter counts and the archive's first and last month, so
 *                                        the search page shows its filters without loading Pagefind's
 *                                        filter index before anyone searches;
 * and make Pagefind's chunk bounds contiguous (chunk-bounds.ts), so a common word fetches one chunk.
 * Run by scripts/search-vocabulary.ts <site folder>.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixChunkBounds } from './chunk-bounds.ts';
import { writeFirstResults } from './first-results.ts';
import { fragmentFiles } from '../search-index/fragments.ts';
import { ownerOfWords } from '../../../src/lib/search/index-only.ts';
import { digraphFold, MIN_WORD_LENGTH, shardKey, type VocabularyEntry } from '../../../src/lib/search/vocabulary.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

interface WordStats {
  pages: number;
  forms: Map<string, number>;
  /** Occurrences capitalised in the middle of a sentence: a name. */
  capitalised: number;
  total: number;
}

const SIGNATURE = 'pagefind_dcd';

export function readFragment(file: string): Fragment {
  let bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE) bytes = bytes.subarray(SIGNATURE.length);
  return JSON.parse(bytes.toString('utf8')) as Fragment;
}

export interface Collected {
  words: Map<string, WordStats>;
  counts: Record<string, Record<string, number>>;
  months: string[];
  pages: number;
}

export function collect(fragments: Iterable<Fragment>): Collected {
  const words = new Map<string, WordStats>();
  const counts: Record<string, Record<string, number>> = {};
  const months = new Set<string>();
  let pages = 0;
  for (const f of fragments) {
    pages++;
    for (const [filter, values] of Object.entries(f.filters)) {
      if (filter === 'måned') {
        for (const v of values) months.add(v);
        continue;
      }
      const group = (counts[filter] ??= {});
      for (const v of new Set(values)) group[v] = (group[v] ?? 0) + 1;
    }
    const tokens = f.content.split(/\s+/);
    const { hidden } = ownerOfWords(tokens);
    const seen = new Set<string>();
    tokens.forEach((token, i) => {
      if (hidden[i]) return;
      const prev = tokens[i - 1] ?? '';
      const sentenceStart = i === 0 || /[.!?:]$/.test(prev);
      for (const w of token.split(/[^\p{L}]+/u)) {
        if (w.length < MIN_WORD_LENGTH) continue;
        const key = w.toLowerCase();
        let s = words.get(key);
        if (!s) words.set(key, (s = { pages: 0, forms: new Map(), capitalised: 0, total: 0 }));
        s.total++;
        s.forms.set(w, (s.forms.get(w) ?? 0) + 1);
        if (!sentenceStart && /^\p{Lu}/u.test(w)) s.capitalised++;
        if (!seen.has(key)) {
          seen.add(key);
          s.pages++;
        }
      }
    });
  }
  return { words, counts, months: [...months].sort(), pages };
}

/** Several parts' collections as one (every figure adds up; months are a union), in the parts' order. */
export function mergeCollected(parts: readonly Collected[]): Collected {
  const words = new Map<string, WordStats>();
  const counts: Record<string, Record<string, number>> = {};
  const months = new Set<string>();
  let pages = 0;
  for (const part of parts) {
    pages += part.pages;
    for (const m of part.months) months.add(m);
    for (const [filter, values] of Object.entries(part.counts)) {
      const group = (counts[filter] ??= {});
      for (const [v, n] of Object.entries(values)) group[v] = (group[v] ?? 0) + n;
    }
    for (const [key, w] of part.words) {
      const s = words.get(key);
      if (!s) {
        words.set(key, { ...w, forms: new Map(w.forms) });
        continue;
      }
      s.pages += w.pages;
      s.capitalised += w.capitalised;
      s.total += w.total;
      for (const [f, n] of w.forms) s.forms.set(f, (s.forms.get(f) ?? 0) + n);
    }
  }
  return { words, counts, months: [...months].sort(), pages };
}

type StoredWord = [string, number, [string, number][], number, number];
/** The shard's collection is kept in the cache as <shard folder> + this. */
export const COLLECTED_SUFFIX = '.vocabulary.json';

/**
 * The site's collection, read shard by shard when the bundle was merged from cached shards
 * (scripts/lib/search-index/shards.ts): each shard's own collection is kept beside its bundle, so a
 * warm rebuild reads only the fragments of the shards that changed. Otherwise from the site's fragments.
 */
export function collectSite(site: string, shardDirs?: readonly string[]): Collected {
  if (!shardDirs) return collect(fragmentFiles(join(site, 'pagefind')).map((f) => readFragment(f)));
  return mergeCollected(
    shardDirs.map((dir) => {
      // Beside the shard's bundle, not in it: the merge copies the bundle's own files into the site.
      const file = `${dir}${COLLECTED_SUFFIX}`;
      if (existsSync(file)) {
        const c = JSON.parse(readFileSync(file, 'utf8')) as Omit<Collected, 'words'> & { words: StoredWord[] };
        const words = new Map(
          c.words.map(([k, pages, forms, capitalised, total]) => [k, { pages, forms: new Map(forms), capitalised, total }]),
        );
        return { ...c, words };
      }
      const c = collect(fragmentFiles(dir).map((f) => readFragment(f)));
      const words: StoredWord[] = [...c.words].map(([k, w]) => [k, w.pages, [...w.forms], w.capitalised, w.total]);
      writeFileSync(`${file}.tmp`, JSON.stringify({ ...c, words }));
      renameSync(`${file}.tmp`, file);
      return c;
    }),
  );
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
  return out.sort((a, b) => (digraphFold(a[0]) < digraphFold(b[0]) ? -1 : digraphFold(a[0]) > digraphFold(b[0]) ? 1 : 0));
}

/**
 * Write the vocabulary shards, the precomputed first results (first-results.ts) and filtre.json into
 * a built site, and fix its chunk bounds. `base` is the site's base path.
 */
export async function writeSearchFiles(
  site: string,
  base: string,
  options: { firstResultsBudget?: number; shardDirs?: readonly string[] | undefined } = {},
): Promise<void> {
  const { words, counts, months, pages } = collectSite(site, options.shardDirs);
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
  const first = await writeFirstResults(site, words.keys(), base, { budget: options.firstResultsBudget });
  writeFileSync(
    join(site, 'soeg', 'filtre.json'),
    JSON.stringify({
      pages,
      counts,
      months: { first: months[0] ?? null, last: months.at(-1) ?? null },
      shards: [...shards.keys()].sort(),
      answers: first.shards,
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
