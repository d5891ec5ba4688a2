/**
 * The measure behind npm run import:accuracy (scripts/import-accuracy.ts): run the importer over the archive's original letters and compare each
 * draft's front matter, field by field, with the published letter (content/letters, curated by
 * hand). A seed file is paired with the letter whose sourceFile names it. What the
 * archive knows about signers is read without the letter under test, so no answer leaks in.
 * Also scores the project's own test letters (test/fixtures/import/own, expected front matter in
 * *.expected.md). Prints the share of fields right and every field it got wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitFrontMatter } from '../check/front-matter.ts';
import { compareFields, score, type FieldResult } from './field-compare.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';
import { readKnownSenders } from './known-senders.ts';
import { parseLetter } from './parse-letter.ts';

export interface LetterScore {
  source: string;
  truth: string;
  results: FieldResult[];
}

function frontMatter(path: string): Record<string, unknown> {
  const { fm } = splitFrontMatter(readFileSync(path, 'utf8'), path);
  return (fm?.data ?? {}) as Record<string, unknown>;
}

/** Each seed text paired with its published letter, scored. */
export function scoreSeeds(seedDir: string, lettersDir: string, useArchive = true): LetterScore[] {
  const published = readdirSync(lettersDir).filter((f) => /\.mdx?$/.test(f));
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const truthFile = published.find((p) => frontMatter(join(lettersDir, p)).sourceFile === file);
      if (!truthFile) return [];
      const slug = truthFile.replace(/\.mdx?$/, '');
      const known = useArchive ? readKnownSenders(lettersDir, new Set([slug])) : new Map();
      const parsed = parseLetter(readFileSync(join(seedDir, file), 'utf8'), { known, sourceName: file, sourceKind: 'tekst' });
      return [{ source: file, truth: truthFile, results: compareFields(frontMatter(join(lettersDir, truthFile)), parsed.data) }];
    });
}

/** The project's own test letters: x.txt beside x.expected.md. */
export function scoreOwn(dir: string, lettersDir: string): LetterScore[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const truth = join(dir, file.replace(/\.txt$/, '.expected.md'));
      const parsed = parseLetter(readFileSync(join(dir, file), 'utf8'), {
        known: readKnownSenders(lettersDir),
        sourceName: file,
        sourceKind: 'tekst',
      });
      return { source: file, truth: basename(truth), results: compareFields(frontMatter(truth), parsed.data) };
    });
}

export const pct = (right: number, total: number) => `${total === 0 ? '–' : formatNumber((100 * right) / total, 1)} %`;
const WORD: Record<string, string> = { wrong: 'forkert', marked: 'markeret TODO', missing: 'mangler', extra: 'ekstra' };

export function printSet(title: string, letters: readonly LetterScore[]): { right: number; total: number } {
  console.log(`\n${title}\n`);
  console.log('| fil | publiceret brev | rigtige felter | andel |\n|---|---|---|---|');
  let right = 0;
  let total = 0;
  for (const l of letters) {
    const s = score(l.results);
    right += s.right;
    total += s.total;
    console.log(`| ${l.source} | ${l.truth} | ${s.right} af ${s.total} | ${pct(s.right, s.total)} |`);
  }
  console.log(`| **i alt** | | **${right} af ${total}** | **${pct(right, total)}** |`);
  const misses = letters.flatMap((l) => l.results.filter((r) => r.outcome !== 'right').map((r) => ({ ...r, source: l.source })));
  if (misses.length > 0) {
    console.log('\nIkke rigtige:');
    for (const m of misses)
      console.log(
        `- ${m.source}: \`${m.path}\` ${WORD[m.outcome]}${m.expected !== undefined ? ` – forventet »${m.expected}«` : ''}${m.got !== undefined ? `, fik »${m.got}«` : ''}`,
      );
  }
  return { right, total };
}
