import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CSV_TABLES,
  DIRECTION_VALUES,
  GOALS_TABLE,
  INDICATORS_TABLE,
  MEASUREMENTS_TABLE,
  SPENDING_TABLE,
} from '../../src/lib/data/csv-schema.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';
import { UNIT_IDS, UNITS } from '../../src/lib/registry/units.ts';
import { COVERAGE_IDS } from '../../src/lib/registry/coverage.ts';
import { FLAG_IDS } from '../../src/lib/registry/flags.ts';
import { loadDatasets } from '../../src/loaders/datasets.ts';
import { dataPackage } from '../../src/lib/open-data/datapackage.ts';
import type { CsvResource } from '../../src/lib/open-data/data-resource.ts';
import { datasetJson, datasetJsonText, typedRows } from '../../src/lib/open-data/table-json.ts';
import { createHash } from 'node:crypto';
import { dictionaryRows } from '../../src/lib/open-data/data-dictionary.ts';
import { dataPageView, sizeLabel } from '../../src/lib/open-data/data-page.ts';

const BOM = '\uFEFF';
const dir = mkdtempSync(join(tmpdir(), 'ib-open-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = (cols: readonly { name: string }[]) => cols.map((c) => c.name).join(';');
writeFileSync(
  join(dir, 'indicators.csv'),
  `${BOM}${header(INDICATORS_TABLE.columns)}\r\n` +
    'besk-frekvens;beskaeftigelse;Beskæftigelse;Andel i job;pct;højere;ja;København;2014;;2026;75,0;0,5;Danmarks Statistik, RAS200 (udtræk);https://www.statistikbanken.dk/RAS200;"Udtræk; kommune 101";nej;alle københavnere;\r\n' +
    'tryg-eks;tryghed;Tryghed;"Andel, der føler sig trygge";pct;højere;ja;;;;;;1;Illustrative eksempeldata – ikke en rigtig måling;;;ja;indvandrere med ikke-vestlig oprindelse;\r\n',
);
writeFileSync(
  join(dir, 'measurements.csv'),
  `${BOM}${header(MEASUREMENTS_TABLE.columns)}\r\n` +
    'besk-frekvens;2014;;69,7;Danmarks Statistik, RAS200 (udtræk);;101;;https://www.statistikbanken.dk/RAS200\r\n' +
    'besk-frekvens;2014;Hele landet;73,1;Danmarks Statistik, RAS200 (udtræk);Foreløbigt tal;000;foreløbig;\r\n' +
    'tryg-eks;2020K1;;−2,5;Illustrative eksempeldata – ikke en rigtig måling;"note med ""citat""";;;\r\n',
);

writeFileSync(
  join(dir, 'goals.csv'),
  `${BOM}${header(GOALS_TABLE.columns)}\r\n` +
    'bif-2008-job;BIF;2008;resultatkrav;Flere i job;Beskæftigelsen skal stige.;beskaeftigelse;besk-frekvens;72;;opfyldt;Målet er nået.;ja;;2006-742;ja\r\n' +
    'buf-2008-sprog;BUF;2008;aktivitetsmål;Sprogvurdering;Alle treårige vurderes.;uddannelse;;2100;sprogvurderinger;ikke vurderet;;;;2006-742;ja\r\n',
);
writeFileSync(
  join(dir, 'spending.csv'),
  `${BOM}${header(SPENDING_TABLE.columns)}\r\n` +
    'BIF;2008;45500000;Beskæftigelsesrettede forløb;Illustrative eksempeldata – ikke en rigtig måling;2006-742;ja\r\n',
);

const datasets = loadDatasets(dir);
const pkg = dataPackage(datasets, 'https://example.org/integrationsbarometer/data/');
const csv = pkg.resources.filter((r): r is CsvResource => r.format === 'csv');

describe('datapackage.json', () => {
  it('lists every published CSV as a table resource with its schema, dialect, size and hash', () => {
    // editions.csv may be left out of a data folder (as here); then it is not published as an empty dataset.
    expect(csv.map((r) => r.path)).toEqual(CSV_TABLES.filter((t) => t.file !== 'editions.csv').map((t) => t.file));
    expect(csv.map((r) => r.name)).toEqual(['indicators', 'measurements', 'goals', 'spending']);
    for (const [i, r] of csv.entries()) {
      expect(r.type).toBe('table');
      expect(r.dialect.delimiter).toBe(';');
      expect(r.bytes).toBe(datasets[i]!.bytes.length);
      expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.schema.fields.length).toBeGreaterThan(0);
    }
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
  });

  it('gives each JSON twin the size and hash of the file /data/<name>.json publishes', () => {
    const json = pkg.resources.filter((r) => r.format === 'json' && !/^https?:/.test(r.path));
    expect(json.map((r) => r.name)).toEqual(['indicators-json', 'measurements-json', 'goals-json', 'spending-json']);
    for (const [i, r] of json.entries()) {
      const published = Buffer.from(datasetJsonText(datasets[i]!), 'utf8');
      expect(JSON.parse(published.toString('utf8'))).toEqual(datasetJson(datasets[i]!));
      expect(r.bytes).toBe(published.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(published).digest('hex')}`);
    }
  });

  it('field names equal each CSV header, in order', () => {
    for (const [i, r] of csv.entries()) {
      const csvHeader = Papa.parse<string[]>(datasets[i]!.text.replace(/^\uFEFF/, ''), { delimiter: ';' }).data[0];
      expect(r.schema.fields.map((f) => f.name)).toEqual(csvHeader);
    }
  });

  it('keys: primary key indicator+period+breakdown, foreign key to indicators.id', () => {
    const m = csv.find((r) => r.name === 'measurements')!.schema;
    expect(m.primaryKey).toEqual(['indicator', 'period', 'breakdown']);
    expect(m.foreignKeys).toEqual([{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } }]);
    // The main series' empty breakdown is a key value, not a missing one.
    expect(m.fields.find((f) => f.name === 'breakdown')!.missingValues).toEqual([]);
    expect(csv[0]!.schema.primaryKey).toEqual(['id']);
  });

  it('enums, booleans and bounds come from the registries', () => {
    const fields = csv[0]!.schema.fields;
    const field = (n: string) => fields.find((f) => f.name === n)!;
    expect(field('area').constraints.enum).toEqual([...AREA_IDS]);
    expect(field('unit').constraints.enum).toEqual([...UNIT_IDS]);
    expect(field('direction').constraints.enum).toEqual(Object.keys(DIRECTION_VALUES));
    expect(field('main')).toMatchObject({ type: 'boolean', trueValues: ['ja'], falseValues: ['nej'] });
    expect(field('tolerance')).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(field('coverage').constraints).toEqual({ required: true, enum: [...COVERAGE_IDS] });
    const mfield = (n: string) => csv[1]!.schema.fields.find((f) => f.name === n)!;
    expect(mfield('flag').constraints).toEqual({ required: false, enum: [...FLAG_IDS] });
    expect(mfield('geo').constraints).toEqual({ required: false, enum: ['101', '751', '461', '851', '147', '000'] });
    expect(mfield('source_url').format).toBe('uri');
    const value = csv[1]!.schema.fields.find((f) => f.name === 'value')!;
    expect(value.constraints.minimum).toBe(Math.min(...Object.values(UNITS).map((u) => u.min)));
    expect(value.constraints.maximum).toBeUndefined(); // "antal" has no upper bound
    expect(value.description).toContain('pct: 0 til 100');
    for (const t of CSV_TABLES.filter((t) => !t.optionalFile)) {
      for (const c of t.columns.filter((c) => c.required)) {
        const r = csv.find((r) => r.path === t.file)!;
        expect(r.schema.fields.find((f) => f.name === c.name)!.constraints.required).toBe(true);
      }
    }
  });

  it('goals and spending: keys, the foreign key to the indicators, years, enums from the registries and a minimum amount', () => {
    const goals = csv.find((r) => r.name === 'goals')!.schema;
    expect(goals.primaryKey).toEqual(['id']);
    expect(goals.foreignKeys).toEqual([{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } }]);
    const g = (n: string) => goals.fields.find((f) => f.name === n)!;
    expect(g('budget_year').type).toBe('year');
    expect(g('administration').constraints.enum).toEqual(['ØKF', 'BUF', 'KFF', 'SUF', 'SOF', 'TMF', 'BIF']);
    expect(g('status').constraints.enum).toEqual(['opfyldt', 'delvist opfyldt', 'ikke opfyldt', 'ikke vurderet']);
    expect(g('kind').constraints.enum).toEqual(['resultatkrav', 'aktivitetsmål']);
    expect(g('realistic')).toMatchObject({ type: 'boolean', constraints: { required: false } });
    const spending = csv.find((r) => r.name === 'spending')!.schema;
    expect(spending.primaryKey).toEqual(['administration', 'budget_year', 'covers']);
    expect(spending.fields.find((f) => f.name === 'amount')).toMatchObject({
      type: 'number',
      decimalChar: ',',
      constraints: { required: true, minimum: 0 },
    });
    expect(typedRows(datasets.find((d) => d.name === 'spending')!)).toEqual([
      {
        administration: 'BIF',
        budget_year: 2008,
        amount: 45500000,
        covers: 'Beskæftigelsesrettede forløb',
        source: 'Illustrative eksempeldata – ikke en rigtig måling',
        source_document: '2006-742',
        illustrative: true,
      },
    ]);
  });

  it('a data folder without the optional goal files publishes the two indicator files only', () => {
    const d = mkdtempSync(join(tmpdir(), 'ib-open-data-core-'));
    try {
      for (const f of ['indicators.csv', 'measurements.csv']) writeFileSync(join(d, f), readFileSync(join(dir, f)));
      expect(loadDatasets(d).map((ds) => ds.name)).toEqual(['indicators', 'measurements']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('sources come from the indicator file', () => {
    expect(pkg.sources).toEqual([
      { title: 'Danmarks Statistik, RAS200 (udtræk)', path: 'https://www.statistikbanken.dk/RAS200' },
      { title: 'Illustrative eksempeldata – ikke en rigtig måling' },
    ]);
  });
});

describe('column order', () => {
  it('follows the file when an editor has reordered the columns', () => {
    const d = mkdtempSync(join(tmpdir(), 'ib-open-data-order-'));
    try {
      const cols = MEASUREMENTS_TABLE.columns.map((c) => c.name);
      const reordered = [...cols].reverse();
      writeFileSync(join(d, 'measurements.csv'), `${reordered.join(';')}\n;;;;Danmarks Statistik;1,5;;2014;besk-frekvens\n`);
      writeFileSync(join(d, 'indicators.csv'), readFileSync(join(dir, 'indicators.csv')));
      const ds = loadDatasets(d);
      const r = dataPackage(ds, 'https://example.org/').resources.find((x) => x.name === 'measurements')!;
      expect(r.schema.fields.map((f) => f.name)).toEqual(reordered);
      expect(typedRows(ds[1]!)).toEqual([
        {
          source_url: null,
          flag: null,
          geo: null,
          note: null,
          source: 'Danmarks Statistik',
          value: 1.5,
          breakdown: null,
          period: '2014',
          indicator: 'besk-frekvens',
        },
      ]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('published rows', () => {
  it('the CSV is published byte for byte', () => {
    expect(datasets[1]!.text.startsWith(BOM)).toBe(true);
    expect(datasets[1]!.text).toContain('−2,5;');
  });

  it('JSON rows equal the CSV rows, typed', () => {
    const rows = typedRows(datasets[1]!);
    expect(rows).toEqual([
      {
        indicator: 'besk-frekvens',
        period: '2014',
        breakdown: null,
        value: 69.7,
        source: 'Danmarks Statistik, RAS200 (udtræk)',
        note: null,
        geo: '101',
        flag: null,
        source_url: 'https://www.statistikbanken.dk/RAS200',
      },
      {
        indicator: 'besk-frekvens',
        period: '2014',
        breakdown: 'Hele landet',
        value: 73.1,
        source: 'Danmarks Statistik, RAS200 (udtræk)',
        note: 'Foreløbigt tal',
        geo: '000',
        flag: 'foreløbig',
        source_url: null,
      },
      {
        indicator: 'tryg-eks',
        period: '2020K1',
        breakdown: null,
        value: -2.5,
        source: 'Illustrative eksempeldata – ikke en rigtig måling',
        note: 'note med "citat"',
        geo: null,
        flag: null,
        source_url: null,
      },
    ]);
    const ind = datasetJson(datasets[0]!);
    expect(ind.rows[0]).toMatchObject({
      main: true,
      illustrative: false,
      baseline_value: null,
      target_value: 75,
      method: 'Udtræk; kommune 101',
    });
    expect(ind.rows[1]).toMatchObject({ illustrative: true, title: 'Tryghed', coverage: 'indvandrere med ikke-vestlig oprindelse' });
    expect(ind.licence.id).toBe('CC-BY-4.0');
  });

  it('says »Eksempeldata« in Danish in the title and description of a file with example rows', () => {
    const ind = datasetJson(datasets[0]!);
    expect(ind.title).toBe(`${INDICATORS_TABLE.title} (Eksempeldata)`);
    expect(ind.description).toBe(`${INDICATORS_TABLE.description} Eksempeldata – ikke rigtige målinger.`);
    const spending = datasetJson(datasets.find((d) => d.name === 'spending')!);
    expect(spending.description).toContain('Eksempeldata – ikke rigtige målinger.');
    expect(pkg.resources.find((r) => r.name === 'spending')!.description).toContain('Eksempeldata – ikke rigtige målinger.');
    const measurements = datasetJson(datasets.find((d) => d.name === 'measurements')!);
    expect(measurements.title).not.toContain('Eksempeldata');
  });
});

describe('data dictionary and page', () => {
  it('has one row per column with type, required and allowed values', () => {
    const rows = dictionaryRows(INDICATORS_TABLE);
    expect(rows.map((r) => r.name)).toEqual(INDICATORS_TABLE.columns.map((c) => c.name));
    expect(rows.find((r) => r.name === 'area')).toMatchObject({ type: 'fast liste', required: 'Ja', allowed: AREA_IDS.join(', ') });
    expect(rows.find((r) => r.name === 'target_value')).toMatchObject({ type: 'tal', required: 'Nej' });
  });

  it('describes sizes and the file format as written', () => {
    expect(sizeLabel(900)).toBe('900 byte');
    expect(sizeLabel(2355)).toBe('2,3 kB');
    const view = dataPageView(datasets, 'https://example.org/data/', 2026);
    expect(view.datasets[1]).toMatchObject({
      rowCount: 3,
      rowsLabel: '3 rækker',
      formatLabel: 'UTF-8 med BOM, semikolon som skilletegn, decimalkomma',
    });
    expect(view.citation).toBe('Københavns Kommune (2026): Integrationsbarometeret – Åbne data. https://example.org/data/');
  });

  it('marks a dataset with example rows »Eksempeldata«: goals and spending here, and indicators with an illustrative series', () => {
    const view = dataPageView(datasets, 'https://example.org/data/', 2026);
    expect(view.datasets.map((d) => [d.name, d.illustrative])).toEqual([
      ['indicators', true],
      ['measurements', false],
      ['goals', true],
      ['spending', true],
    ]);
  });
});
