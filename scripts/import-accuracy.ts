/**
 * npm run import:accuracy: run the importer over the archive's original letters and the project's own
 * test letters, compare each draft field by field with the published letter, print the share right
 * and every field it got wrong (scripts/lib/import/accuracy.ts). Exits 1 below 90 % on the archive.
 */
import { join } from 'node:path';
import { score } from './lib/import/field-compare.ts';
import { pct, printSet, scoreOwn, scoreSeeds } from './lib/import/accuracy.ts';

const seedDir = process.argv[2] ?? 'test/fixtures/import/seed';
const lettersDir = join(process.env.BAROMETER_CONTENT_DIR ?? 'content', 'letters');
const seeds = printSet(`Arkivets originale breve (${seedDir}) mod de publicerede breve i ${lettersDir}:`, scoreSeeds(seedDir, lettersDir));
const bare = scoreSeeds(seedDir, lettersDir, false).flatMap((l) => l.results);
const b = score(bare);
console.log(`\nUden arkivets viden om tidligere afsendere (kun brevets egen tekst): ${b.right} af ${b.total}, ${pct(b.right, b.total)}.`);
printSet('Projektets egne testbreve (test/fixtures/import/own):', scoreOwn('test/fixtures/import/own', lettersDir));
const share = seeds.total === 0 ? 0 : seeds.right / seeds.total;
console.log(`\nAndel rigtige felter i arkivets breve: ${pct(seeds.right, seeds.total)} (mål: mindst 90 %)`);
process.exitCode = seeds.total > 0 && share >= 0.9 ? 0 : 1;
