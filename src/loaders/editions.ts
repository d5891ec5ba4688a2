/** Reads data/editions.csv from disk (a missing file means no editions yet) and checks it. */
import { join } from 'node:path';
import { EDITIONS_TABLE } from '../lib/data/csv-schema.ts';
import { displayPath } from './barometer.ts';
import { readDataFile } from './data-file.ts';
import { decodeUtf8File } from '../lib/data/rules/encoding.ts';
import { readEditions, type EditionsResult } from '../lib/editions/editions-file.ts';

export function loadEditionsFile(dataDir: string, today: Date): EditionsResult {
  const path = join(dataDir, EDITIONS_TABLE.file);
  const file = displayPath(path);
  const read = readDataFile(path, file);
  if (read.state === 'missing') return { editions: [], errors: [] };
  if (read.state === 'refused') return { editions: [], errors: [read.error] };
  const { text, error } = decodeUtf8File(read.bytes, file, 'csv');
  if (error) return { editions: [], errors: [error] };
  return readEditions(text, file, today);
}
