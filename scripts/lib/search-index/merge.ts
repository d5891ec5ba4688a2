/**
 * Merge Pagefind bundles that each indexed a part of the site (a shard) into ONE Pagefind 1.6
 * bundle, as if Pagefind had indexed all the pages at once: the browser's pagefind.js searches it
 * unchanged, with the same ranking (Pagefind ranks from the page table's word counts and each word's
 * page list, both merged exactly).
 *
 * Pages are numbered shard after shard, and within a shard by date (Pagefind's own date sort of
 * the shard), undated pages after; the shards come in date order, undated ones last (plan.ts), so
 * the page numbers ARE the date order. That lets the page table stay small, which every search must load
 * first (about 10 bytes a page as Pagefind writes it, 198 KB at 20,000 letters):
 * - no sort table: the search page sorts by date from the page number (src/lib/search/ordering.ts);
 * - fragments named by page number in base 36 under a folder named by a hash of all fragments
 *   ("<build>/1a3", "<build>/_7" for an undated page, "<build>/~1a4" for a page of example data),
 *   instead of a 7-digit hash each: the names compress to about a quarter, any change of content
 *   still gives new URLs, and the search can put real pages first without a filter to download;
 * - page lengths rounded (PAGE_LENGTH_RATIO);
 * - smaller word chunks than Pagefind's (CHUNK_SIZE), so a rare word fetches a small file.
 * The word chunks are merged as a streaming k-way merge of the shards' sorted words, their locations
 * copied through as bytes (merge-words.ts, word-index.ts); filters are merged value by value;
 * fragments are hard-linked.
 *
 * Formats (Pagefind 1.6, pagefind/src/index/*.rs): pf_meta [version, pages [hash, word_count,
 * group_hash][], chunks [from, to, hash][], filters [name, hash][], sorts [name, page[]][],
 * meta_fields]; pf_index [[word, pages [page_delta, locs, meta_locs][], variants [form, pages][]][]];
 * pf_filter [name, [value, page[]][]]. meta_locs use negative numbers -(field+1) to switch field.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { join } from 'node:path';
import { pagefindFileBytes, readPagefindFile, type Cbor } from './cbor.ts';
import { compareWords, mergeWords } from './merge-words.ts';
import { EXAMPLE_FILTER } from '../../../src/lib/search/ordering.ts';

export { compareWords };

/**
 * Locations per word-index file. Pagefind's default is 20,000 (about 55 KB gzipped on this archive);
 * 4,000 gives files of about 10 KB at the cost of more rows in the page table's chunk list.
 */
export const CHUNK_SIZE = 4_000;

/**
 * Page lengths (words) are rounded to steps of 5 % (at most 2.5 % off): Pagefind uses them only to
 * weigh a match in a long page a little less (BM25), a score changes by under 2 %, and the rounded
 * column packs to half the size in the page table every search loads.
 */
export const PAGE_LENGTH_RATIO = 1.05;

export function roundedLength(words: number, ratio = PAGE_LENGTH_RATIO): number {
  if (ratio <= 1 || words <= 1) return words;
  return Math.round(ratio ** Math.round(Math.log(words) / Math.log(ratio)));
}

/**
 * A fragment's name: "<build>/<page in base 36>", with "_" before the number for a page without a
 * date and "~" for a page of example data (src/lib/search/ordering.ts reads both).
 */
export function fragmentName(build: string, page: number, dated: boolean, illustrative = false): string {
  return `${build}/${dated ? '' : '_'}${illustrative ? '~' : ''}${page.toString(36)}`;
}

type MetaPage = [string, number, string];
type MetaChunk = [string, string, string];
type Meta = [string, MetaPage[], MetaChunk[], [string, string][], [string, number[]][], string[]];

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

export interface MergeStats {
  pages: number;
  words: number;
  chunks: number;
}

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A short unique name like Pagefind's: "<lang>_" and the first 7 hex digits, longer on a collision. */
function uniqueName(lang: string, bytes: Uint8Array, taken: Set<string>, digits = 7): string {
  const full = hex(bytes);
  let n = digits;
  let name = `${lang}_${full.slice(0, n)}`;
  while (taken.has(name) && n < full.length) name = `${lang}_${full.slice(0, ++n)}`;
  taken.add(name);
  return name;
}

