/**
 * Read goals.csv and spending.csv from the data folder (each may be absent) and the letters they
 * may name from the content folder, and validate them. The file reading lives here; the rules are
 * pure (validate.ts). Used by `npm run check`; pages use site-goals.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GOALS_TABLE, SPENDING_TABLE, type TableSpec } from '../data/csv-schema.ts';
import { readInput } from '../data/load.ts';
import type { ValidationError } from '../data/errors.ts';
import type { CsvInput } from '../data/validate.ts';
import { letterSlugs, listContentFiles } from '../content-check/check-dir.ts';
import { splitFrontMatter } from '../content-check/front-matter.ts';
import { entryId, fileStem } from '../content-check/routes.ts';
import { caseNumberIndex, letterLookup, type LetterLookup } from './letter-lookup.ts';
import type { GoalSources } from './goal-context.ts';
import { validateGoals, type GoalResult } from './validate.ts';

/** The letters of the content folder by slug and case number; front matter is read only if asked. */
export function diskLetterLookup(contentDir: string): LetterLookup {
  return letterLookup(letterSlugs(contentDir), () => {
    const base = join(contentDir, 'letters');
    const letters = listContentFiles(contentDir)
      .filter((f) => f.collection === 'letters')
      .map((f) => {
        const data = splitFrontMatter(readFileSync(f.path, 'utf8'), f.path).fm?.data as { sagsnr?: unknown } | undefined;
        const sagsnr = typeof data?.sagsnr === 'string' ? data.sagsnr : undefined;
        return { slug: entryId(fileStem(relative(base, f.path))), sagsnr };
      });
    return caseNumberIndex(letters);
  });
}

function optionalInput(dataDir: string, spec: TableSpec, errors: ValidationError[]): CsvInput | undefined {
  if (!existsSync(join(dataDir, spec.file))) return undefined;
  const { input, error } = readInput(dataDir, spec.file);
  if (error) {
    errors.push(error);
    return undefined;
  }
  return input;
}

/** Which of the two files the data folder has, for the check's progress line. */
export function goalFilesPresent(dataDir: string): TableSpec[] {
  return [GOALS_TABLE, SPENDING_TABLE].filter((t) => existsSync(join(dataDir, t.file)));
}

export function loadGoals(dataDir: string, sources: GoalSources): GoalResult {
  const unreadable: ValidationError[] = [];
  const goals = optionalInput(dataDir, GOALS_TABLE, unreadable);
  const spending = optionalInput(dataDir, SPENDING_TABLE, unreadable);
  const result = validateGoals({ goals, spending }, sources);
  return { ...result, errors: [...unreadable, ...result.errors] };
}
