import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/data/read-csv.ts';
import { historyColumns } from '../../src/lib/history/history-columns.ts';
import { loadSiteHistory } from '../../src/loaders/site-history.ts';
import { historyView } from '../../src/lib/history/history-view.ts';
import { isEditorCommit } from '../../src/lib/history/commit-kind.ts';

// A shallow clone has no history to read; the history module reports that as "unavailable" (tested below).
const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';

describe('site history', () => {
  it('takes its column names from the CSV schema and they exist in the real files', () => {
    const c = historyColumns();
    expect(c).toEqual({
      measurements: {
        indicator: 'indicator',
        period: 'period',
        breakdown: 'breakdown',
        value: 'value',
        flag: 'flag',
        note: 'note',
        source: 'source',
        sourceUrl: 'source_url',
      },
      indicators: { id: 'id' },
    });
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
    expect(h.editorFolders).toEqual(['data/', 'content/', 'public/bilag/']);
  });

  it.skipIf(shallow)("shows the public only editors' words: the first version in Danish, no developer commit message", () => {
    const h = loadSiteHistory('data');
    for (const id of h.byIndicator.keys()) {
      const view = historyView(true, h.byIndicator.get(id), (files) => isEditorCommit(files, h.editorFolders));
      if (!view.available) throw new Error('expected history');
      for (const item of view.items) {
        const entry = h.byIndicator.get(id)!.find((e) => e.sha.startsWith(item.shortSha))!;
        // A message is shown only for a commit that touched nothing but editors' files.
        if (item.message)
          expect(
            entry.files.every((f) => /^(data|content|public\/bilag)\//.test(f)),
            `${id} ${item.shortSha}`,
          ).toBe(true);
        else expect(item.note).toMatch(/^(Første udgave|Indikatoren kom på sitet|Ændret sammen med en opdatering af sitet)/);
      }
    }
  });

  it.skipIf(shallow)('shows every commit that changed an indicator, whoever made it, at the anchor its feed links to', () => {
    const h = loadSiteHistory('data');
    const isEditor = (files: readonly string[]) => isEditorCommit(files, h.editorFolders);
    for (const [id, entries] of h.byIndicator) {
      const view = historyView(true, entries, isEditor);
      if (!view.available) throw new Error('expected history');
      expect(
        view.items.map((i) => i.anchor),
        id,
      ).toEqual(entries.map((e) => `aendring-${e.sha.slice(0, 12)}`));
    }
    // The journalist's case: a commit of code and data on 1 December added the comparison cities' values and set flags.
    const ratio = historyView(true, h.byIndicator.get('beskaeftigelse-ikke-vestlige-ratio'), isEditor);
    if (!ratio.available) throw new Error('expected history');
    const cities = ratio.items.find((i) => i.anchor === 'aendring-f53cbf657693');
    expect(cities?.note).toBe('Ændret sammen med en opdatering af sitet.');
    expect(cities?.summary).toMatch(/^60 værdier tilføjet, 2 markeringer ændret/);
    const lines = cities?.lines.map((l) => `${l.label}: ${l.text}`) ?? [];
    expect(lines.filter((l) => l.startsWith('Tilføjet: '))).toHaveLength(60);
    expect(lines).toContain('Markering: 2021: – → brud i serien');
    expect(lines).toContain('Tilføjet: 2021, Aarhus: 69,6 (brud i serien)');
  });

  it('is unavailable for a data folder outside any repository', () => {
    const d = mkdtempSync(join(tmpdir(), 'ib-site-history-'));
    try {
      writeFileSync(join(d, 'measurements.csv'), 'indicator;period;breakdown;value;source;note\n');
      writeFileSync(join(d, 'indicators.csv'), 'id\n');
      expect(loadSiteHistory(d)).toEqual({ available: false, byIndicator: new Map(), editorFolders: [] });
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
