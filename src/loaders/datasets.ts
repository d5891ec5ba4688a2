/**
 * The datasets the site publishes: each CSV file of the data folder exactly as the editors
 * committed it (same bytes; a formula cell the check would refuse is neutralised, safe-csv.ts),
 * described by its spec in csv-schema.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_TABLES, type TableSpec } from '../lib/data/csv-schema.ts';
import { readCsv } from '../lib/data/read-csv.ts';
import { resourceName } from '../lib/open-data/table-schema.ts';
import { safeCsvBytes } from '../lib/open-data/safe-csv.ts';

import type { PublishedDataset } from '../lib/open-data/published-dataset.ts';
import { datasetPaths } from '../lib/routes.ts';

export type { PublishedDataset };

export function loadDataset(spec: TableSpec, dataDir: string): PublishedDataset {
  const file = join(dataDir, spec.file);
  const source = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  const { table } = readCsv(source.toString('utf8'), `data/${spec.file}`); // repository path, not a URL
  const bytes = safeCsvBytes(source, table.delimiter);
  const text = bytes.toString('utf8');
  const name = resourceName(spec.file);
  return {
    spec,
    name,
    ...datasetPaths(spec.file, name),
    bytes,
    text,
    delimiter: table.delimiter,
    decimal: table.decimal,
    header: table.header,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Every table of the data folder; a table the folder may leave out (optionalFile) only when it is there. */
export function loadDatasets(dataDir: string): PublishedDataset[] {
  // An optional file (editions, goals, spending) that is not there is not published as an empty dataset.
  return CSV_TABLES.filter((spec) => !spec.optionalFile || existsSync(join(dataDir, spec.file))).map((spec) => loadDataset(spec, dataDir));
}
