/** What /data/ prints: the datasets with their links and format, the dictionary, licence and citation. */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import { openDataCopy } from '../copy/pages.ts';
import type { PublishedDataset } from './published-dataset.ts';
import { dictionaryRows, type DictionaryRow } from './data-dictionary.ts';
import { ATTRIBUTION, citation, LICENCE, SOURCE_TERMS } from './licence.ts';
import { readCsv } from '../data/read-csv.ts';
import { exampleRows } from './table-json.ts';
import { DOWNLOAD_TEXT } from '../copy/download-columns.ts';
import { EXTRACT_NOTE } from '../copy/source-terms.ts';
import { lettersDataPaths } from '../routes.ts';
import { ARCHIVE_SPECS, DATASET_JSON_KEYS, DOWNLOAD_SPECS, type DownloadSpec, type JsonKey } from './download-specs.ts';

export interface DatasetView {
  name: string;
  title: string;
  description: string;
  file: string;
  /** The file name before its extension and the extension (».csv«): a phone may break the name only there. */
  fileParts: [string, string];
  /** The same for the JSON file (»indicators«, ».json«). */
  jsonParts: [string, string];
  csvPath: string;
  jsonPath: string;
  rowCount: number;
  rowsLabel: string;
  sizeLabel: string;
  formatLabel: string;
  dictionary: DictionaryRow[];
  /** Some rows are example data (illustrative = ja): the page marks the dataset »Eksempeldata«. */
  illustrative: boolean;
}

const kb = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const int = new Intl.NumberFormat('da-DK');

export function sizeLabel(bytes: number): string {
  return bytes < 1024 ? OPEN_DATA_TEXT.bytes(int.format(bytes)) : OPEN_DATA_TEXT.kilobytes(kb.format(bytes / 1024));
}

/** "UTF-8 med BOM, semikolon som skilletegn, decimalkomma" – as the file is actually written. */
export function formatLabel(ds: PublishedDataset): string {
  const bom = ds.bytes[0] === 0xef && ds.bytes[1] === 0xbb && ds.bytes[2] === 0xbf;
  return OPEN_DATA_TEXT.format(bom, ds.delimiter === ';', ds.decimal === ',');
}

/** »measurements.csv« → [»measurements«, ».csv«]; a name without a dot is all stem. */
export function splitExtension(file: string): [string, string] {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
}

export function datasetView(ds: PublishedDataset): DatasetView {
  const rowCount = readCsv(ds.text, ds.csvPath).table.rows.length;
  return {
    name: ds.name,
    title: ds.spec.title,
    description: ds.spec.description,
    file: ds.spec.file,
    fileParts: splitExtension(ds.spec.file),
    jsonParts: splitExtension(ds.jsonPath.slice(ds.jsonPath.lastIndexOf('/') + 1)),
    csvPath: ds.csvPath,
    jsonPath: ds.jsonPath,
    rowCount,
    rowsLabel: OPEN_DATA_TEXT.rows(int.format(rowCount), rowCount),
    sizeLabel: sizeLabel(ds.bytes.length),
    formatLabel: formatLabel(ds),
    dictionary: dictionaryRows(ds.spec),
    illustrative: exampleRows(ds).example > 0,
  };
}

/** A download derived from the data or content folder (download-specs.ts) in the dictionary. */
export interface DownloadView {
  name: string;
  title: string;
  description: string;
  /** Site paths with placeholders: "indikatorer/<id>/data.csv". */
  files: readonly string[];
  dictionary: DictionaryRow[];
}

export function downloadView(spec: DownloadSpec): DownloadView {
  return { name: spec.name, title: spec.title, description: spec.description, files: spec.files, dictionary: dictionaryRows(spec) };
}

/** One top-level key of the JSON files, and which files have it (as placeholders). */
export interface JsonKeyRow {
  key: JsonKey;
  description: string;
  files: string[];
}

/** Every key in the catalogue's order, with the JSON files that have it: the datasets' and the downloads'. */
export function jsonKeyRows(
  datasets: PublishedDataset[],
  specs: readonly DownloadSpec[] = [...DOWNLOAD_SPECS, ...ARCHIVE_SPECS],
): JsonKeyRow[] {
  const owners: { files: string[]; keys: readonly JsonKey[] }[] = [
    { files: datasets.map((d) => d.jsonPath), keys: DATASET_JSON_KEYS },
    ...specs.map((s) => ({ files: s.files.filter((f) => f.endsWith('.json')), keys: s.jsonKeys ?? [] })),
  ];
  return (Object.keys(DOWNLOAD_TEXT.jsonKeys) as JsonKey[]).map((key) => ({
    key,
    description: DOWNLOAD_TEXT.jsonKeys[key],
    files: owners.filter((o) => o.keys.includes(key)).flatMap((o) => o.files),
  }));
}

export interface DataPageView {
  datasets: DatasetView[];
  downloads: DownloadView[];
  /** The archive's own files (breve.csv), in a section of their own. */
  archive: DownloadView[];
  jsonKeys: JsonKeyRow[];
  licence: typeof LICENCE;
  attribution: string;
  sourceTerms: typeof SOURCE_TERMS;
  extractNote: string;
  citation: string;
}

export function dataPageView(datasets: PublishedDataset[], dataPageUrl: string, year: number): DataPageView {
  return {
    datasets: datasets.map(datasetView),
    downloads: DOWNLOAD_SPECS.map(downloadView),
    archive: ARCHIVE_SPECS.map(downloadView),
    jsonKeys: jsonKeyRows(datasets),
    licence: LICENCE,
    attribution: ATTRIBUTION,
    sourceTerms: SOURCE_TERMS,
    extractNote: EXTRACT_NOTE,
    citation: citation(openDataCopy.title, dataPageUrl, year),
  };
}

/** The archive's files as /data/ lists them: how many letters, and each file with its size. */
export interface LettersDataView {
  count: number;
  countLabel: string;
  files: { path: string; name: string; format: 'CSV' | 'JSON'; sizeLabel: string }[];
  illustrative: boolean;
}

/** `texts`: the published text of breve.csv and breve.json (letters-download.ts). */
export function lettersDataView(
  letters: readonly { data: { illustrative: boolean } }[],
  texts: { csv: string; json: string },
): LettersDataView {
  const paths = lettersDataPaths();
  const file = (path: string, format: 'CSV' | 'JSON', text: string) => ({
    path,
    name: path.split('/').at(-1) ?? path,
    format,
    sizeLabel: sizeLabel(Buffer.byteLength(text, 'utf8')),
  });
  return {
    count: letters.length,
    countLabel: int.format(letters.length),
    files: [file(paths.csvPath, 'CSV', texts.csv), file(paths.jsonPath, 'JSON', texts.json)],
    illustrative: letters.some((l) => l.data.illustrative),
  };
}
