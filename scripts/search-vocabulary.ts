/**
 * After Pagefind (scripts/build.ts): the search page's vocabulary shards and filter counts, and
 * contiguous chunk bounds (scripts/lib/search/post-index.ts). Usage: node scripts/search-vocabulary.ts <site>
 */
import { resolve } from 'node:path';
import { writeSearchFiles } from './lib/search/post-index.ts';
import { siteSettings } from '../src/loaders/site-settings.ts';

await writeSearchFiles(resolve(process.argv[2] ?? 'dist'), siteSettings(process.env).base);
