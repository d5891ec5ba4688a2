/** What /data/ prints: the datasets with their links and format, the dictionary, licence and citation. */
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import { openDataCopy } from '../copy/pages.ts';
import type { PublishedDataset } from './published-dataset.ts';
import { dictionaryRows, type DictionaryRow } from './data-dictionary.ts';
import { ATTRIBUTION, citation, LICENCE, SOURCE_TERMS } from './licence.ts';
import { readCsv } from '../data/read-csv.ts';
import { exampleRows } from './table-json.ts';

export interface DatasetView {
  name: string;
  title: string;
  description: string;
  file: string;
  csvPath: string;
  jsonPath: string;
  rowCount: number;
  rowsLabel: string;
  sizeLabel: string;
  formatLabel: string;
  dictionary: DictionaryRow[];
  /** Some rows are example data (illustrative = ja): the page marks the dataset «Eksempeldata». */
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

export function datasetView(ds: PublishedDataset): DatasetView {
  const rowCount = readCsv(ds.text, ds.csvPath).table.rows.length;
  return {
    name: ds.name,
    title: ds.spec.title,
    description: ds.spec.description,
    file: ds.spec.file,
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

export interface DataPageView {
  datasets: DatasetView[];
  licence: typeof LICENCE;
  attribution: string;
  sourceTerms: typeof SOURCE_TERMS;
  citation: string;
}

export function dataPageView(datasets: PublishedDataset[], dataPageUrl: string, year: number): DataPageView {
  return {
    datasets: datasets.map(datasetView),
    licence: LICENCE,
    attribution: ATTRIBUTION,
    sourceTerms: SOURCE_TERMS,
    citation: citation(openDataCopy.title, dataPageUrl, year),
  };
}
