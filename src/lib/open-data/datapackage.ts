/**
 * datapackage.json (Frictionless Data Package v2) for every published CSV file: one resource per
 * file with its dialect as actually written, a Table Schema from csv-schema.ts, size and hash,
 * the licence and the sources named in the indicator file.
 */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import type { PublishedDataset } from './published-dataset.ts';
import { ATTRIBUTION, LICENCE, PUBLISHER, SOURCE_TERMS } from './licence.ts';
import { EXTRACT_NOTE } from '../copy/source-terms.ts';
import { tableSchema, type TableSchema } from './table-schema.ts';
import { exampleDataNote, typedRows } from './table-json.ts';

export interface DataResource {
  $schema: string;
  name: string;
  title: string;
  description: string;
  path: string;
  type: 'table';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  dialect: { $schema: string; delimiter: string; header: true };
  schema: TableSchema;
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  homepage: string;
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; roles: string[] }[];
  sources: { title: string; path?: string }[];
  keywords: string[];
  resources: DataResource[];
}

/** Distinct sources from the indicator file's source / source_url columns, in file order. */
export function packageSources(datasets: PublishedDataset[]): { title: string; path?: string }[] {
  const indicators = datasets.find((d) => d.name === 'indicators');
  const seen = new Map<string, { title: string; path?: string }>();
  for (const row of indicators ? typedRows(indicators) : []) {
    const title = typeof row.source === 'string' ? row.source : '';
    if (!title || seen.has(title)) continue;
    const path = typeof row.source_url === 'string' && row.source_url ? row.source_url : undefined;
    seen.set(title, path ? { title, path } : { title });
  }
  return [...seen.values()];
}

/** `dataPageUrl`: absolute address of the /data/ page; resource paths are relative to it. */
export function dataPackage(datasets: PublishedDataset[], dataPageUrl: string): DataPackage {
  const words = OPEN_DATA_TEXT.package;
  // The licence is the compilation's; each source's publisher and terms go with it, as on /data/.
  const terms = [LICENCE.scope, ...SOURCE_TERMS.map((t) => words.sourceTerms(t.title, t.publisher, t.terms)), EXTRACT_NOTE].join(' ');
  const withGoals = datasets.some((d) => d.spec.optionalFile);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'integrationsbarometeret',
    title: words.title(PUBLISHER),
    description: `${words.description}${withGoals ? words.goalsDescription : ''}. ${ATTRIBUTION}. ${terms}`,
    homepage: dataPageUrl,
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.title }],
    contributors: [{ title: PUBLISHER, roles: ['publisher'] }],
    sources: packageSources(datasets),
    keywords: [...words.keywords, ...(withGoals ? words.goalsKeywords : [])],
    resources: datasets.map((ds) => ({
      $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
      name: ds.name,
      title: ds.spec.title,
      // The CSV file is the editors' own bytes; its description is where the package can say «Eksempeldata».
      description: [ds.spec.description, exampleDataNote(ds)].filter((t) => t !== undefined).join(' '),
      path: ds.csvPath.replace(/^data\//, ''),
      type: 'table',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: ds.bytes.length,
      hash: `sha256:${ds.sha256}`,
      dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', delimiter: ds.delimiter, header: true },
      schema: tableSchema(ds.spec, ds.decimal, ds.header),
    })),
  };
}
