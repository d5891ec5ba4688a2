/**
 * The published open data of the real data folder: the routes' output against the source files
 * and against the validator's own reading of them (two independent parses must agree).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, DIRECTION_VALUES } from '../../src/lib/data/csv-schema.ts';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import type { DataPackage } from '../../src/lib/open-data/datapackage.ts';
import type { DatasetJson } from '../../src/lib/open-data/table-json.ts';
import { GET as getCsv } from '../../src/pages/data/[name].csv.ts';
import { GET as getJson } from '../../src/pages/data/[name].json.ts';
import { realDataPackage } from '../helpers/published-downloads.ts';

type Ctx = Parameters<typeof getCsv>[0];
const ctx = (props: object) => ({ props, site: new URL('https://www.kk.dk/'), params: {} }) as unknown as Ctx;
const datasets = siteDatasets();
const { barometer, errors } = loadBarometer('data');
const pkg = JSON.parse(realDataPackage()) as DataPackage;

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: 'greedy' }).data;
}

describe('published data of the real data folder', () => {
  it('the source data is valid, so the comparison is with a real reading', () => {
    expect(errors).toEqual([]);
    expect(barometer.measurements.length).toBeGreaterThan(0);
  });

  it('datapackage.json lists every CSV file of the data folder once, with a schema whose fields equal its header', () => {
    const own = pkg.resources.filter((r) => r.format === 'csv' && !/^https?:/.test(r.path));
    expect(own.map((r) => r.path).sort()).toEqual(CSV_TABLES.map((t) => t.file).sort());
    for (const r of own) {
      const header = parseCsv(readFileSync(`data/${r.path}`, 'utf8'))[0];
      expect(
        r.schema.fields.map((f) => f.name),
        r.path,
      ).toEqual(header);
      expect(r.bytes).toBe(readFileSync(`data/${r.path}`).length);
    }
  });

  it('each CSV route publishes the committed file byte for byte', async () => {
    for (const ds of datasets) {
      const body = Buffer.from(await (await getCsv(ctx({ ds }))).arrayBuffer());
      expect(body.equals(readFileSync(`data/${ds.spec.file}`)), ds.spec.file).toBe(true);
    }
  });

  it('measurements.json rows equal the validated measurements, row for row', async () => {
    const ds = datasets.find((d) => d.name === 'measurements')!;
    const json = (await (await getJson(ctx({ ds }))).json()) as DatasetJson;
    expect(json.rows).toHaveLength(parseCsv(ds.text).length - 1);
    // An empty cell is null in JSON, the main series' breakdown too.
    expect(json.rows.map((r) => [r.indicator, r.period, r.breakdown ?? '', r.value, r.source, r.note ?? ''])).toEqual(
      barometer.measurements.map((m) => [m.indicator, m.period.label, m.breakdown, m.value, m.source, m.note]),
    );
  });

  it('indicators.json rows equal the validated indicators', async () => {
    const ds = datasets.find((d) => d.name === 'indicators')!;
    const json = (await (await getJson(ctx({ ds }))).json()) as DatasetJson;
    expect(
      json.rows.map((r) => ({
        id: r.id,
        area: r.area,
        unit: r.unit,
        main: r.main,
        illustrative: r.illustrative,
        tolerance: r.tolerance,
        direction: DIRECTION_VALUES[r.direction as keyof typeof DIRECTION_VALUES],
        target: r.target_value ?? undefined,
      })),
    ).toEqual(
      barometer.indicators.map((i) => ({
        id: i.id,
        area: i.area,
        unit: i.unit,
        main: i.main,
        illustrative: i.illustrative,
        tolerance: i.tolerance,
        direction: i.direction,
        target: i.target?.value,
      })),
    );
  });
});

describe('per-indicator downloads on /data/', () => {
  it('lists every indicator once, with a picture and embed only when it has measurements', async () => {
    const { indicatorFiles } = await import('../../src/lib/open-data/indicator-files.ts');
    const files = indicatorFiles(barometer);
    expect(files.map((f) => f.id).sort()).toEqual(barometer.indicators.map((i) => i.id).sort());
    for (const f of files) {
      const measured = barometer.measurements.some((m) => m.indicator === f.id);
      expect(f.csvPath).toBe(`indikatorer/${f.id}/data.csv`);
      expect(f.svgPath).toBe(measured ? `indikatorer/${f.id}/graf.svg` : undefined);
      expect(f.embedPath).toBe(measured ? `indikatorer/${f.id}/indlejr/` : undefined);
    }
  });
});
