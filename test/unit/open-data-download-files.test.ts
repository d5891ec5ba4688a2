/**
 * The derived files datapackage.json lists (download-files.ts) and their resources (data-resource.ts):
 * one per file the routes write, at the path the dictionary's template gives, with the schema of the
 * spec the writer takes its columns from.
 */
import { describe, expect, it } from 'vitest';
import { templatePattern } from '../../scripts/lib/quality/download-audit.ts';
import { downloadFiles, REPORT_SPECS, type DownloadInventory } from '../../src/lib/open-data/download-files.ts';
import { downloadResource, downloadResourceName, siteRootOf } from '../../src/lib/open-data/data-resource.ts';
import { ARCHIVE_SPECS, columnNames, DOWNLOAD_SPECS } from '../../src/lib/open-data/download-specs.ts';
import { REPORT_TABLES } from '../../src/lib/goals/paths.ts';
import { dataPackage } from '../../src/lib/open-data/datapackage.ts';
import { datasetJson } from '../../src/lib/open-data/table-json.ts';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';

const s = (key: string, label = key, illustrative = false) => ({ key, label, illustrative });
const inventory: DownloadInventory = {
  indicators: [s('besk', 'Beskæftigelse'), s('tryg', 'Tryghed', true)],
  compared: [s('besk', 'Beskæftigelse')],
  editions: [{ date: '2026-12-01', indicators: [s('besk', 'Beskæftigelse')] }],
  administrations: [s('BUF', 'Børne- og Ungdomsforvaltningen', true)],
  reportYears: [{ ...s('2008', '2008', true), areasIllustrative: false }],
  letters: s('breve', 'alle dokumenter', true),
};
const files = downloadFiles(inventory);

describe('the derived files of an inventory', () => {
  it('are the files the routes write, each matching a template of its spec', () => {
    expect(files.map((f) => f.path)).toEqual([
      'indikatorer/besk/data.csv',
      'indikatorer/besk/data.json',
      'indikatorer/tryg/data.csv',
      'indikatorer/tryg/data.json',
      'udgaver/2026-12-01/indikatorer/besk/data.csv',
      'indikatorer/besk/sammenligning.csv',
      'indikatorer/besk/sammenligning.json',
      'forvaltninger/boerne-og-ungdom/udgifter.csv',
      'forvaltninger/boerne-og-ungdom/udgifter.json',
      'statusrapporter/2008/maal.csv',
      'statusrapporter/2008/omraader.csv',
      'statusrapporter/2008/udgifter.csv',
      'data/breve.csv',
      'data/breve.json',
    ]);
    for (const f of files)
      expect(
        f.spec.files.some((t) => templatePattern(t).test(f.path)),
        f.path,
      ).toBe(true);
    // Every spec has files here, so none is left out of the package.
    expect(new Set(files.map((f) => f.spec.name))).toEqual(new Set([...DOWNLOAD_SPECS, ...ARCHIVE_SPECS].map((d) => d.name)));
    expect(Object.keys(REPORT_SPECS)).toEqual([...REPORT_TABLES]);
  });

  it('name the edition and the example data', () => {
    expect(files[4]!.label).toBe('Beskæftigelse, 2026-12-01');
    expect(files.filter((f) => f.illustrative).map((f) => f.path)).toEqual([
      'indikatorer/tryg/data.csv',
      'indikatorer/tryg/data.json',
      'forvaltninger/boerne-og-ungdom/udgifter.csv',
      'forvaltninger/boerne-og-ungdom/udgifter.json',
      'statusrapporter/2008/maal.csv',
      'statusrapporter/2008/udgifter.csv',
      'data/breve.csv',
      'data/breve.json',
    ]);
  });

  it('mark a year\u2019s area table by its main indicators, not by the year\u2019s example goals', () => {
    // Was: omraader.csv »Eksempeldata – ikke rigtige målinger« because the year's goals were examples.
    const areas = (areasIllustrative: boolean) =>
      downloadFiles({ ...inventory, reportYears: [{ ...s('2008', '2008', true), areasIllustrative }] }).find((f) =>
        f.path.endsWith('omraader.csv'),
      );
    expect(areas(false)?.illustrative).toBe(false);
    expect(areas(true)?.illustrative).toBe(true);
  });

  it('say of the archive’s table that some documents, not measurements, are examples', () => {
    const letters = files.filter((f) => f.spec.name === 'breve').map((f) => downloadResource(f, 'https://example.org/'));
    expect(letters.map((r) => r.description)).toEqual([
      expect.stringContaining('dokumenter er opdigtede'),
      expect.stringContaining('dokumenter er opdigtede'),
    ]);
    expect(letters[0]!.description).not.toContain('målinger');
  });

  it('list the archive as data, marked when some letters are examples', () => {
    const none = downloadFiles({ ...inventory, letters: s('breve', 'alle dokumenter') }).filter((f) => f.spec.name === 'breve');
    expect(none.map((f) => [f.path, f.illustrative, f.source])).toEqual([
      ['data/breve.csv', false, { kind: 'letters', format: 'csv' }],
      ['data/breve.json', false, { kind: 'letters', format: 'json' }],
    ]);
  });
});

