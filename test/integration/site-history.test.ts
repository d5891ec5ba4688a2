import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/data/read-csv.ts';
import { historyColumns } from '../../src/lib/history/history-columns.ts';
import { loadSiteHistory } from '../../src/loaders/site-history.ts';

// A shallow clone has no history to read; the history module reports that as "unavailable" (tested below).
const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';

describe('site history', () => {
  it('takes its column names from the CSV schema and they exist in the real files', () => {
    const c = historyColumns();
    expect(c).toEqual({ measurements: { indicator: 'indicator', period: 'period', breakdown: 'breakdown', value: 'value' }, indicators: { id: 'id' } });
    const { table } = readCsv(readFileSync('data/measurements.csv', 'utf8'), 'm');
    for (const col of Object.values(c.measurements)) expect(table.header).toContain(col);
  });

  it.skipIf(shallow)('reads the real history of this checkout (a full clone, as CI has)', () => {
    const h = loadSiteHistory('data');
    expect(h.available).toBe(true);
    const log = execFileSync('git', ['log', '--format=%H %s', '--', 'data/measurements.csv'], { encoding: 'utf8' }).trim().split('\n');
    const [oldestSha = '', ...words] = log.at(-1)!.split(' ');
    const firstVersion = execFileSync('git', ['show', `${oldestSha}:data/measurements.csv`], { encoding: 'utf8' });
    const first = readCsv(firstVersion, 'm').table.rows[0]!.cells[0]!;
    const entries = h.byIndicator.get(first)!;
    // An indicator in the file's first version has that commit as its oldest entry.
    expect(entries.at(-1)!.sha).toBe(oldestSha);
    expect(entries.at(-1)!.message).toBe(words.join(' '));
    expect(entries.at(-1)!.added.length).toBeGreaterThan(0);
  });

  it('is unavailable for a data folder outside any repository', () => {
    const d = mkdtempSync(join(tmpdir(), 'ib-site-history-'));
    try {
      writeFileSync(join(d, 'measurements.csv'), 'indicator;period;breakdown;value;source;note\n');
      writeFileSync(join(d, 'indicators.csv'), 'id\n');
      expect(loadSiteHistory(d)).toEqual({ available: false, byIndicator: new Map() });
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
