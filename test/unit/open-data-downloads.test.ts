/**
 * Every CSV and JSON download is what /data/ says it is (scripts/lib/quality/download-audit.ts): every file
 * is listed in the data dictionary, every column and key is described there, JSON keys are the CSV's
 * snake_case column names, an empty value is null, and datapackage.json's fields equal the headers.
 *
 * Why the earlier test missed `coverage` in data.csv and `municipality` in sammenligning.csv: it
 * compared only datapackage.json with the data folder's own files, and the derived downloads had
 * their headers typed in their own modules, which indicator-downloads.test.ts then asserted
 * literally – so a new column was locked in, not checked against the dictionary. Here the downloads
 * are made by the real code for the real data, every download route must be among them, and the
 * audit compares them with the dictionary the page prints. The browser tests run the same audit on
 * the built dist/ (test/e2e/published.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { dataPageView } from '../../src/lib/open-data/data-page.ts';
import { auditDownloads, documentedFiles, type PublishedFile } from '../../scripts/lib/quality/download-audit.ts';
import { indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { comparedIndicatorIds, comparisonJson } from '../../src/lib/barometer/comparison-download.ts';
import { openDataCopy } from '../../src/lib/copy/index.ts';
import { downloadRoutes, publishedDownloads } from '../helpers/published-downloads.ts';

const view = dataPageView(siteDatasets(), 'https://www.kk.dk/data/', 2026);
const documented = documentedFiles(view);
const files = await publishedDownloads();
const file = (path: string) => files.find((f) => f.path === path)!;

describe('every download against the data dictionary on /data/', () => {
  it('the downloads made here include every route that writes a CSV or JSON file', () => {
    const routes = downloadRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    expect(routes.filter((r) => !files.some((f) => r.pattern.test(f.path))).map((r) => r.file)).toEqual([]);
  });

  it('has no file, column or key the dictionary does not describe, no camelCase key and no "" value', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(auditDownloads(files, documented)).toEqual([]);
  });

  it('documents the columns the journalist found undocumented: coverage in data.csv, municipality in sammenligning.csv', () => {
    const columns = (name: string) => view.downloads.find((d) => d.name === name)!.dictionary.map((r) => r.name);
    expect(columns('indikator-data')).toContain('coverage');
    expect(columns('sammenligning')).toContain('municipality');
    expect(view.downloads.flatMap((d) => d.files)).toEqual(
      expect.arrayContaining(['indikatorer/<id>/data.csv', 'indikatorer/<id>/sammenligning.csv', 'statusrapporter/<år>/omraader.csv']),
    );
  });

  it('names a value’s source address source_url in every JSON file, as the CSV columns and measurements.json do', () => {
    const b = getBarometer();
    const id = comparedIndicatorIds(b)[0]!;
    for (const rows of [indicatorJson(b, id).rows, comparisonJson(b, id).rows]) {
      expect(Object.keys(rows[0]!)).toContain('source_url');
      expect(Object.keys(rows[0]!)).not.toContain('sourceUrl');
    }
    const measurements = JSON.parse(file('data/measurements.json').text) as { rows: Record<string, unknown>[] };
    expect(Object.keys(measurements.rows[0]!)).toContain('source_url');
  });

  it('writes an empty field as null in every JSON file, as /data/ says – the main series’ breakdown too', () => {
    expect(openDataCopy.jsonTypes).toContain('<code>null</code>');
    const b = getBarometer();
    const id = b.indicators.find((i) => b.measurements.some((m) => m.indicator === i.id && m.breakdown === ''))!.id;
    expect(indicatorJson(b, id).rows[0]!.breakdown).toBeNull();
    const measurements = JSON.parse(file('data/measurements.json').text) as { rows: { breakdown: unknown }[] };
    expect(measurements.rows.some((r) => r.breakdown === null)).toBe(true);
    expect(measurements.rows.some((r) => r.breakdown === '')).toBe(false);
  });
});

describe('the audit itself', () => {
  const csv = (path: string, header: string) => ({ path, text: `\uFEFF${header}\r\n` });
  const ok: PublishedFile[] = [file('indikatorer/kultur-valgdeltagelse/data.csv'), file('indikatorer/kultur-valgdeltagelse/data.json')];

  it('passes the real files it is given', () => {
    expect(auditDownloads(ok, documented)).toEqual([]);
  });

  it('finds a new column, a file nobody documented and a CSV whose JSON rows differ', () => {
    const header = 'indicator;period;breakdown;value;source;note;geo;flag;source_url;coverage';
    expect(auditDownloads([csv('indikatorer/x/data.csv', `${header};extra`)], documented)).toEqual([
      'indikatorer/x/data.csv: column "extra" is not in the data dictionary on /data/',
      `indikatorer/x/data.csv: header ${header};extra is not the dictionary's ${header}`,
    ]);
    expect(auditDownloads([csv('indikatorer/x/ny.csv', 'a')], documented)).toEqual([
      'indikatorer/x/ny.csv: a published download the data dictionary on /data/ does not list',
    ]);
    // The search's own index files are not downloads.
    expect(auditDownloads([{ path: 'soeg/filtre.json', text: '[]' }], documented)).toEqual([]);
  });

  it('finds a camelCase key, an empty string and an undescribed top-level or nested key', () => {
    const data = JSON.parse(ok[1]!.text) as { rows: Record<string, unknown>[]; licence: Record<string, unknown> };
    const bad = {
      ...data,
      extra: 1,
      licence: { ...data.licence, note: 'x' },
      rows: [
        { ...data.rows[0], breakdown: '' },
        { ...data.rows[1], sourceUrl: 'https://x' },
      ],
    };
    const problems = auditDownloads([ok[0]!, { path: ok[1]!.path, text: JSON.stringify(bad) }], documented);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('key "extra" is not described under the JSON keys'),
        expect.stringContaining('licence.note is not described'),
        expect.stringContaining('rows[0].breakdown is "" (an empty value is null)'),
        expect.stringContaining('rows[1] key "sourceUrl" is not in the data dictionary'),
        expect.stringContaining('key "sourceUrl" is not snake_case'),
        expect.stringContaining('rows[1] keys'),
      ]),
    );
  });

  it('finds datapackage.json fields that differ from a file’s header', () => {
    const pkg = JSON.parse(file('data/datapackage.json').text) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
    pkg.resources[0]!.schema.fields.pop();
    const problems = auditDownloads(
      [...files.filter((f) => f.path.startsWith('data/')), { path: 'data/datapackage.json', text: JSON.stringify(pkg) }].filter(
        (f, i, all) => all.findLastIndex((g) => g.path === f.path) === i,
      ),
      documented,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/datapackage\.json: indicators\.csv fields .* ≠ header/);
  });
});