describe('a derived file as a resource', () => {
  const root = siteRootOf('https://example.org/integrationsbarometer/data/');

  it('has the file’s absolute address under the site’s base, since a package path may not climb out with ../', () => {
    expect(root).toBe('https://example.org/integrationsbarometer/');
    expect(downloadResource(files[0]!, root).path).toBe('https://example.org/integrationsbarometer/indikatorer/besk/data.csv');
    expect(downloadResourceName('udgaver/2026-12-01/indikatorer/besk/data.csv')).toBe('udgaver-2026-12-01-indikatorer-besk-data-csv');
  });

  it('a CSV: ";" and decimal comma, fields the spec’s columns in the writer’s order', () => {
    const r = downloadResource(files[2]!, root);
    expect(r).toMatchObject({
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      type: 'table',
      dialect: { delimiter: ';', header: true },
    });
    expect(r.schema.fields.map((f) => f.name)).toEqual(columnNames(files[2]!.spec));
    expect(r.schema.fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(r.title).toBe(`${files[2]!.spec.title} – Tryghed`);
    expect(r.description).toContain('Eksempeldata');
  });

  it('a JSON file: rows under "rows", the same fields without the CSV’s notation', () => {
    const r = downloadResource(files[8]!, root);
    expect(r).toMatchObject({ format: 'json', mediatype: 'application/json', dialect: { property: 'rows', itemType: 'object' } });
    expect(r.schema.fields.map((f) => f.name)).toEqual(columnNames(files[8]!.spec));
    expect(r.schema.fields.find((f) => f.name === 'illustrative')).toEqual(expect.not.objectContaining({ trueValues: expect.anything() }));
    expect(r.schema.fields.find((f) => f.name === 'amount')).not.toHaveProperty('decimalChar');
    expect(r.title).toBe(`${files[8]!.spec.title} – Børne- og Ungdomsforvaltningen (JSON)`);
  });
});

describe('a data folder file’s JSON twin', () => {
  const datasets = siteDatasets();
  const pkg = dataPackage(datasets, 'https://example.org/data/');

  it('follows its CSV file: rows under "rows", typed, so no decimal comma, ja/nej or keys', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(datasets.flatMap((d) => [d.name, `${d.name}-json`]));
    const json = pkg.resources.filter((r) => r.format === 'json');
    expect(json.map((r) => r.path)).toEqual(datasets.map((d) => `${d.name}.json`));
    for (const [i, r] of json.entries()) {
      expect(r).toMatchObject({
        type: 'table',
        mediatype: 'application/json',
        encoding: 'utf-8',
        dialect: { property: 'rows', itemType: 'object' },
      });
      expect(r.schema.fields.map((f) => f.name)).toEqual(Object.keys(datasetJson(datasets[i]!).rows[0]!));
      expect(r.schema.fields.some((f) => f.decimalChar || f.trueValues || f.missingValues)).toBe(false);
      expect(r.schema.primaryKey).toBeUndefined();
    }
  });
});
