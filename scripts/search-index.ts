/**
 * npm run build's search step: index the built site with Pagefind in shards of at most
 * SEARCH_SHARD_PAGES pages (default 4,000) and merge them into one Pagefind bundle in
 * <site>/pagefind/ (scripts/lib/search-index/). Unchanged shards are reused from the cache.
 * Usage: node scripts/search-index.ts <site> [--cache <dir>]
 */
import { join, resolve } from 'node:path';
import { indexInShards } from './lib/search-index/shards.ts';
import { astroPageCopies } from './lib/build/astro-cache.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';
import { formatNumber } from '../src/lib/format/danish-number.ts';
import { seconds } from './lib/duration.ts';

const args = process.argv.slice(2);
const site = resolve(args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--cache') ?? 'dist');
const cacheArg = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
const settings = siteSettings(process.env);
const cacheDir = resolve(cacheArg ?? join(settings.cacheDir, 'search-shards'));
// Astro's cached page copies (its incremental build keeps them in <cacheDir>/dist): pages whose copy
// did not change since the last build are not read again (scripts/lib/search-index/page-memo.ts).
const pageCopies = astroPageCopies(settings.cacheDir);
const maxPages = Number(process.env.SEARCH_SHARD_PAGES) || undefined;
const concurrency = Number(process.env.SEARCH_SHARD_JOBS) || 2;

try {
  const started = performance.now();
  const r = await indexInShards({ site, cacheDir, maxPages, concurrency, pageCopies, log: (l) => console.log(l) });
  console.log(
    `  Søgeindeks: ${formatNumber(r.pages, 0)} sider i ${r.shards} dele (${r.indexed} indekseret, ${r.reused} genbrugt; ${formatNumber(r.pagesRead, 0)} sider læst), ${formatNumber(r.words, 0)} ord, flettet på ${seconds(performance.now() - started)}`,
  );
} catch (err) {
  console.error(`Søgeindekset kunne ikke bygges: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
