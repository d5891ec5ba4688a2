/**
 * The data dictionary on /data/: one row per CSV column, from the same csv-schema as the validator
 * (and download-specs.ts for the files derived from it).
 */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import { DOWNLOAD_TEXT } from '../copy/download-columns.ts';
import { LETTER_REFERENCE, type ColumnSpec, type ColumnType } from '../data/csv-schema.ts';
import { formatDanishNumber, formatNumber } from '../format/danish-number.ts';
import { UNIT_BOUND_COLUMNS, unitBounds } from './table-schema.ts';

export const TYPE_NAMES: Record<ColumnType, string> = OPEN_DATA_TEXT.typeNames;

export interface DictionaryRow {
  name: string;
  type: string;
  required: 'Ja' | 'Nej';
  description: string;
  allowed: string;
  example: string;
}

export function allowedValues(col: ColumnSpec): string {
  if (col.allowed) return col.allowed.join(', ');
  const words = OPEN_DATA_TEXT.allowed;
  if (col.type === 'period') return words.period;
  if (col.type === 'year') return words.year;
  if (col.type === 'indicator') return words.indicator;
  if (col.type === 'date') return words.date;
  if (col.type === 'expected-date') return words.expectedDate;
  if (col.type === 'letter') return LETTER_REFERENCE;
  if (col.minimum !== undefined) return words.atLeast(formatDanishNumber(col.minimum));
  if (col.type === 'url') return words.url;
  if ((UNIT_BOUND_COLUMNS as readonly string[]).includes(col.name)) return unitBounds().text;
  if (col.type === 'text' && col.maxLength !== undefined) return words.maxLength(formatNumber(col.maxLength, 0));
  return '–';
}

/** A data folder file (csv-schema.ts) or a derived download (download-specs.ts): the same row shape. */
export function dictionaryRows(spec: { columns: readonly (ColumnSpec & { sameAs?: string })[] }): DictionaryRow[] {
  return spec.columns.map((c) => ({
    name: c.name,
    type: TYPE_NAMES[c.type],
    required: c.required ? OPEN_DATA_TEXT.yes : OPEN_DATA_TEXT.no,
    // A download's column copied unchanged from a data folder file points there instead of repeating it.
    description: c.sameAs ? DOWNLOAD_TEXT.sameAs(c.sameAs) : c.description,
    allowed: allowedValues(c),
    example: c.example,
  }));
}
