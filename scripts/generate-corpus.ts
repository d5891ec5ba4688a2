/**
 * npm run corpus -- --letters 5000 --indicators 200 --years 20 [--seed barometer] [--out DIR]
 *
 * Writes a generated corpus (content/ + data/ + corpus.json) outside the repository. Build the site
 * from it with BAROMETER_CONTENT_DIR=DIR/content BAROMETER_DATA_DIR=DIR/data npm run build.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus/corpus.ts';
import { seconds } from './lib/duration.ts';
import { formatNumber } from '../src/lib/format/danish-number.ts';

const { values } = parseArgs({
  options: {
    letters: { type: 'string', default: '500' },
    indicators: { type: 'string', default: '200' },
    years: { type: 'string', default: '20' },
    seed: { type: 'string', default: 'integrationsbarometeret' },
    out: { type: 'string' },
  },
});

function count(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} skal være et helt tal ≥ ${min}, fik "${raw}"`);
    process.exit(2);
  }
  return n;
}

const letters = count('letters', values.letters, 0);
const indicators = count('indicators', values.indicators, 6);
const years = count('years', values.years, 2);
const out = values.out ?? join(tmpdir(), 'integrationsbarometer-corpus', `${letters}-${indicators}-${years}-${values.seed}`);

const started = performance.now();
console.log(`Genererer korpus: ${letters} breve, ${indicators} indikatorer × ${years} år (seed "${values.seed}") → ${out}`);
try {
  const manifest = generateCorpus({
    letters,
    indicators,
    years,
    seed: values.seed,
    out,
    repoRoot: process.cwd(),
    onProgress: (done, total) => console.log(`  breve: ${done}/${total}`),
  });
  console.log(
    `Færdig på ${seconds(performance.now() - started)}: ${manifest.generatedLetters} genererede + ${manifest.copiedLetters} rigtige breve ` +
      `(${formatNumber(manifest.words, 0)} ord), ${manifest.indicators} indikatorer, ${manifest.measurements} målinger.`,
  );
  console.log(`BAROMETER_CONTENT_DIR=${join(out, 'content')} BAROMETER_DATA_DIR=${join(out, 'data')}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
