/**
 * A resource of datapackage.json (Frictionless Data Package v2): a CSV file with its dialect as
 * written, or a JSON file whose rows lie under the key `rows` (the v2 Table Dialect's `property`),
 * each with a Table Schema from the spec its writer takes its columns from.
 */
import { illustrativeCopy } from '../copy/illustrative.ts';
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import { dataPath } from '../routes.ts';
import type { DownloadFile } from './download-files.ts';
import { jsonTableSchema, tableSchema, type TableSchema } from './table-schema.ts';

interface ResourceBase {
  $schema: string;
  name: string;
  title: string;
  description: string;
  /** Relative to datapackage.json for the data folder's files; an absolute URL for a derived file. */
  path: string;
  type: 'table';
  encoding: 'utf-8';
  /** Size and sha256 of the file as published (download-text.ts makes a derived file's text for them). */
  bytes?: number;
  hash?: string;
  schema: TableSchema;
}

export interface CsvResource extends ResourceBase {
  format: 'csv';
  mediatype: 'text/csv';
  dialect: { $schema: string; delimiter: string; header: true };
}

export interface JsonResource extends ResourceBase {
  format: 'json';
  mediatype: 'application/json';
  dialect: { $schema: string; property: 'rows'; itemType: 'object' };
}

export type DataResource = CsvResource | JsonResource;

const RESOURCE = 'https://datapackage.org/profiles/2.0/dataresource.json';
const DIALECT = 'https://datapackage.org/profiles/2.0/tabledialect.json';

export function csvDialect(delimiter: string): CsvResource['dialect'] {
  return { $schema: DIALECT, delimiter, header: true };
}
export const JSON_DIALECT: JsonResource['dialect'] = { $schema: DIALECT, property: 'rows', itemType: 'object' };

/** The site's root address (with its base) from the /data/ page's, which datapackage.json names as homepage. */
export function siteRootOf(dataPageUrl: string): string {
  return dataPageUrl.endsWith(dataPath()) ? dataPageUrl.slice(0, -dataPath().length) : dataPageUrl;
}

/** "indikatorer/kultur-valgdeltagelse/data.csv" → "indikatorer-kultur-valgdeltagelse-data-csv": unique as the path is. */
export function downloadResourceName(path: string): string {
  return path.replace(/[/.]/g, '-');
}

/**
 * A derived file as a resource. It lives outside /data/, and a Data Package path may not climb out of
 * the package's folder ("../" is refused as unsafe), so its path is the file's absolute address.
 */
export function downloadResource(file: DownloadFile, siteRoot: string): DataResource {
  const note = file.illustrative ? ` ${file.spec.exampleNote ?? illustrativeCopy.chartNote}.` : '';
  const json = file.path.endsWith('.json');
  const title = `${file.spec.title} – ${file.label}`;
  const base = {
    $schema: RESOURCE,
    name: downloadResourceName(file.path),
    title: json ? OPEN_DATA_TEXT.package.jsonTitle(title) : title,
    description: `${file.spec.description}${note}`,
    path: new URL(file.path, siteRoot).href,
    type: 'table',
    encoding: 'utf-8',
    ...(file.digest ? { bytes: file.digest.bytes, hash: file.digest.hash } : {}),
  } as const;
  if (json) return { ...base, format: 'json', mediatype: 'application/json', dialect: JSON_DIALECT, schema: jsonTableSchema(file.spec) };
  // Derived CSV files are written by excelCsv/danishCsv: ";" and decimal comma, header from the spec.
  return { ...base, format: 'csv', mediatype: 'text/csv', dialect: csvDialect(';'), schema: tableSchema(file.spec, ',') };
}
