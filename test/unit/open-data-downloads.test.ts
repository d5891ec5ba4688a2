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
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { dataPageView } from '../../src/lib/open-data/data-page.ts';
import { auditDownloads, documentedFiles, type PublishedFile } from '../../scripts/lib/quality/download-audit.ts';
import { indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { comparedIndicatorIds, comparisonJson } from '../../src/lib/barometer/comparison-download.ts';
import { openDataCopy } from '../../src/lib/copy/index.ts';
import { goalFiles } from '../../src/lib/open-data/goal-files.ts';
import { indicatorFiles } from '../../src/lib/open-data/indicator-files.ts';
import type { DataResource } from '../../src/lib/open-data/data-resource.ts';
import { downloadRoutes, publishedDownloads, realGoals } from '../helpers/published-downloads.ts';

const view = dataPageView(siteDatasets(), 'https://www.kk.dk/data/', 2026);
const documented = documentedFiles(view);
const files = await publishedDownloads();
const file = (path: string) => files.find((f) => f.path === path)!;
const pkgText = file('data/datapackage.json').text;
type Pkg = { resources: { name: string; path: string; format?: string; schema: { fields: { name: string }[] } }[] };
/** A resource's file as a site path: a data folder file's path is relative to /data/, a derived file's is its address. */
const sitePath = (path: string) => (/^https:/.test(path) ? new URL(path).pathname.slice(1) : `data/${path}`);

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

  /** The audit of every file, with datapackage.json and the files `change` names replaced. */
  const auditWith = (pkg: Pkg, change: Record<string, string> = {}) =>
    auditDownloads(
      files.map((f) =>
        f.path === 'data/datapackage.json' ? { ...f, text: JSON.stringify(pkg) } : f.path in change ? { ...f, text: change[f.path]! } : f,
      ),
      documented,
    ).filter((p) => p.startsWith('data/datapackage.json'));

  it('finds datapackage.json fields that differ from a file’s header', () => {
    const pkg = JSON.parse(pkgText) as Pkg;
    pkg.resources[0]!.schema.fields.pop();
    const problems = auditWith(pkg);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/datapackage\.json: indicators\.csv fields .* ≠ header/);
  });

  it('finds a published download that is not a resource, and a resource that is not published', () => {
    const pkg = JSON.parse(pkgText) as Pkg;
    const gone = pkg.resources.findIndex((r) => r.path.endsWith('/sammenligning.json'));
    const path = sitePath(pkg.resources[gone]!.path);
    pkg.resources.splice(gone, 1);
    pkg.resources.push({ ...pkg.resources[0]!, path: 'https://www.kk.dk/indikatorer/findes-ikke/data.csv' });
    expect(auditWith(pkg)).toEqual([
      'data/datapackage.json: resource https://www.kk.dk/indikatorer/findes-ikke/data.csv is not published',
      `data/datapackage.json: ${path} is a published download but not a resource`,
    ]);
  });

  it('fails when a writer adds a column or key the spec does not have, in a derived CSV or JSON file', () => {
    const pkg = JSON.parse(pkgText) as Pkg;
    const csv = files.find((f) => /^statusrapporter\/\d+\/omraader\.csv$/.test(f.path))!;
    const json = files.find((f) => /^forvaltninger\/[^/]+\/udgifter\.json$/.test(f.path))!;
    const data = JSON.parse(json.text) as { rows: Record<string, unknown>[] };
    const problems = auditWith(pkg, {
      [csv.path]: csv.text.replace('\r\n', ';extra\r\n'),
      [json.path]: JSON.stringify({ ...data, rows: data.rows.map((r) => ({ ...r, extra: 1 })) }),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^data/datapackage\\.json: https://www\\.kk\\.dk/${json.path.replace(/[.]/g, '\\.')} fields .*;illustrative ≠ header .*;illustrative;extra$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^data/datapackage\\.json: https://www\\.kk\\.dk/${csv.path.replace(/[.]/g, '\\.')} fields .*;url ≠ header .*;url;extra$`,
        ),
      ),
    ]);
  });
});

describe('datapackage.json lists every download', () => {
  const pkg = JSON.parse(pkgText) as { resources: DataResource[] };

  it('has a resource for every CSV and JSON file, derived ones at their address on the site', () => {
    const downloads = files.filter((f) => f.path !== 'data/datapackage.json').map((f) => f.path);
    expect(pkg.resources.map((r) => sitePath(r.path)).sort()).toEqual([...downloads].sort());
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const r of pkg.resources) {
      const json = r.path.endsWith('.json');
      expect(r, r.path).toMatchObject({
        format: json ? 'json' : 'csv',
        mediatype: json ? 'application/json' : 'text/csv',
        encoding: 'utf-8',
      });
    }
  });

  it('gives every file its size and sha256: the text its route writes (a derived file’s made by download-text.ts)', () => {
    expect(pkg.resources.filter((r) => r.bytes === undefined || r.hash === undefined).map((r) => r.path)).toEqual([]);
    // The data folder's CSV files are published byte for byte, BOM and all (open-data-real.test.ts);
    // the text read back from their route here has lost the BOM.
    for (const r of pkg.resources.filter((x) => !(x.format === 'csv' && !/^https:/.test(x.path)))) {
      const text = Buffer.from(file(sitePath(r.path)).text, 'utf8');
      expect([r.path, r.bytes, r.hash]).toEqual([r.path, text.length, `sha256:${createHash('sha256').update(text).digest('hex')}`]);
    }
  });

  it('every file linked from /data/ (and its list of each indicator’s files) is a resource', () => {
    const resources = new Set(pkg.resources.map((r) => sitePath(r.path)));
    const goals = goalFiles(realGoals());
    const linked = [
      ...view.datasets.flatMap((d) => [d.csvPath, d.jsonPath]),
      ...[...goals.spending, ...goals.reports].flatMap((row) => row.links.map((l) => l.path)),
      ...indicatorFiles(getBarometer()).flatMap((f) => [f.csvPath, f.jsonPath, f.comparisonCsvPath, f.comparisonJsonPath]),
    ].filter((p): p is string => p !== undefined && /\.(csv|json)$/.test(p));
    expect(linked.length).toBeGreaterThan(50);
    expect(linked.filter((p) => !resources.has(p))).toEqual([]);
  });

  it('describes a derived file with the fields of its spec: the dictionary’s columns, types and descriptions', () => {
    const r = pkg.resources.find((x) => x.path.endsWith('/sammenligning.csv'))!;
    const spec = view.downloads.find((d) => d.name === 'sammenligning')!;
    expect(r.schema.fields.map((f) => f.name)).toEqual(spec.dictionary.map((c) => c.name));
    expect(r.schema.fields.find((f) => f.name === 'municipality')).toMatchObject({ type: 'string', constraints: { required: true } });
    expect(r.schema.fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(r.dialect).toMatchObject({ delimiter: ';', header: true });
  });
});
