/**
 * The search-index merge's word index done the plain way, as a test oracle for
 * scripts/lib/search-index/merge-words.ts (which copies locations through as bytes and gzips in the
 * thread pool): every shard file decoded to values, pages renumbered and re-sorted, meta fields
 * renumbered, words merged and cut into chunks, each chunk encoded to CBOR. This is what the merge
 * did before it was made faster, kept here so the fast one is checked against it byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeCbor, readPagefindFile, type Cbor } from '../../scripts/lib/search-index/cbor.ts';
import { compareWords } from '../../scripts/lib/search-index/merge-words.ts';

type PageEntry = [number, number[], number[]];
type Word = [string, PageEntry[], [string, PageEntry[]][]];
type Meta = [string, [string, number, string][], [string, string, string][], unknown, [string, number[]][], string[]];

function shardWords(dir: string, meta: Meta, offset: number, perm: number[], fieldMap: number[]): Word[] {
  const remap = fieldMap.every((to, from) => to === from) ? undefined : fieldMap;
  const fix = (pages: PageEntry[]) => {
    let page = 0;
    for (const p of pages) {
      page += p[0];
      p[0] = (perm[page] as number) + offset;
      if (remap && p[2].length) p[2] = p[2].map((m) => (m < 0 ? -((remap[-m - 1] ?? 0) + 1) : m));
    }
    pages.sort((a, b) => a[0] - b[0]);
  };
  return meta[2].flatMap(([, , hash]) => {
    const file = join(dir, 'index', `${hash}.pf_index`);
    const [words] = readPagefindFile(readFileSync(file), file) as [Word[]];
    for (const w of words) {
      fix(w[1]);
      for (const v of w[2]) fix(v[1]);
    }
    return words;
  });
}

const deltas = (pages: PageEntry[]): PageEntry[] => pages.map(([p, l, m], i) => [p - (pages[i - 1]?.[0] ?? 0), l, m]);

function locations(word: Word): number {
  let n = word[2].length;
  for (const p of [...word[1], ...word[2].flatMap((v) => v[1])]) n += p[1].length + p[2].length + 1;
  return n;
}

/** The merged word-index files' CBOR (without Pagefind's signature), in chunk order, for one language's shards. */
export function referenceWordChunks(shardDirs: readonly string[], lang: string, chunkSize: number): Buffer[] {
  const parts = shardDirs.map((dir) => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const file = join(dir, `pagefind.${entry.languages[lang]?.hash}.pf_meta`);
    return { dir, meta: readPagefindFile(readFileSync(file), file) as Meta };
  });
  const fields = [...new Set(parts.flatMap((p) => p.meta[5]))].sort(compareWords);
  let offset = 0;
  const streams = parts.map((p) => {
    const dated = p.meta[4].find(([name]) => name === 'date')?.[1] ?? [];
    const order = [...dated, ...p.meta[1].map((_, i) => i).filter((i) => !dated.includes(i))];
    const perm: number[] = [];
    order.forEach((old, i) => (perm[old] = i));
    const words = shardWords(
      p.dir,
      p.meta,
      offset,
      perm,
      p.meta[5].map((f) => fields.indexOf(f)),
    );
    offset += p.meta[1].length;
    return words;
  });
  const out: Buffer[] = [];
  let chunk: Word[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length) out.push(encodeCbor([chunk.map(([w, ps, vs]) => [w, deltas(ps), vs.map(([f, vp]) => [f, deltas(vp)])])] as Cbor));
    chunk = [];
    size = 0;
  };
  for (;;) {
    const heads = streams.filter((s) => s.length > 0).map((s) => (s[0] as Word)[0]);
    if (heads.length === 0) break;
    const min = heads.reduce((a, b) => (compareWords(a, b) <= 0 ? a : b));
    let word: Word | undefined;
    for (const s of streams) {
      if (s[0]?.[0] !== min) continue;
      const w = s.shift() as Word;
      if (!word) word = w;
      else {
        word[1].push(...w[1]);
        for (const [form, vp] of w[2]) {
          const v = word[2].find(([f]) => f === form);
          if (v) v[1].push(...vp);
          else word[2].push([form, vp]);
        }
      }
    }
    const n = locations(word as Word);
    if (n >= chunkSize) flush();
    chunk.push(word as Word);
    size += n;
    if (size >= chunkSize) flush();
  }
  flush();
  return out;
}
