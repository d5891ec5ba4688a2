/** Read the data folder from disk and validate it. Sync reads: this runs once per build or check. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Barometer } from '../model.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from './csv-schema.ts';
import type { ValidationError } from './errors.ts';
import { validateData, type CsvInput } from './validate.ts';

/** A path as the editor sees it from the repository root (the working directory), with "/" separators. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split('\\').join('/');
}

function readInput(dataDir: string, fileName: string): { input: CsvInput; error?: ValidationError } {
  const path = join(dataDir, fileName);
  const file = displayPath(path);
  if (!existsSync(path)) {
    return { input: { file, text: '' }, error: { file, line: 1, column: 1, message: 'filen findes ikke', expected: `en fil ${fileName} i datamappen ${displayPath(dataDir)}` } };
  }
  return { input: { file, text: readFileSync(path, 'utf8') } };
}

export function loadBarometer(dataDir: string): { barometer: Barometer; errors: ValidationError[] } {
  const ind = readInput(dataDir, INDICATORS_TABLE.file);
  const mea = readInput(dataDir, MEASUREMENTS_TABLE.file);
  const missing = [ind.error, mea.error].filter((e): e is ValidationError => e !== undefined);
  if (missing.length > 0) return { barometer: { indicators: [], measurements: [] }, errors: missing };
  return validateData(ind.input, mea.input);
}
