/**
 * Rule: a data file stays within a size the site can publish. Each table is published several times
 * (the file as committed, per-indicator downloads, JSON, the pages), so one pasted document or a
 * whole workbook in a cell would multiply into hundreds of megabytes and a build that runs out of
 * memory. The size is read before the file is, so a huge file is refused without reading it.
 * The limit is far above today's largest file (measurements.csv, about 150 kB) and the benchmark's
 * 200 indicators × 20 years.
 */
import { formatBytes } from '../../attachments/format.ts';
import { formatNumber } from '../../format/danish-number.ts';
import type { ValidationError } from '../errors.ts';

export const MAX_DATA_FILE_BYTES = 10_000_000;

export function dataFileSizeError(file: string, bytes: number): ValidationError | undefined {
  if (bytes <= MAX_DATA_FILE_BYTES) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    message:
      'filen er for stor: sitet udgiver tabellen i flere formater, så en så stor fil ville gøre byggeriet langsomt og downloads og sider tunge',
    got: `${formatBytes(bytes)} (${formatNumber(bytes, 0)} byte)`,
    expected: `højst ${formatBytes(MAX_DATA_FILE_BYTES)} (${formatNumber(MAX_DATA_FILE_BYTES, 0)} byte) – se efter en celle med en hel indsat tekst eller et helt regneark, og gem filen igen`,
  };
}
