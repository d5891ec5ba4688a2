/**
 * An independent check of the published Data Package: the Frictionless reference library for
 * JavaScript (`datapackage`, Data Package v1) loads our datapackage.json, validates it against its
 * profile, and reads every CSV through its Table Schema – casting each cell by type, pattern, enum,
 * decimal comma and ja/nej, checking required cells, primary keys and the foreign key to the
 * indicators. If our schema said anything the files do not do, this read would fail.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { dataPackage } from '../../src/lib/open-data/datapackage.ts';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import { readEditions } from '../../src/lib/editions/editions-file.ts';
import { loadGoals } from '../../src/loaders/goals.ts';
import { diskLetterLookup } from '../../scripts/lib/check/letter-lookup.ts';

interface FrictionlessResource {
  name: string;
  read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: { message: string }[];
  resources: FrictionlessResource[];
}
const { Package } = createRequire(import.meta.url)('datapackage') as { Package: { load(path: string): Promise<FrictionlessPackage> } };

const dir = mkdtempSync(join(tmpdir(), 'ib-frictionless-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('datapackage.json read by the Frictionless library', () => {
  it('is valid and every row of every file casts through its schema, keys and relations included', async () => {
    const datasets = siteDatasets();
    const pkg = dataPackage(datasets, 'https://www.kk.dk/data/');
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(pkg));
    for (const ds of datasets) {
      copyFileSync(`data/${ds.spec.file}`, join(dir, ds.spec.file));
      // This library (v1, 2019) does not skip a UTF-8 byte order mark; Excel writes one and current
      // Frictionless tools skip it. Remove it for this reader only, so the test is about the schema.
      writeFileSync(join(dir, ds.spec.file), readFileSync(join(dir, ds.spec.file), 'utf8').replace(/^\uFEFF/, ''));
    }
    const loaded = await Package.load(join(dir, 'datapackage.json'));
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
    expect(loaded.valid).toBe(true);

    const { barometer } = loadBarometer('data');
    const counts: Record<string, number> = {};
    for (const r of loaded.resources) {
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
    const goals = loadGoals('data', {
      indicatorsFile: 'data/indicators.csv',
      indicatorIds: new Set(barometer.indicators.map((i) => i.id)),
      indicators: barometer.indicators,
      letters: diskLetterLookup('content'),
      today: new Date(),
    }).data;
    expect(counts).toEqual({
      indicators: barometer.indicators.length,
      measurements: barometer.measurements.length,
      editions: editions.length,
      goals: goals.goals.length,
      spending: goals.spending.length,
    });
  });

  it('the same library refuses a file that breaks the schema', async () => {
    const bad = readFileSync(join(dir, 'measurements.csv'), 'utf8').split('\n');
    const cells = bad[1]!.split(';');
    cells[0] = 'findes-ikke';
    bad[1] = cells.join(';');
    writeFileSync(join(dir, 'measurements.csv'), bad.join('\n'));
    const loaded = await Package.load(join(dir, 'datapackage.json'));
    const m = loaded.resources.find((r) => r.name === 'measurements')!;
    await expect(m.read({ relations: true })).rejects.toThrow(/[Ff]oreign key/);
  });
});
