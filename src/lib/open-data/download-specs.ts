/**
 * The downloads the site derives from the data folder (per indicator, per administration, per status
 * report), defined once as data like csv-schema.ts defines the folder's own files: the code that
 * writes each file takes its header from here, and /data/ prints its dictionary from here, so a
 * column cannot be published without being described. Columns shared with data/ reuse that spec.
 */
import { DOWNLOAD_TEXT } from '../copy/download-columns.ts';
import { illustrativeCopy } from '../copy/illustrative.ts';
import { COLOUR_NAME, OUTCOME_LABEL } from '../copy/status.ts';
import {
  columnSpec,
  GOALS_TABLE,
  ID_PATTERN,
  INDICATORS_TABLE,
  MEASUREMENTS_TABLE,
  PERIOD_PATTERN,
  SPENDING_TABLE,
  type ColumnSpec,
  type TableSpec,
} from '../data/csv-schema.ts';
import { AREA_IDS, AREAS } from '../registry/areas.ts';
import { COVERAGE } from '../registry/coverage.ts';
import { municipality } from '../registry/municipalities.ts';
import { organisationName } from '../registry/organisations.ts';
import { downloadPathTemplates, lettersDataPaths } from '../routes.ts';
import { ROW_COVERAGE_VALUES } from './row-coverage.ts';

/** A JSON file's top-level keys, described on /data/ (DOWNLOAD_TEXT.jsonKeys). */
export type JsonKey = keyof typeof DOWNLOAD_TEXT.jsonKeys;

/** A column of a download; `sameAs` names the data folder file whose column it copies unchanged. */
export interface DownloadColumn extends ColumnSpec {
  sameAs?: string;
}

export interface DownloadSpec {
  /** The anchor on /data/ (#ordbog-<name>). */
  name: string;
  title: string;
  description: string;
  /** The files as site paths with placeholders, e.g. "indikatorer/<id>/data.csv"; each .json has its .csv beside it. */
  files: readonly string[];
  /** In the files' order: the CSV header, and the keys of every JSON row. */
  columns: readonly DownloadColumn[];
  /** Top-level keys of the JSON file; absent when there is none. */
  jsonKeys?: readonly JsonKey[];
  /** What datapackage.json adds to the description of a file with example rows; else the chart note. */
  exampleNote?: string;
}

/**
 * Nested keys a JSON file may hold under a top-level key; `indicator` holds indicators.csv's columns.
 * The download audit (scripts/lib/quality/download-audit.ts) refuses any other.
 */
export const JSON_SUBKEYS: Partial<Record<JsonKey, readonly string[]>> = {
  licence: ['id', 'title', 'url', 'scope'],
  indicator: INDICATORS_TABLE.columns.map((c) => c.name),
  administration: ['abbr', 'name'],
  totals: ['budget_year', 'amount', 'illustrative'],
};

/** The site-wide datasets' JSON files (/data/<name>.json). */
export const DATASET_JSON_KEYS: readonly JsonKey[] = ['name', 'title', 'description', 'licence', 'attribution', 'schema', 'rows'];

const w = DOWNLOAD_TEXT.columns;
const files = downloadPathTemplates(DOWNLOAD_TEXT.placeholders);
// A column copied from a data folder file: the dictionary points to that file's description.
const from =
  (table: TableSpec) =>
  (name: string): DownloadColumn => ({ ...columnSpec(table, name), optionalInHeader: false, sameAs: table.file });
const m = from(MEASUREMENTS_TABLE);
const g = from(GOALS_TABLE);
const s = from(SPENDING_TABLE);

// Not indicators.csv's enum: a row for another place says whom it covers there (row-coverage.ts).
const everyone = COVERAGE['alle københavnere'];
const coverage: ColumnSpec = {
  ...columnSpec(INDICATORS_TABLE, 'coverage'),
  required: false,
  optionalInHeader: false,
  allowed: ROW_COVERAGE_VALUES,
  description: w.coverage(everyone.label, everyone.elsewhere),
};
const administrationName: ColumnSpec = {
  name: 'administration_name',
  type: 'text',
  required: true,
  example: organisationName('BUF'),
  description: w.administrationName,
};
const colours = Object.keys(COLOUR_NAME);
const labels = [...new Set(Object.values(OUTCOME_LABEL))];

export const INDICATOR_DATA: DownloadSpec = {
  name: 'indikator-data',
  ...DOWNLOAD_TEXT.indicatorData,
  files: files.indicatorData,
  columns: [...MEASUREMENTS_TABLE.columns.map((c) => m(c.name)), coverage],
  jsonKeys: ['indicator', 'licence', 'attribution', 'rows'],
};

export const COMPARISON: DownloadSpec = {
  name: 'sammenligning',
  ...DOWNLOAD_TEXT.comparison,
  files: files.comparison,
  columns: [
    m('indicator'),
    m('period'),
    { ...columnSpec(MEASUREMENTS_TABLE, 'geo'), required: true, optionalInHeader: false, description: w.comparisonGeo },
    { name: 'municipality', type: 'text', required: true, example: municipality('101').name, description: w.municipality },
    m('value'),
    m('flag'),
    m('note'),
    m('source'),
    m('source_url'),
    coverage,
  ],
  jsonKeys: ['indicator', 'licence', 'attribution', 'rows'],
};

export const ADMINISTRATION_SPENDING: DownloadSpec = {
  name: 'forvaltning-udgifter',
  ...DOWNLOAD_TEXT.administrationSpending,
  files: files.administrationSpending,
  columns: SPENDING_TABLE.columns.map((c) => s(c.name)),
  jsonKeys: ['administration', 'unit', 'licence', 'attribution', 'totals', 'rows'],
};

