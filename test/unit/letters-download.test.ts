/**
 * /data/breve.csv and breve.json (src/lib/open-data/letters-download.ts): one row per letter in the
 * dictionary's columns, oldest first, safe in a spreadsheet, and the JSON twin with typed values.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { letterSchema } from '../../src/lib/content-schemas.ts';
import type { LetterEntry } from '../../src/lib/archive/letters.ts';
import { letterRows, lettersCsv, lettersJson, lettersJsonText, LIST_SEPARATOR } from '../../src/lib/open-data/letters-download.ts';
import { ARCHIVE_LETTERS, columnNames } from '../../src/lib/open-data/download-specs.ts';
import { lettersDataView, sizeLabel, splitExtension } from '../../src/lib/open-data/data-page.ts';
import { jsonFileText } from '../../src/lib/open-data/json-text.ts';

const absolute = (path: string) => new URL(path, 'https://example.org/barometer/').href;
const letter = (id: string, data: Record<string, unknown>): LetterEntry => ({
  id,
  data: letterSchema.parse({ title: `Brev ${id}`, date: '2008-01-15', sagsnr: '2008-100', ...data }),
});

const letters = [
  letter('c-senest', { date: '2009-04-02', sagsnr: '2009-1', illustrative: true }),
  letter('b-samme-dag', {
    sagsnr: '2008-20',
    doknr: '2008-555',
    jnr: '2008-77',
    receivedStamp: { organisation: 'SOF', date: '2008-01-20', jnr: '2008-88' },
    sender: { name: 'Morten Binder', title: 'Direktør', organisation: 'BIF' },
    recipients: [{ name: 'Claus Juhl', organisation: 'ØKF' }, { organisation: 'BUF' }],
    areas: ['bolig', 'beskaeftigelse'],
    indicators: ['beskaeftigelse-ikke-vestlige-ratio'],
    original: 'original.pdf',
    label: 'Bilag 2',
  }),
  letter('a-samme-dag', { sagsnr: '2008-3', title: '=HYPERLINK("https://evil.example/";"klik")', editorialTitle: true }),
  letter('d-tegn', { date: '2007-05-01', title: 'Om "ghettoer"; boliger\nog skoler' }),
];

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

describe('the archive as CSV', () => {
  const csv = lettersCsv(letters, absolute);
  const [header, ...rows] = parse(csv);
  const col = (row: string[] | undefined, name: string) => row?.[columnNames(ARCHIVE_LETTERS).indexOf(name)];

  it('is Danish Excel’s format with the dictionary’s columns in order', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(header).toEqual(columnNames(ARCHIVE_LETTERS));
    expect(rows).toHaveLength(letters.length);
  });

  it('lists the letters oldest first, same-day letters by case number as the archive does', () => {
    expect(rows.map((r) => col(r, 'url'))).toEqual([
      'https://example.org/barometer/breve/d-tegn/',
      'https://example.org/barometer/breve/a-samme-dag/',
      'https://example.org/barometer/breve/b-samme-dag/',
      'https://example.org/barometer/breve/c-senest/',
    ]);
    expect(rows.map((r) => col(r, 'date'))).toEqual(['2007-05-01', '2008-01-15', '2008-01-15', '2009-04-02']);
  });

  it('writes every fact of a letter, several values with the separator and absent ones empty', () => {
    const full = rows[2];
    expect(col(full, 'case_number')).toBe('2008-20');
    expect(col(full, 'document_number')).toBe('2008-555');
    expect(col(full, 'journal_numbers')).toBe(['2008-77', '2008-88'].join(LIST_SEPARATOR));
    expect(col(full, 'label')).toBe('Bilag 2');
    expect(col(full, 'sender')).toBe('Morten Binder, Direktør, Beskæftigelses- og Integrationsforvaltningen (BIF)');
    expect(col(full, 'sender_organisation')).toBe('BIF');
    expect(col(full, 'recipients')).toBe('Claus Juhl, Økonomiforvaltningen (ØKF) | Børne- og Ungdomsforvaltningen (BUF)');
    expect(col(full, 'organisations')).toBe('BIF | ØKF | BUF');
    expect(col(full, 'areas')).toBe('bolig | beskaeftigelse');
    expect(col(full, 'indicators')).toBe('beskaeftigelse-ikke-vestlige-ratio');
    expect(col(full, 'original')).toBe('https://example.org/barometer/breve/b-samme-dag/original.pdf');
    expect(col(full, 'illustrative')).toBe('nej');
    const bare = rows[0];
    for (const name of ['label', 'document_number', 'journal_numbers', 'sender', 'sender_organisation', 'recipients', 'areas', 'original'])
      expect(col(bare, name), name).toBe('');
    expect(col(rows[3], 'illustrative')).toBe('ja');
  });

  it('keeps a title that looks like a formula from running in a spreadsheet, and quotes ; " and line breaks', () => {
    expect(col(rows[1], 'title')).toBe('\'=HYPERLINK("https://evil.example/";"klik")');
    expect(col(rows[1], 'editorial_title')).toBe('ja');
    expect(col(rows[0], 'title')).toBe('Om "ghettoer"; boliger\nog skoler');
  });

  it('is only the header for an empty archive', () => {
    expect(parse(lettersCsv([], absolute))).toEqual([columnNames(ARCHIVE_LETTERS)]);
  });
});

describe('the archive as JSON', () => {
  const json = JSON.parse(jsonFileText(lettersJson(letters, absolute))) as { rows: Record<string, unknown>[]; licence: unknown };

  it('has the CSV’s columns as keys of every row, typed: lists, true/false and null', () => {
    for (const row of json.rows) expect(Object.keys(row)).toEqual(columnNames(ARCHIVE_LETTERS));
    expect(json.rows[2]).toMatchObject({
      journal_numbers: ['2008-77', '2008-88'],
      organisations: ['BIF', 'ØKF', 'BUF'],
      illustrative: false,
      editorial_title: false,
    });
    expect(json.rows[0]).toMatchObject({ label: null, sender: null, original: null, recipients: [], areas: [] });
    expect(json.rows[3]).toMatchObject({ illustrative: true });
    expect(JSON.stringify(json)).not.toContain('""');
  });

  it('is published as jsonFileText writes it, made once for the route, the page and the package', () => {
    const text = lettersJsonText(letters, absolute);
    expect(text).toBe(jsonFileText(lettersJson(letters, absolute)));
    expect(lettersJsonText(letters, absolute)).toBe(text);
    // Another site address is another text.
    expect(lettersJsonText(letters, (p) => new URL(p, 'https://other.example/').href)).not.toBe(text);
  });

  it('carries the licence and the same rows as the CSV', () => {
    expect(json.licence).toMatchObject({ id: 'CC-BY-4.0' });
    // The archive has no figures from other sources: its scope names none.
    expect(JSON.stringify(json.licence)).not.toContain('kolonnen source');
    expect(json.rows.map((r) => r.url)).toEqual(letterRows(letters, absolute).map((r) => r.url));
  });
});

describe('what /data/ says about the files', () => {
  it('counts the letters, gives each file its size and marks example rows', () => {
    const texts = { csv: lettersCsv(letters, absolute), json: jsonFileText(lettersJson(letters, absolute)) };
    const view = lettersDataView(letters, texts);
    expect(view).toMatchObject({ count: 4, countLabel: '4', illustrative: true });
    expect(view.files.map((f) => [f.path, f.name, f.format])).toEqual([
      ['data/breve.csv', 'breve.csv', 'CSV'],
      ['data/breve.json', 'breve.json', 'JSON'],
    ]);
    expect(view.files.map((f) => f.sizeLabel)).toEqual([sizeLabel(Buffer.byteLength(texts.csv)), sizeLabel(Buffer.byteLength(texts.json))]);
    expect(
      lettersDataView(
        letters.slice(0, 1).map((l) => ({ ...l, data: { ...l.data, illustrative: false } })),
        texts,
      ).illustrative,
    ).toBe(false);
  });
});

describe('file names on /data/', () => {
  it('splits a name before its extension, the one place a phone may break it', () => {
    expect(splitExtension('measurements.csv')).toEqual(['measurements', '.csv']);
    expect(splitExtension('statusrapport.2008.json')).toEqual(['statusrapport.2008', '.json']);
    expect(splitExtension('README')).toEqual(['README', '']);
    expect(splitExtension('.hidden')).toEqual(['.hidden', '']);
  });
});
