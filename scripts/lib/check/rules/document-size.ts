/**
 * Rule: a document fits on one page of the site. Every document is one HTML page, and no page may
 * pass 150 KB (product.md): a 2 MB letter body was published whole, in the page and the search
 * index. The limit leaves room for the page's own markup and is far above today's documents (the
 * longest real one is 6.5 KB, the benchmark's letters up to 12 KB). The size is known before the
 * file is read as text, so such a file is refused without parsing it.
 */
import { formatBytes } from '../../../../src/lib/attachments/format.ts';
import { formatNumber } from '../../../../src/lib/format/danish-number.ts';
import type { ValidationError } from '../../../../src/lib/data/errors.ts';

export const MAX_DOCUMENT_BYTES = 100_000;

export function documentSizeError(file: string, bytes: number): ValidationError | undefined {
  if (bytes <= MAX_DOCUMENT_BYTES) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    message: 'dokumentet er for stort til én side på sitet, som højst må fylde 150 kB',
    got: `${formatBytes(bytes)} (${formatNumber(bytes, 0)} byte)`,
    expected: `højst ${formatBytes(MAX_DOCUMENT_BYTES)} (${formatNumber(MAX_DOCUMENT_BYTES, 0)} byte) – del teksten i flere dokumenter, eller læg det lange dokument som bilag (original) og skriv et resumé i brevet`,
  };
}