/** Pagefind's chunk bounds: each neighbouring pair trimmed to the shortest prefixes that tell them apart. */
export function chunkBounds(chunks: { first: string; last: string }[]): [string, string][] {
  const out = chunks.map((c) => [c.first, c.last] as [string, string]);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = [...(out[i] as [string, string])[1]];
    const b = [...(out[i + 1] as [string, string])[0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const aPrefix = a.slice(0, common + 1).join('');
    const bPrefix = b.slice(0, common + 1).join('');
    const cur = out[i] as [string, string];
    if (compareWords(aPrefix, cur[0]) >= 0) cur[1] = aPrefix;
    (out[i + 1] as [string, string])[0] = bPrefix;
  }
  return out;
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Hard-link (or copy) files, a few at a time in libuv's thread pool, while the main thread merges. */
async function linkAll(pairs: readonly [string, string][], parallel = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < pairs.length; i = next++) await linkOrCopy(...(pairs[i] as [string, string]));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/**
 * Merge the bundles in `shardDirs` (each a Pagefind output folder, in sort order) into `outDir`
 * (replaced). Files other than the index (pagefind.js, wasm, UI) are taken from the first shard.
 */
export async function mergeBundles(
  shardDirs: string[],
  outDir: string,
  chunkSize = CHUNK_SIZE,
  lengthRatio = PAGE_LENGTH_RATIO,
): Promise<MergeStats> {
  if (shardDirs.length === 0) throw new Error('no Pagefind shards to merge');
  const entries = shardDirs.map((d) => JSON.parse(readFileSync(join(d, 'pagefind-entry.json'), 'utf8')) as Entry);
  const version = entries[0]?.version ?? '';
  for (const [i, e] of entries.entries()) {
    if (e.version !== version) throw new Error(`${shardDirs[i]}: Pagefind ${e.version}, other shards ${version}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'index'), { recursive: true });
  mkdirSync(join(outDir, 'fragment'), { recursive: true });
  mkdirSync(join(outDir, 'filter'), { recursive: true });
  const first = shardDirs[0] as string;
  for (const f of readdirSync(first, { withFileTypes: true })) {
    if (f.isFile() && !f.name.endsWith('.pf_meta') && f.name !== 'pagefind-entry.json')
      copyFileSync(join(first, f.name), join(outDir, f.name));
  }
  for (const f of readdirSync(first, { withFileTypes: true })) {
    // Other folders Pagefind writes (e.g. the playground) are copied as they are.
    if (f.isDirectory() && !['index', 'fragment', 'filter'].includes(f.name)) copyDir(join(first, f.name), join(outDir, f.name));
  }

  const languages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort(compareWords);
  const entry: Entry = { version, languages: {}, include_characters: entries[0]?.include_characters };
  const stats: MergeStats = { pages: 0, words: 0, chunks: 0 };
  const taken = new Set<string>();

  for (const lang of languages) {
    const parts = shardDirs.flatMap((dir, i) => {
      const info = entries[i]?.languages[lang];
      if (!info) return [];
      const file = join(dir, `pagefind.${info.hash}.pf_meta`);
      return [{ dir, info, meta: readPagefindFile(readFileSync(file), file) as Meta }];
    });
    if (parts.some((p) => p.meta[0] !== version)) throw new Error(`Pagefind metadata of another version than ${version}`);
    const metaFields = [...new Set(parts.flatMap((p) => p.meta[5]))].sort(compareWords);
    for (const p of parts) {
      for (const [name] of p.meta[4]) if (name !== 'date') throw new Error(`Pagefind sort "${name}": only the date sort can be merged`);
    }

    // Page order: shard after shard; in a shard, Pagefind's date order, then undated pages.
    const orders = parts.map((p) => {
      const dated = p.meta[4].find(([name]) => name === 'date')?.[1] ?? [];
      const inSort = new Set(dated);
      return { undated: p.meta[1].map((_, i) => i).filter((i) => !inSort.has(i)), dated };
    });
    const perms = orders.map(({ undated, dated }) => {
      const perm: number[] = [];
      [...dated, ...undated].forEach((old, i) => (perm[old] = i));
      return perm;
    });
    const offsets: number[] = [];
    const sources: { file: string; words: number; dated: boolean }[] = [];
    const digest = createHash('sha256').update(version);
    parts.forEach((p, i) => {
      offsets.push(sources.length);
      const { undated, dated } = orders[i] as { undated: number[]; dated: number[] };
      const isDated = new Set(dated);
      for (const old of [...dated, ...undated]) {
        const [hash, words, group] = p.meta[1][old] as MetaPage;
        if (group) throw new Error('Pagefind fragment groups (--max-fragments) cannot be merged');
        digest.update(`${hash}\n`);
        sources.push({ file: join(p.dir, 'fragment', `${hash}.pf_fragment`), words, dated: isDated.has(old) });
      }
    });
    const build = digest.digest('hex').slice(0, 8);

    // Filters: value by value, pages in order.
    const filterValues = new Map<string, Map<string, number[]>>();
    parts.forEach((p, i) => {
      for (const [name, hash] of p.meta[3]) {
        const file = join(p.dir, 'filter', `${hash}.pf_filter`);
        const [, values] = readPagefindFile(readFileSync(file), file) as [string, [string, number[]][]];
        const merged = filterValues.get(name) ?? new Map<string, number[]>();
        filterValues.set(name, merged);
        for (const [value, list] of values) {
          const into = merged.get(value) ?? [];
          merged.set(value, into);
          for (const page of list) into.push((perms[i]?.[page] as number) + (offsets[i] ?? 0));
        }
      }
    });
    // Pages of example data are marked in their fragment names, not by a filter in the merged index.
    const examples = new Set(filterValues.get(EXAMPLE_FILTER.name)?.get(EXAMPLE_FILTER.value) ?? []);
    filterValues.delete(EXAMPLE_FILTER.name);
    mkdirSync(join(outDir, 'fragment', build), { recursive: true });
    const links: [string, string][] = [];
    const pages: MetaPage[] = sources.map((src, n) => {
      const name = fragmentName(build, n, src.dated, examples.has(n));
      links.push([src.file, join(outDir, 'fragment', `${name}.pf_fragment`)]);
      return [name, roundedLength(src.words, lengthRatio), ''];
    });
    const linked = linkAll(links);

    const filters: [string, string][] = [];
    for (const name of [...filterValues.keys()].sort(compareWords)) {
      const values = [...(filterValues.get(name) as Map<string, number[]>)].sort(([a], [b]) => compareWords(a, b));
      for (const [, list] of values) list.sort((a, b) => a - b);
      const bytes = pagefindFileBytes([name, values] as Cbor);
      const hash = uniqueName(lang, bytes, taken);
      writeFileSync(join(outDir, 'filter', `${hash}.pf_filter`), bytes);
      filters.push([name, hash]);
    }

    // Words: k-way merge of the shards' sorted words, cut into chunks as Pagefind cuts them.
    const merged = await mergeWords(
      parts.map((p, i) => {
        const fieldMap = p.meta[5].map((f) => metaFields.indexOf(f));
        return {
          files: p.meta[2].map(([, , hash]) => join(p.dir, 'index', `${hash}.pf_index`)),
          renumber: {
            page: (perms[i] as number[]).map((n) => n + (offsets[i] ?? 0)),
            field: fieldMap.every((to, from) => to === from) ? undefined : fieldMap,
          },
        };
      }),
      chunkSize,
    );
    stats.words += merged.words;
    // Named in order once compressed: a name's length depends on the names before it.
    const chunkFiles: { first: string; last: string; hash: string }[] = [];
    for (const c of merged.chunks) {
      const bytes = await c.bytes;
      const hash = uniqueName(lang, bytes, taken);
      writeFileSync(join(outDir, 'index', `${hash}.pf_index`), bytes);
      chunkFiles.push({ first: c.first, last: c.last, hash });
    }
    await linked;
    const bounds = chunkBounds(chunkFiles);
    const chunks: MetaChunk[] = chunkFiles.map((c, i) => [...(bounds[i] as [string, string]), c.hash]);

    // No sort table: the page numbers are the date order (see above).
    const meta: Meta = [version, pages, chunks, filters, [], metaFields];
    const metaBytes = pagefindFileBytes(meta as Cbor);
    const metaHash = `${lang}_${hex(metaBytes).slice(0, lang.length + 8)}`;
    writeFileSync(join(outDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    const wasm = parts.find((p) => p.info.wasm)?.info.wasm ?? null;
    entry.languages[lang] = { hash: metaHash, wasm, page_count: pages.length };
    stats.pages += pages.length;
    stats.chunks += chunks.length;
  }
  writeFileSync(join(outDir, 'pagefind-entry.json'), JSON.stringify(entry));
  return stats;
}

function copyDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from, { withFileTypes: true })) {
    if (f.isDirectory()) copyDir(join(from, f.name), join(to, f.name));
    else copyFileSync(join(from, f.name), join(to, f.name));
  }
}
