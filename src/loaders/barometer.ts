/** Read the data folder from disk and validate it. Sync reads: this runs once per build or check. */
import { join, relative } from 'node:path';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../lib/data/csv-schema.ts';
import type { ValidationError } from '../lib/data/errors.ts';
import { validateData, type CsvInput, type DataResult, type ValidateOptions } from '../lib/data/validate.ts';
import { readCsv } from '../lib/data/read-csv.ts';
import { decodeUtf8File } from '../lib/data/rules/encoding.ts';
import { readDataFile } from './data-file.ts';

/** A path as the editor sees it from the repository root (the working directory), with "/" separators. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split('\\').join('/');
}

export function readInput(dataDir: string, fileName: string): { input: CsvInput; error?: ValidationError } {
  const path = join(dataDir, fileName);
  const file = displayPath(path);
  const read = readDataFile(path, file);
  if (read.state === 'refused') return { input: { file, text: '' }, error: read.error };
  if (read.state === 'missing') {
    return {
      input: { file, text: '' },
      error: {
        file,
        line: 1,
        column: 1,
        message: 'filen findes ikke',
        expected: `en fil ${fileName} i datamappen ${displayPath(dataDir)}`,
      },
    };
  }
  // Bytes first: a file that is not UTF-8 gets one message naming its encoding, not follow-on errors.
  const { text, error } = decodeUtf8File(read.bytes, file, 'csv');
  return error ? { input: { file, text }, error } : { input: { file, text } };
}

export function loadBarometer(dataDir: string, options: ValidateOptions = {}): DataResult {
  const ind = readInput(dataDir, INDICATORS_TABLE.file);
  const mea = readInput(dataDir, MEASUREMENTS_TABLE.file);
  const unreadable = [ind.error, mea.error].filter((e): e is ValidationError => e !== undefined);
  if (unreadable.length > 0) return { barometer: { indicators: [], measurements: [] }, errors: unreadable, rows: 0 };
  return validateData(ind.input, mea.input, options);
}

/**
 * Every id written in indicators.csv, valid row or not: content cross-checks need the ids even when
 * another cell of the row is broken (that error is reported by the data check).
 */
export function readIndicatorIds(dataDir: string): Set<string> {
  const path = join(dataDir, INDICATORS_TABLE.file);
  // A link or an oversized file gives no ids: the data check reports it.
  const read = readDataFile(path, displayPath(path));
  if (read.state !== 'read') return new Set();
  const { table } = readCsv(read.bytes.toString('utf8'), displayPath(path));
  const column = table.header.indexOf('id');
  if (column < 0) return new Set();
  return new Set(table.rows.map((r) => (r.cells[column] ?? '').trim()).filter((id) => id !== ''));
}
