/**
 * After Pagefind (scripts/build.ts): the search page's vocabulary shards and filter counts, and
 * contiguous chunk bounds (scripts/lib/search/post-index.ts). Usage: node scripts/search-vocabulary.ts <site>
 */
import { join, resolve } from 'node:path';
import { writeSearchFiles } from './lib/search/post-index.ts';
import { shardBundles } from './lib/search-index/shards.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';

const site = resolve(process.argv[2] ?? 'dist');
const settings = siteSettings(process.env);
// The shard bundles scripts/search-index.ts merged (same cache folder), so their word lists are reused.
const shardDirs = shardBundles(join(settings.cacheDir, 'search-shards'), site);
await writeSearchFiles(site, settings.base, { shardDirs });
