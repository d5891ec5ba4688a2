/**
 * The archive's documents as data (/data/breve.csv and breve.json): one row per letter with the
 * facts its page shows at the top, oldest first, in the columns of ARCHIVE_LETTERS. The CSV is the
 * site's Danish Excel format (danishCsv: BOM, ";", a formula-like cell neutralised); in the JSON
 * file a column with several values is a list, and an empty cell is null.
 */
import type { LetterEntry } from '../archive/letters.ts';
import { letterJournalNumbers, letterOrganisationAbbrs, sortOldestFirst } from '../archive/letters.ts';
import { isoDate } from '../archive/dates.ts';
import { personLabel } from '../archive/letter-view.ts';
import { danishCsv } from '../goals/downloads.ts';
import { attachmentFilePath, letterPath } from '../routes.ts';
import { ATTRIBUTION, LICENCE } from './licence.ts';
import { OPEN_DATA_TEXT } from '../copy/open-data.ts';
import { jsonFileText } from './json-text.ts';
import { ARCHIVE_LETTERS, columnNames } from './download-specs.ts';

/** A JSON row, keyed like the CSV's columns. */
export interface LetterRowJson {
  date: string;
  title: string;
  editorial_title: boolean;
  label: string | null;
  case_number: string;
  document_number: string | null;
  journal_numbers: string[];
  sender: string | null;
  sender_organisation: string | null;
  recipients: string[];
  organisations: string[];
  areas: string[];
  indicators: string[];
  original: string | null;
  illustrative: boolean;
  url: string;
}

export interface LettersJson {
  licence: typeof LICENCE;
  attribution: string;
  rows: LetterRowJson[];
}

/** Between the values of a cell with several, in the CSV: no name or abbreviation holds it. */
export const LIST_SEPARATOR = ' | ';

/** `absolute(path)`: a site path as an absolute URL, so a row in a spreadsheet still leads to the page. */
export function letterRows(letters: readonly LetterEntry[], absolute: (path: string) => string): LetterRowJson[] {
  return sortOldestFirst(letters).map(({ id, data: d }) => ({
    date: isoDate(d.date),
    title: d.title,
    editorial_title: d.editorialTitle,
    label: d.label ?? null,
    case_number: d.sagsnr,
    document_number: d.doknr ?? null,
    journal_numbers: letterJournalNumbers(d),
    sender: d.sender ? personLabel(d.sender) : null,
    sender_organisation: d.sender?.organisation ?? null,
    recipients: d.recipients.map(personLabel).filter((r) => r !== ''),
    organisations: letterOrganisationAbbrs(d),
    areas: [...d.areas],
    indicators: [...d.indicators],
    original: d.original ? absolute(attachmentFilePath(id, d.original)) : null,
    illustrative: d.illustrative,
    url: absolute(letterPath(id)),
  }));
}

const cell = (v: string | boolean | string[] | null): string =>
  v === null ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nej') : Array.isArray(v) ? v.join(LIST_SEPARATOR) : v;

// The route and datapackage.json's digest ask for the same text: made once per list of letters.
// At 20,000 letters each text is megabytes: made once per list of letters and site address.
const made = new WeakMap<readonly LetterEntry[], Map<string, string>>();
function once(letters: readonly LetterEntry[], key: string, make: () => string): string {
  const texts = made.get(letters) ?? new Map<string, string>();
  made.set(letters, texts);
  const text = texts.get(key) ?? make();
  texts.set(key, text);
  return text;
}

export function lettersCsv(letters: readonly LetterEntry[], absolute: (path: string) => string): string {
  return once(letters, `csv ${absolute('')}`, () => {
    const columns = columnNames(ARCHIVE_LETTERS);
    const rows = letterRows(letters, absolute).map((r) => columns.map((c) => cell(r[c as keyof LetterRowJson])));
    return danishCsv(columns, rows);
  });
}

export function lettersJson(letters: readonly LetterEntry[], absolute: (path: string) => string): LettersJson {
  return {
    licence: { ...LICENCE, scope: OPEN_DATA_TEXT.lettersLicenceScope },
    attribution: ATTRIBUTION,
    rows: letterRows(letters, absolute),
  };
}

/** breve.json as published (jsonFileText of lettersJson). */
export function lettersJsonText(letters: readonly LetterEntry[], absolute: (path: string) => string): string {
  return once(letters, `json ${absolute('')}`, () => jsonFileText(lettersJson(letters, absolute)));
}
