/**
 * A published CSV file as JSON: one object per row, keys as in the CSV header, cells typed by the
 * column's spec (numbers as numbers, "ja"/"nej" as booleans) and every empty cell null, as /data/
 * says of all JSON files – the main series' breakdown too, so a reader needs no exception (the CSV's
 * Table Schema keeps its empty breakdown as a key value: missingValues []).
 */
import { BOOLEAN_VALUES } from '../data/csv-schema.ts';
import { parseNumber } from '../data/parse-number.ts';
import { readCsv } from '../data/read-csv.ts';
import type { PublishedDataset } from './published-dataset.ts';
import { ATTRIBUTION, LICENCE } from './licence.ts';
import { illustrativeCopy } from '../copy/illustrative.ts';
import { jsonFileText } from './json-text.ts';

export type JsonCell = string | number | boolean | null;
export type JsonRow = Record<string, JsonCell>;

export function typedRows(ds: PublishedDataset): JsonRow[] {
  const { table } = readCsv(ds.text, ds.csvPath);
  return table.rows.map((row) => {
    const out: JsonRow = {};
    table.header.forEach((name, i) => {
      const raw = (row.cells[i] ?? '').trim();
      const col = ds.spec.columns.find((c) => c.name === name);
      if (raw === '') out[name] = null;
      else if (col?.type === 'number') out[name] = parseNumber(raw, table.decimal) ?? raw;
      else if (col?.type === 'year') out[name] = /^\d{4}$/.test(raw) ? Number(raw) : raw;
      else if (col?.type === 'boolean') out[name] = raw in BOOLEAN_VALUES ? BOOLEAN_VALUES[raw as keyof typeof BOOLEAN_VALUES] : raw;
      else out[name] = raw;
    });
    return out;
  });
}

export interface DatasetJson {
  name: string;
  title: string;
  description: string;
  licence: typeof LICENCE;
  attribution: string;
  /** The Data Package that holds this resource's schema, relative to this file. */
  schema: string;
  rows: JsonRow[];
}

/** Rows marked as example data (illustrative = ja) and all rows; 0 example rows for a table without the column. */
export function exampleRows(ds: PublishedDataset): { example: number; all: number } {
  const rows = typedRows(ds);
  const hasColumn = ds.spec.columns.some((c) => c.name === 'illustrative');
  return { example: hasColumn ? rows.filter((r) => r.illustrative === true).length : 0, all: rows.length };
}

/**
 * The Danish mark a reader of the file sees (the column is the editors' English `illustrative`),
 * for the title and description; undefined when no row is example data.
 */
export function exampleDataNote(ds: PublishedDataset): string | undefined {
  return exampleRows(ds).example > 0 ? `${illustrativeCopy.chartNote}.` : undefined;
}

/** The JSON file /data/<name>.json publishes, byte for byte (datapackage.json gives its size and hash). */
export function datasetJsonText(ds: PublishedDataset): string {
  return jsonFileText(datasetJson(ds));
}

export function datasetJson(ds: PublishedDataset): DatasetJson {
  const note = exampleDataNote(ds);
  return {
    name: ds.name,
    title: note ? `${ds.spec.title} (${illustrativeCopy.mark})` : ds.spec.title,
    description: note ? `${ds.spec.description} ${note}` : ds.spec.description,
    licence: { ...LICENCE },
    attribution: ATTRIBUTION,
    schema: 'datapackage.json',
    rows: typedRows(ds),
  };
}
