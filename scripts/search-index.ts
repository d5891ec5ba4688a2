/**
 * npm run build's search step: index the built site with Pagefind in shards of at most
 * SEARCH_SHARD_PAGES pages (default 4,000) and merge them into one Pagefind bundle in
 * <site>/pagefind/ (scripts/lib/search-index/). Unchanged shards are reused from the cache.
 * Usage: node scripts/search-index.ts <site> [--cache <dir>] [--part-cache <Astro cache of another build part>]…
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexInShards } from './lib/search-index/shards.ts';
import { astroPageCopies } from './lib/build/astro-cache.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';
import { formatNumber } from '../src/lib/format/danish-number.ts';
import { seconds } from './lib/duration.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cache: { type: 'string' }, 'part-cache': { type: 'string', multiple: true } },
});
const site = resolve(positionals[0] ?? 'dist');
const settings = siteSettings(process.env);
const cacheDir = resolve(values.cache ?? join(settings.cacheDir, 'search-shards'));
// Astro's cached page copies (its incremental build keeps them in <cacheDir>/dist): pages whose copy
// did not change since the last build are not read again (scripts/lib/search-index/page-memo.ts).
// After a build in parts, the other parts' copies are moved into that folder while this runs.
const pageCopies = [...(values['part-cache'] ?? []).map((d) => astroPageCopies(resolve(d))), astroPageCopies(settings.cacheDir)];
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
