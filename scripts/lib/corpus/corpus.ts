/**
 * Generate a complete corpus folder: <out>/content (the repository's own content plus N generated
 * letters), <out>/data (the repository's indicators and measurements plus generated ones up to M
 * indicators) and <out>/corpus.json with the counts and the search probes the benchmark types. The
 * corpus is thus a superset of the real site. Deterministic: same options and repository → same bytes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { letterSchema } from '../../../src/lib/content-schemas.ts';
import { GOALS_TABLE, INDICATORS_TABLE, MEASUREMENTS_TABLE, SPENDING_TABLE } from '../../../src/lib/data/csv-schema.ts';
import { RARE_WORDS } from './danish-bank.ts';
import { fromCsv, toCsv } from './csv.ts';
import { generateData } from './indicators.ts';
import { generateLetter, LAST_YEAR, type GeneratedLetter } from './letters.ts';
import { createPeople, termOf } from './people.ts';
import { createRng } from './prng.ts';
import { frontMatter } from './yaml.ts';

export interface CorpusOptions {
  letters: number;
  indicators: number;
  years: number;
  seed: string;
  out: string;
  /** The repository folder whose content/ (areas, pages, conferences, letters) is copied in. */
  repoRoot: string;
  onProgress?: (done: number, total: number) => void;
}

/** What the benchmark needs to know about a corpus without reading it. */
export interface CorpusManifest {
  seed: string;
  generatedLetters: number;
  copiedLetters: number;
  /** All indicators: the repository's own plus the generated ones. */
  indicators: number;
  generatedIndicators: number;
  years: number;
  measurements: number;
  words: number;
  /** Folders relative to the corpus folder (relative, so the manifest does not depend on where it lies). */
  contentDir: string;
  dataDir: string;
  /** Search probes: values known to be in the corpus. */
  probes: { word: string; inflection: string; name: string; caseNumber: string; rare: string; rareLetters: number };
}

function schemaErrors(letter: GeneratedLetter): string[] {
  const result = letterSchema.safeParse(letter.data);
  return result.success ? [] : result.error.issues.map((i) => `${letter.slug}: ${i.path.join('.')}: ${i.message}`);
}

export function generateCorpus(options: CorpusOptions): CorpusManifest {
  const out = resolve(options.out);
  const contentDir = join(out, 'content');
  const dataDir = join(out, 'data');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  // The real site's content first, so the corpus builds every page type the real site has.
  const repoContent = join(options.repoRoot, 'content');
  for (const sub of ['areas', 'pages', 'conferences', 'letters']) {
    const from = join(repoContent, sub);
    mkdirSync(join(contentDir, sub), { recursive: true });
    if (existsSync(from)) cpSync(from, join(contentDir, sub), { recursive: true });
  }
  const copiedLetters = readdirSync(join(contentDir, 'letters')).filter((f) => /\.mdx?$/.test(f)).length;

  // The real data first: the real letters point at its indicators, and it holds each area's main
  // indicator. Generated indicators fill up to the requested count.
  const readRepo = (file: string) => {
    const path = join(options.repoRoot, 'data', file);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  const realIndicators = fromCsv(INDICATORS_TABLE, readRepo(INDICATORS_TABLE.file), `data/${INDICATORS_TABLE.file}`);
  const realMeasurements = fromCsv(MEASUREMENTS_TABLE, readRepo(MEASUREMENTS_TABLE.file), `data/${MEASUREMENTS_TABLE.file}`);
  const areasWithMain = new Set(realIndicators.filter((r) => r.main === 'ja').map((r) => r.area ?? ''));

  const rng = createRng(options.seed);
  const data = generateData(rng.fork('data'), {
    indicators: Math.max(0, options.indicators - realIndicators.length),
    years: options.years,
    lastYear: LAST_YEAR - 1,
    areasWithMain,
  });
  const indicatorRows = [...realIndicators, ...data.indicators];
  const measurementRows = [...realMeasurements, ...data.measurements];
  writeFileSync(join(dataDir, INDICATORS_TABLE.file), toCsv(INDICATORS_TABLE, indicatorRows));
  writeFileSync(join(dataDir, MEASUREMENTS_TABLE.file), toCsv(MEASUREMENTS_TABLE, measurementRows));
  // The administrations' goals and spending as the real site has them (they cite the real letters above).
  for (const table of [GOALS_TABLE, SPENDING_TABLE]) {
    const text = readRepo(table.file);
    if (text) writeFileSync(join(dataDir, table.file), text);
  }

  const letterRng = rng.fork('letters');
  const people = createPeople(rng.fork('people'), termOf(LAST_YEAR) + 1);
  const usedNumbers = new Set<string>();
  const errors: string[] = [];
  let words = 0;
  let first: GeneratedLetter | undefined;
  const rareCount = new Map<string, number>();
  for (let i = 0; i < options.letters; i++) {
    const letter = generateLetter({ rng: letterRng, people, usedNumbers, indicatorsByArea: data.byArea });
    errors.push(...schemaErrors(letter));
    first ??= letter;
    words += letter.words;
    for (const w of RARE_WORDS) if (letter.body.includes(w)) rareCount.set(w, (rareCount.get(w) ?? 0) + 1);
    writeFileSync(join(contentDir, 'letters', `${letter.slug}.md`), `${frontMatter(letter.data)}\n${letter.body}`);
    if ((i + 1) % 500 === 0 || i + 1 === options.letters) options.onProgress?.(i + 1, options.letters);
  }
  if (errors.length) {
    throw new Error(
      `generate-corpus: ${errors.length} generated letters fail letterSchema (the schema has changed?):\n${errors.slice(0, 20).join('\n')}`,
    );
  }

  // The rarest word that occurs at all; with no letters, the first rare word (found nowhere).
  const rare = [...rareCount].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0] ?? [RARE_WORDS[0] ?? '', 0];
  const sender = first?.data.sender as { name?: string } | undefined;
  const manifest: CorpusManifest = {
    seed: options.seed,
    generatedLetters: options.letters,
    copiedLetters,
    indicators: indicatorRows.length,
    generatedIndicators: data.indicators.length,
    years: options.years,
    measurements: measurementRows.length,
    words,
    contentDir: 'content',
    dataDir: 'data',
    probes: {
      word: 'integrationspolitikken',
      inflection: 'konferencerne',
      name: sender?.name ?? '',
      caseNumber: String(first?.data.sagsnr ?? ''),
      rare: rare[0],
      rareLetters: rare[1],
    },
  };
  writeFileSync(join(out, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
