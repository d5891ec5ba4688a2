/**
 * Read goals.csv and spending.csv from the data folder (each may be absent) and the letters they
 * validate them against the letters they may name (the check reads those: scripts/lib/check/letter-lookup.ts).
 * The file reading lives here; the rules are pure (validate.ts). Used by `npm run check`; pages use site-goals.ts.
 */
import { join } from 'node:path';
import { GOALS_TABLE, SPENDING_TABLE, type TableSpec } from '../lib/data/csv-schema.ts';
import { readInput } from './barometer.ts';
import { dataFilePresent } from './data-file.ts';
import type { ValidationError } from '../lib/data/errors.ts';
import type { CsvInput } from '../lib/data/validate.ts';
import type { GoalSources } from '../lib/goals/goal-context.ts';
import { validateGoals, type GoalResult } from '../lib/goals/validate.ts';

function optionalInput(dataDir: string, spec: TableSpec, errors: ValidationError[]): CsvInput | undefined {
  if (!dataFilePresent(join(dataDir, spec.file))) return undefined;
  const { input, error } = readInput(dataDir, spec.file);
  if (error) {
    errors.push(error);
    return undefined;
  }
  return input;
}

/** Which of the two files the data folder has, for the check's progress line. */
export function goalFilesPresent(dataDir: string): TableSpec[] {
  return [GOALS_TABLE, SPENDING_TABLE].filter((t) => dataFilePresent(join(dataDir, t.file)));
}

export function loadGoals(dataDir: string, sources: GoalSources): GoalResult {
  const unreadable: ValidationError[] = [];
  const goals = optionalInput(dataDir, GOALS_TABLE, unreadable);
  const spending = optionalInput(dataDir, SPENDING_TABLE, unreadable);
  const result = validateGoals({ goals, spending }, sources);
  return { ...result, errors: [...unreadable, ...result.errors] };
}