export const REPORT_GOALS: DownloadSpec = {
  name: 'statusrapport-maal',
  ...DOWNLOAD_TEXT.reportGoals,
  files: files.reportGoals,
  columns: [
    g('budget_year'),
    g('administration'),
    administrationName,
    g('id'),
    g('kind'),
    g('title'),
    g('area'),
    g('indicator'),
    g('target'),
    g('target_unit'),
    g('status'),
    g('status_text'),
    g('realistic'),
    g('initiatives'),
    g('source_document'),
    g('illustrative'),
    {
      name: 'url',
      type: 'url',
      required: true,
      example: 'https://www.kk.dk/forvaltninger/boerne-og-ungdom/buf-2008-sprogvurdering/',
      description: w.goalUrl,
    },
  ],
};

export const REPORT_AREAS: DownloadSpec = {
  name: 'statusrapport-omraader',
  ...DOWNLOAD_TEXT.reportAreas,
  files: files.reportAreas,
  columns: [
    { name: 'year', type: 'year', required: true, example: '2008', description: w.reportYear },
    { name: 'area', type: 'enum', required: true, allowed: AREA_IDS, example: AREA_IDS[0], description: w.area },
    { name: 'area_name', type: 'text', required: true, example: AREAS[0]!.name, description: w.areaName },
    {
      name: 'main_indicator',
      type: 'indicator',
      required: true,
      pattern: ID_PATTERN,
      example: 'beskaeftigelse-ikke-vestlige-ratio',
      description: w.mainIndicator,
    },
    { name: 'status_colour', type: 'enum', required: true, allowed: colours, example: 'groen', description: w.statusColour },
    { name: 'status', type: 'enum', required: true, allowed: labels, example: OUTCOME_LABEL.progress, description: w.status },
    { name: 'latest_period', type: 'period', required: false, pattern: PERIOD_PATTERN, example: '2008', description: w.latestPeriod },
    { name: 'latest_value', type: 'number', required: false, example: '70,0', description: w.latestValue },
    { ...columnSpec(INDICATORS_TABLE, 'unit'), description: w.unit },
    { name: 'explanation', type: 'text', required: true, example: DOWNLOAD_TEXT.explanationExample, description: w.explanation },
    { name: 'status_today_colour', type: 'enum', required: true, allowed: colours, example: 'groen', description: w.statusTodayColour },
    { name: 'status_today', type: 'enum', required: true, allowed: labels, example: OUTCOME_LABEL.progress, description: w.statusToday },
    { name: 'url', type: 'url', required: true, example: 'https://www.kk.dk/omraader/beskaeftigelse/', description: w.areaUrl },
  ],
};

export const REPORT_SPENDING: DownloadSpec = {
  name: 'statusrapport-udgifter',
  ...DOWNLOAD_TEXT.reportSpending,
  files: files.reportSpending,
  columns: [
    s('budget_year'),
    s('administration'),
    administrationName,
    s('covers'),
    s('amount'),
    s('source'),
    s('source_document'),
    s('illustrative'),
  ],
};

const text = (name: string, description: string, example: string, required = false): DownloadColumn => ({
  name,
  type: 'text',
  required,
  description,
  example,
});
const list = (name: string, description: string, example: string): DownloadColumn => ({ ...text(name, description, example), list: true });
const yesNo = (name: string, description: string): DownloadColumn => ({
  name,
  type: 'boolean',
  required: true,
  allowed: ['ja', 'nej'],
  description,
  example: 'nej',
});
const url = (name: string, description: string, example: string, required = false): DownloadColumn => ({
  name,
  type: 'url',
  required,
  description,
  example,
});

const eg = DOWNLOAD_TEXT.letterExamples;

/** The archive's documents as data (letters-download.ts writes them), not derived from the data folder. */
export const ARCHIVE_LETTERS: DownloadSpec = {
  name: 'breve',
  title: DOWNLOAD_TEXT.letters.title,
  description: DOWNLOAD_TEXT.letters.description,
  files: Object.values(lettersDataPaths()),
  columns: [
    { name: 'date', type: 'date', required: true, description: w.letterDate, example: '2007-03-26' },
    text('title', w.letterTitle, eg.title, true),
    yesNo('editorial_title', w.editorialTitle),
    text('label', w.letterLabel, 'Bilag 2'),
    text('case_number', w.caseNumber, '2006-742', true),
    text('document_number', w.documentNumber, '2007-86327'),
    list('journal_numbers', w.journalNumbers, '2009-45212'),
    text('sender', w.sender, eg.sender),
    text('sender_organisation', w.senderOrganisation, 'BIF'),
    list('recipients', w.recipients, eg.recipients),
    list('organisations', w.organisations, eg.organisations),
    list('areas', w.letterAreas, 'beskaeftigelse | bolig'),
    list('indicators', w.letterIndicators, 'beskaeftigelse-ikke-vestlige-ratio'),
    url('original', w.original, eg.original),
    yesNo('illustrative', w.letterIllustrative),
    url('url', w.letterUrl, 'https://www.kk.dk/breve/2007-03-26-budgetredegoerelse-for-integrationsindsatsen/', true),
  ],
  jsonKeys: ['licence', 'attribution', 'rows'],
  exampleNote: illustrativeCopy.lettersNote,
};

/** Downloads made from the content folder: described on /data/ in a section of their own. */
export const ARCHIVE_SPECS: readonly DownloadSpec[] = [ARCHIVE_LETTERS];

export const DOWNLOAD_SPECS: readonly DownloadSpec[] = [
  INDICATOR_DATA,
  COMPARISON,
  ADMINISTRATION_SPENDING,
  REPORT_GOALS,
  REPORT_AREAS,
  REPORT_SPENDING,
];

/** The header a download's CSV is written with. */
export const columnNames = (spec: DownloadSpec): string[] => spec.columns.map((c) => c.name);
