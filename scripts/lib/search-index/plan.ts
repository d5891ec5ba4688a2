/**
 * Which pages go into which search-index shard. Pagefind holds every indexed word's positions for
 * all pages in memory while it indexes (about 300 KB a letter), so the site is indexed in shards of
 * at most `maxPages` pages, each by its own Pagefind process, and the shards are merged afterwards
 * (merge.ts). Shards follow the pages' sort date, so the merged date order is the shards' orders
 * one after another: one shard per year, a year with more pages split into runs of whole months;
 * undated pages last, in runs by path. (Pagefind gives every match of a quoted phrase the same
 * score, so those come in page order: documents by date, then area, indicator and other pages.) A new letter changes only its own year's shard(s), which is
 * what lets a warm rebuild re-index only those.
 */

export interface IndexedPage {
  /** Path of the HTML file, relative to the site folder, with forward slashes. */
  path: string;
  /** The page's `data-pagefind-sort="date:…"` value, if any (YYYY-MM-DD). */
  date?: string;
}

export interface Shard {
  /** Stable name: "udateret-1", "2009", "2009-04" (a part of a year starting in that month). */
  key: string;
  pages: IndexedPage[];
}

/** Pages per shard: Pagefind's memory while indexing is about 300 KB a page (≈ 1.2 GB). */
export const DEFAULT_MAX_PAGES = 4000;

const byPath = (a: IndexedPage, b: IndexedPage) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Consecutive runs of `items` with the same `unit`. */
function runs<T>(items: T[], unit: (x: T) => string): T[][] {
  const out: T[][] = [];
  for (const x of items) {
    const last = out.at(-1);
    if (last && unit(last[0] as T) === unit(x)) last.push(x);
    else out.push([x]);
  }
  return out;
}

/** Runs of the same `unit`, packed greedily up to `max` items (a unit is never split). */
function packUnits<T>(items: T[], unit: (x: T) => string, max: number): T[][] {
  const out: T[][] = [];
  for (const u of runs(items, unit)) {
    const last = out.at(-1);
    if (last && last.length + u.length <= max) last.push(...u);
    else out.push([...u]);
  }
  return out;
}

export function planShards(pages: IndexedPage[], maxPages = DEFAULT_MAX_PAGES): Shard[] {
  const undated = pages.filter((p) => !p.date).sort(byPath);
  const dated = pages
    .filter((p) => p.date)
    .sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : byPath(a, b)));
  const shards: Shard[] = [];
  const years = runs(dated, (p) => (p.date as string).slice(0, 4));
  for (const year of years) {
    const y = (year[0] as IndexedPage).date?.slice(0, 4) as string;
    if (year.length <= maxPages) {
      shards.push({ key: y, pages: year });
      continue;
    }
    for (const part of packUnits(year, (p) => (p.date as string).slice(0, 7), maxPages)) {
      shards.push({ key: (part[0] as IndexedPage).date?.slice(0, 7) as string, pages: part });
    }
  }
  for (let i = 0; i * maxPages < undated.length; i++)
    shards.push({ key: `udateret-${i + 1}`, pages: undated.slice(i * maxPages, (i + 1) * maxPages) });
  return shards;
}

const BODY = Buffer.from('data-pagefind-body');
const SORT_DATE = Buffer.from('data-pagefind-sort="date:');
const QUOTE = 0x22;

/** The character just before / at `at`, decoded from a few bytes around it (UTF-8 is at most 4 bytes a character). */
const charBefore = (html: Buffer, at: number) => html.toString('utf8', Math.max(0, at - 4), at);
const charAt = (html: Buffer, at: number) => html.toString('utf8', at, at + 4);

/**
 * What Pagefind reads from a page: whether it opts in with data-pagefind-body (after white space,
 * followed by white space, = or >), and its sort date (the first data-pagefind-sort="date:…" after
 * white space). Found in the bytes (the markers are ASCII), not in the page decoded to a string:
 * every page of the site is scanned on every build.
 */
export function scanPage(page: Uint8Array | string): { body: boolean; date?: string } {
  const html = typeof page === 'string' ? Buffer.from(page) : Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  let body = false;
  for (let i = html.indexOf(BODY); i >= 0 && !body; i = html.indexOf(BODY, i + 1))
    body = /\s$/.test(charBefore(html, i)) && /^[\s=>]/.test(charAt(html, i + BODY.length));
  let date: string | undefined;
  for (let i = html.indexOf(SORT_DATE); i >= 0; i = html.indexOf(SORT_DATE, i + 1)) {
    if (!/\s$/.test(charBefore(html, i))) continue;
    const end = html.indexOf(QUOTE, i + SORT_DATE.length);
    // No closing quote: no later marker either (each has a quote of its own).
    if (end >= 0) date = html.toString('utf8', i + SORT_DATE.length, end);
    break;
  }
  return date ? { body, date } : { body };
}
