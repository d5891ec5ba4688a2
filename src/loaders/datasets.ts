/**
 * The datasets the site publishes: each CSV file of the data folder exactly as the editors
 * committed it (same bytes; a formula cell the check would refuse is neutralised, safe-csv.ts),
 * described by its spec in csv-schema.ts.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CSV_TABLES, type TableSpec } from '../lib/data/csv-schema.ts';
import { formatError } from '../lib/data/errors.ts';
import { dataFilePresent, readDataFile } from './data-file.ts';
import { readCsv } from '../lib/data/read-csv.ts';
import { resourceName } from '../lib/open-data/table-schema.ts';
import { safeCsvBytes } from '../lib/open-data/safe-csv.ts';

import type { PublishedDataset } from '../lib/open-data/published-dataset.ts';
import { datasetPaths } from '../lib/routes.ts';

export type { PublishedDataset };

export function loadDataset(spec: TableSpec, dataDir: string): PublishedDataset {
  const file = join(dataDir, spec.file);
  const shown = `data/${spec.file}`; // repository path, not a URL
  // A link, a folder or an oversized file is never published: the build stops with the check's message.
  const read = readDataFile(file, shown);
  if (read.state === 'refused') throw new Error(formatError(read.error));
  const source = read.state === 'read' ? read.bytes : Buffer.alloc(0);
  const { table } = readCsv(source.toString('utf8'), shown);
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
  return CSV_TABLES.filter((spec) => !spec.optionalFile || dataFilePresent(join(dataDir, spec.file))).map((spec) =>
    loadDataset(spec, dataDir),
  );
}
