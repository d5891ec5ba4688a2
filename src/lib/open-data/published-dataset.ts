/** One CSV file of the data folder as the site publishes it (read by src/loaders/datasets.ts). */
import type { TableSpec } from '../data/csv-schema.ts';

export interface PublishedDataset {
  spec: TableSpec;
  /** Resource name, e.g. "measurements". */
  name: string;
  /** Site paths (without base), e.g. "data/measurements.csv". */
  csvPath: string;
  jsonPath: string;
  /** The source file's bytes, published unchanged. */
  bytes: Buffer;
  text: string;
  delimiter: ';' | ',';
  decimal: ',' | '.';
  header: string[];
  sha256: string;
}
