/**
 * npm run build's search step: index the built site with Pagefind in shards of at most
 * SEARCH_SHARD_PAGES pages (default 4,000) and merge them into one Pagefind bundle in
 * <site>/pagefind/ (scripts/lib/search-index/). Unchanged shards are reused from the cache.
 * Usage: node scripts/search-index.ts <site> [--cache <dir>]
 */
import { join, resolve } from 'node:path';
import { indexInShards } from './lib/search-index/shards.ts';
import { siteSettings } from '../src/lib/site-settings.ts';

const args = process.argv.slice(2);
const site = resolve(args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--cache') ?? 'dist');
const cacheArg = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
const cacheDir = resolve(cacheArg ?? join(siteSettings(process.env).cacheDir, 'search-shards'));
const maxPages = Number(process.env.SEARCH_SHARD_PAGES) || undefined;
const concurrency = Number(process.env.SEARCH_SHARD_JOBS) || 2;

try {
  const started = performance.now();
  const r = await indexInShards({ site, cacheDir, maxPages, concurrency, log: (l) => console.log(l) });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `  Søgeindeks: ${r.pages.toLocaleString('da-DK')} sider i ${r.shards} dele (${r.indexed} indekseret, ${r.reused} genbrugt), ${r.words.toLocaleString('da-DK')} ord, flettet på ${secs} s`,
  );
} catch (err) {
  console.error(`Søgeindekset kunne ikke bygges: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
