/** The data dictionary on /data/: one row per CSV column, from the same csv-schema as the validator. */
import { LETTER_REFERENCE, type ColumnSpec, type ColumnType, type TableSpec } from '../data/csv-schema.ts';
import { formatDanishNumber } from '../format/danish-number.ts';
import { UNIT_BOUND_COLUMNS, unitBounds } from './table-schema.ts';

export const TYPE_NAMES: Record<ColumnType, string> = {
  id: 'id (a–z, 0–9, bindestreg)',
  text: 'tekst',
  url: 'webadresse',
  number: 'tal',
  period: 'periode',
  year: 'år',
  enum: 'fast liste',
  boolean: 'ja/nej',
  indicator: 'indikator-id',
  date: 'dato',
  'expected-date': 'dato, måned eller år',
  letter: 'brev',
};

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
  if (col.type === 'period') return 'ÅÅÅÅ, ÅÅÅÅK1–ÅÅÅÅK4 eller ÅÅÅÅ-MM';
  if (col.type === 'year') return 'ÅÅÅÅ';
  if (col.type === 'indicator') return 'et id fra indicators.csv';
  if (col.type === 'date') return 'ÅÅÅÅ-MM-DD';
  if (col.type === 'expected-date') return 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ';
  if (col.type === 'letter') return LETTER_REFERENCE;
  if (col.minimum !== undefined) return `${formatDanishNumber(col.minimum)} eller mere`;
  if (col.type === 'url') return 'https://… eller http://…';
  if ((UNIT_BOUND_COLUMNS as readonly string[]).includes(col.name)) return unitBounds().text;
  return '–';
}

export function dictionaryRows(spec: TableSpec): DictionaryRow[] {
  return spec.columns.map((c) => ({
    name: c.name,
    type: TYPE_NAMES[c.type],
    required: c.required ? 'Ja' : 'Nej',
    description: c.description,
    allowed: allowedValues(c),
    example: c.example,
  }));
}
