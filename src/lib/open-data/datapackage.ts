/**
 * datapackage.json (Frictionless Data Package v2) for every published download: each data folder
 * file as CSV (dialect as actually written, a Table Schema from csv-schema.ts) and as JSON, and every
 * file the site derives from them (download-specs.ts), each with its size and hash; the licence and
 * the sources named in the indicator file hold for them all.
 */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import type { PublishedDataset } from './published-dataset.ts';
import { ATTRIBUTION, LICENCE, PUBLISHER, SOURCE_TERMS } from './licence.ts';
import { EXTRACT_NOTE } from '../copy/source-terms.ts';
import { jsonTableSchema, tableSchema } from './table-schema.ts';
import { csvDialect, downloadResource, JSON_DIALECT, siteRootOf, type DataResource } from './data-resource.ts';
import type { DownloadFile } from './download-files.ts';
import { fileDigest } from './download-text.ts';
import { datasetJsonText, exampleDataNote, typedRows } from './table-json.ts';

export type { DataResource } from './data-resource.ts';

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

/** A data folder file's CSV resource and its JSON twin's, each with the size and hash of the file as published. */
function datasetResources(ds: PublishedDataset): DataResource[] {
  const json = fileDigest(datasetJsonText(ds));
  const note = exampleDataNote(ds);
  // The CSV file is the editors' own bytes; its description is where the package can say »Eksempeldata«.
  const description = [ds.spec.description, note].filter((t) => t !== undefined).join(' ');
  const base = { $schema: 'https://datapackage.org/profiles/2.0/dataresource.json', type: 'table', encoding: 'utf-8' } as const;
  return [
    {
      ...base,
      name: ds.name,
      title: ds.spec.title,
      description,
      path: ds.csvPath.replace(/^data\//, ''),
      format: 'csv',
      mediatype: 'text/csv',
      bytes: ds.bytes.length,
      hash: `sha256:${ds.sha256}`,
      dialect: csvDialect(ds.delimiter),
      schema: tableSchema(ds.spec, ds.decimal, ds.header),
    },
    {
      ...base,
      name: `${ds.name}-json`,
      title: OPEN_DATA_TEXT.package.jsonTitle(ds.spec.title),
      description: [OPEN_DATA_TEXT.package.jsonDescription(ds.spec.file), note].filter((t) => t !== undefined).join(' '),
      path: ds.jsonPath.replace(/^data\//, ''),
      format: 'json',
      mediatype: 'application/json',
      bytes: json.bytes,
      hash: json.hash,
      dialect: JSON_DIALECT,
      schema: jsonTableSchema(ds.spec, ds.header),
    },
  ];
}

/**
 * `dataPageUrl`: absolute address of the /data/ page; the data folder's resource paths are relative
 * to it. `downloads`: the files derived from it (download-files.ts), each a resource too.
 */
export function dataPackage(datasets: PublishedDataset[], dataPageUrl: string, downloads: readonly DownloadFile[] = []): DataPackage {
  const words = OPEN_DATA_TEXT.package;
  // The licence is the compilation's; each source's publisher and terms go with it, as on /data/.
  const terms = [LICENCE.scope, ...SOURCE_TERMS.map((t) => words.sourceTerms(t.title, t.publisher, t.terms)), EXTRACT_NOTE].join(' ');
  const withGoals = datasets.some((d) => d.spec.optionalFile);
  const derived = downloads.length > 0 ? ` ${words.downloadsDescription}` : '';
  const root = siteRootOf(dataPageUrl);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'integrationsbarometeret',
    title: words.title(PUBLISHER),
    description: `${words.description}${withGoals ? words.goalsDescription : ''}. ${ATTRIBUTION}. ${terms}${derived}`,
    homepage: dataPageUrl,
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.title }],
    contributors: [{ title: PUBLISHER, roles: ['publisher'] }],
    sources: packageSources(datasets),
    keywords: [...words.keywords, ...(withGoals ? words.goalsKeywords : [])],
    resources: [...datasets.flatMap(datasetResources), ...downloads.map((f) => downloadResource(f, root))],
  };
}
