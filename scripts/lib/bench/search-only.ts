/**
 * Search probe alone, on a site already built (e.g. kept with `npm run bench -- --keep`):
 *   npx node scripts/lib/bench/search-only.ts <dist> <corpus.json> [port] [typing delay ms]
 * For iterating on the search page without rebuilding 5,000 letters. BENCH_VERBOSE=1 lists the files fetched.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusManifest } from '../corpus/corpus.ts';
import { DEFAULT_TYPING_DELAY_MS, probeSearch } from './search-probe.ts';
import { serveStatic } from './static-server.ts';
import { fmt } from './table.ts';

const [dist, manifestFile, port = '4451', delay = String(DEFAULT_TYPING_DELAY_MS)] = process.argv.slice(2);
if (!dist || !manifestFile) {
  console.error('Brug: npx node scripts/lib/bench/search-only.ts <dist> <corpus.json> [port] [ms mellem tasteslag]');
  process.exit(2);
}
const p = (JSON.parse(readFileSync(manifestFile, 'utf8')) as CorpusManifest).probes;
const server = await serveStatic(resolve(dist), Number(port));
try {
  const probe = await probeSearch(
    server.url,
    [
      { label: 'ord', query: p.word },
      { label: 'bøjning', query: p.inflection },
      { label: 'navn', query: p.name },
      { label: 'sagsnr', query: p.caseNumber },
      { label: 'sjældent ord', query: p.rare },
    ],
    (q) => {
      if (process.env.BENCH_VERBOSE)
        for (const f of q.files.filter((f) => f.bytes > 1000)) console.log(`    ${fmt.kb(f.bytes).padStart(9)} ${f.path}`);
      console.log(
        `»${q.query}«: ${fmt.kb(q.bytes)} (indeks ${fmt.kb(q.byKind.index)}, fragmenter ${fmt.kb(q.byKind.fragment)}) i ${q.requests} svar, ` +
          `første resultat ${q.firstResultMs === undefined ? '–' : fmt.ms(q.firstResultMs)} (${q.status})`,
      );
    },
    Number(delay),
  );
  console.log(`Indlæsning af /soeg/: ${fmt.kb(probe.pageLoadBytes)}`);
} finally {
  await server.close();
}
