/** Reads data/editions.csv from disk (a missing file means no editions yet) and checks it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITIONS_TABLE } from '../lib/data/csv-schema.ts';
import { displayPath } from './barometer.ts';
import { decodeUtf8File } from '../lib/data/rules/encoding.ts';
import { readEditions, type EditionsResult } from '../lib/editions/editions-file.ts';

export function loadEditionsFile(dataDir: string, today: Date): EditionsResult {
  const path = join(dataDir, EDITIONS_TABLE.file);
  if (!existsSync(path)) return { editions: [], errors: [] };
  const file = displayPath(path);
  const { text, error } = decodeUtf8File(readFileSync(path), file, 'csv');
  if (error) return { editions: [], errors: [error] };
  return readEditions(text, file, today);
}
