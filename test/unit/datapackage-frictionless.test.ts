/**
 * An independent check of the published Data Package: the Frictionless reference library for
 * JavaScript (`datapackage`, Data Package v1) loads our datapackage.json, validates it against its
 * profile, and reads every CSV through its Table Schema – the data folder's files and every file the
 * site derives from them – casting each cell by type, pattern, enum, decimal comma and ja/nej,
 * checking required cells, primary keys and the foreign key to the indicators. The library does not
 * read JSON tables (a v2 feature), so each JSON file's rows are cast through its schema with the
 * library's own Table Schema module. If our schema said anything the files do not do, this would fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { readEditions } from '../../src/lib/editions/editions-file.ts';
import type { DataPackage } from '../../src/lib/open-data/datapackage.ts';
import { publishedDownloads, realGoals } from '../helpers/published-downloads.ts';

interface FrictionlessResource {
  name: string;
  tabular: boolean;
  descriptor: { path: string; format: string; schema: object };
  read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: { message: string }[];
  resources: FrictionlessResource[];
}
interface FrictionlessSchema {
  fieldNames: string[];
  castRow(row: unknown[]): unknown[];
}
const require = createRequire(import.meta.url);
const { Package } = require('datapackage') as { Package: { load(path: string): Promise<FrictionlessPackage> } };
const { Schema } = createRequire(require.resolve('datapackage'))('tableschema') as {
  Schema: { load(descriptor: object): Promise<FrictionlessSchema> };
};

const dir = mkdtempSync(join(tmpdir(), 'ib-frictionless-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A resource's file under the site's root: a data folder file's path is relative to /data/, a derived file's is its address. */
const sitePath = (path: string) => (/^https?:/.test(path) ? new URL(path).pathname.slice(1) : `data/${path}`);

/**
 * Every download written at its site path, and the package beside them with each path made local,
 * so the library reads the files without the network.
 */
async function writeSite(): Promise<string> {
  const files = await publishedDownloads();
  const pkg = JSON.parse(files.find((f) => f.path === 'data/datapackage.json')!.text) as DataPackage;
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    // This library (v1, 2019) does not skip a UTF-8 byte order mark; Excel writes one and current
    // Frictionless tools skip it. Remove it for this reader only, so the test is about the schema.
    writeFileSync(join(dir, f.path), f.text.replace(/^\uFEFF/, ''));
  }
  const local = { ...pkg, resources: pkg.resources.map((r) => ({ ...r, path: sitePath(r.path) })) };
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(local));
  return join(dir, 'datapackage.json');
}
const packagePath = await writeSite();

describe('datapackage.json read by the Frictionless library', () => {
  it('is valid and every row of every CSV file casts through its schema, keys and relations included', async () => {
    const loaded = await Package.load(packagePath);
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
    expect(loaded.valid).toBe(true);

    const { barometer } = loadBarometer('data');
    const counts: Record<string, number> = {};
    const csv = loaded.resources.filter((r) => r.descriptor.format === 'csv');
    expect(csv.every((r) => r.tabular)).toBe(true);
    expect(csv.length).toBeGreaterThan(50);
    for (const r of csv) {
      const rows = await r.read({ keyed: true, relations: r.name === 'measurements' || r.name === 'goals' });
      counts[r.name] = rows.length;
      if (r.name === 'measurements') {
        // Relations resolve each measurement's indicator to its row in indicators.csv.
        expect(rows.map((row) => (row.indicator as { id: string }).id)).toEqual(barometer.measurements.map((m) => m.indicator));
        expect(rows.map((row) => Number(row.value))).toEqual(barometer.measurements.map((m) => m.value));
      }
      if (r.name === 'indicators') {
        expect(rows.map((row) => row.main)).toEqual(barometer.indicators.map((i) => i.main));
      }
    }
    const editions = readEditions(readFileSync('data/editions.csv', 'utf8'), 'data/editions.csv', new Date()).editions;
    const goals = realGoals();
    expect({
      indicators: counts.indicators,
      measurements: counts.measurements,
      editions: counts.editions,
      goals: counts.goals,
      spending: counts.spending,
    }).toEqual({
      indicators: barometer.indicators.length,
      measurements: barometer.measurements.length,
      editions: editions.length,
      goals: goals.goals.length,
      spending: goals.spending.length,
    });
    // Every measurement is in its indicator's data.csv once.
    const perIndicator = Object.entries(counts).filter(([name]) => /^indikatorer-.*-data-csv$/.test(name));
    expect(perIndicator.reduce((sum, [, n]) => sum + n, 0)).toBe(barometer.measurements.length);
  });

  it('every row of every JSON file casts through its schema, in the schema’s field order', async () => {
    const loaded = await Package.load(packagePath);
    const json = loaded.resources.filter((r) => r.descriptor.format === 'json');
    expect(json.length).toBeGreaterThan(30);
    for (const r of json) {
      const schema = await Schema.load(r.descriptor.schema);
      const rows = (JSON.parse(readFileSync(join(dir, r.descriptor.path), 'utf8')) as { rows: Record<string, unknown>[] }).rows;
      for (const row of rows) {
        expect(Object.keys(row), r.name).toEqual(schema.fieldNames);
        expect(() => schema.castRow(schema.fieldNames.map((k) => row[k])), r.name).not.toThrow();
      }
    }
  });

  it('the same library refuses a file that breaks the schema', async () => {
    const bad = readFileSync(join(dir, 'data/measurements.csv'), 'utf8').split('\n');
    const cells = bad[1]!.split(';');
    cells[0] = 'findes-ikke';
    bad[1] = cells.join(';');
    writeFileSync(join(dir, 'data/measurements.csv'), bad.join('\n'));
    const loaded = await Package.load(packagePath);
    const m = loaded.resources.find((r) => r.name === 'measurements')!;
    await expect(m.read({ relations: true })).rejects.toThrow(/[Ff]oreign key/);
  });

  it('and a derived file whose cell breaks its schema', async () => {
    const path = readFileSync(packagePath, 'utf8').match(/"path":"(statusrapporter\/\d+\/omraader\.csv)"/)![1]!;
    const lines = readFileSync(join(dir, path), 'utf8').split('\r\n');
    lines[1] = lines[1]!.replace(/^\d{4};/, 'tyve;');
    writeFileSync(join(dir, path), lines.join('\r\n'));
    const loaded = await Package.load(packagePath);
    const r = loaded.resources.find((x) => x.descriptor.path === path)!;
    await expect(r.read({})).rejects.toThrow(/type and format mismatch/);
  });
});
