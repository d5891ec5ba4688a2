/** The change history computed from committed file versions (pure: the versions are fixtures, not git). */
import { describe, expect, it } from 'vitest';
import { indicatorHistory } from '../../src/lib/history/indicator-history.ts';
import { historyColumns } from '../../src/lib/history/history-columns.ts';
import type { FileVersion } from '../../src/lib/history/file-version.ts';

const BOM = '\uFEFF';
const URL = 'https://example.org/raw.csv';

function version(sha: string, date: string, parentContent: string, content: string, files: string[]): FileVersion {
  return { sha, date, message: `commit ${sha}`, path: 'data/measurements.csv', content, parentContent, files };
}

// Before the flag and source_url columns existed.
const v1 = `${BOM}indicator;period;breakdown;value;source;note
besk;2020;;50,5;DST;
besk;2021;;51;DST;
besk;2021;Hele landet;60;DST;
`;
// The columns arrive with a flag on 2021 and addresses on every row, a new city comes in flagged, 50,5 is written 50,50.
const v2 = `${BOM}indicator;period;breakdown;value;source;note;flag;source_url
besk;2020;;50,50;DST;;;${URL}
besk;2021;;51;DST;Brud i opgørelsen.;brud i serien;${URL}
besk;2021;Hele landet;60;DST;;brud i serien;${URL}
besk;2021;Aarhus;58;DST;Brud i opgørelsen.;brud i serien;${URL}
`;
// An editor takes the flag off, corrects the source and revises a value.
const v3 = `${BOM}indicator;period;breakdown;value;source;note;flag;source_url
besk;2020;;50,5;DST;;;${URL}
besk;2021;;51,5;DST, RAS200;Brud i opgørelsen.;;${URL}
besk;2021;Hele landet;60;DST;;brud i serien;${URL}
besk;2021;Aarhus;58;DST;Brud i opgørelsen.;brud i serien;${URL}
`;

const versions = [
  version('c3', '2026-12-03T10:00:00+01:00', v2, v3, ['data/measurements.csv']),
  version('b2', '2026-12-01T10:00:00+01:00', v1, v2, ['data/measurements.csv', 'src/lib/chart/flag-marks.ts']),
  version('a1', '2026-11-23T10:00:00+01:00', '', v1, ['data/measurements.csv', 'src/loaders/site-data.ts']),
];

describe('change history of the values', () => {
  const [editor, developer, first] = indicatorHistory(versions, [], historyColumns()).get('besk')!;

  it('finds flags, notes and source addresses set on kept values, also where the older file had no such column', () => {
    expect(developer!.sha).toBe('b2');
    expect(developer!.revised).toEqual([]);
    expect(developer!.added).toEqual([{ period: '2021', breakdown: 'Aarhus', value: '58', flag: 'brud i serien' }]);
    expect(developer!.details).toEqual([
      { detail: 'sourceUrl', period: '2020', breakdown: '', old: '', new: URL },
      { detail: 'flag', period: '2021', breakdown: '', old: '', new: 'brud i serien' },
      { detail: 'note', period: '2021', breakdown: '', old: '', new: 'Brud i opgørelsen.' },
      { detail: 'sourceUrl', period: '2021', breakdown: '', old: '', new: URL },
      { detail: 'flag', period: '2021', breakdown: 'Hele landet', old: '', new: 'brud i serien' },
      { detail: 'sourceUrl', period: '2021', breakdown: 'Hele landet', old: '', new: URL },
    ]);
  });

  it('keeps a revised value apart from its flag and source; the same number written anew is no change', () => {
    expect(editor!.revised).toEqual([{ period: '2021', breakdown: '', old: '51', new: '51,5' }]);
    expect(editor!.details).toEqual([
      { detail: 'flag', period: '2021', breakdown: '', old: 'brud i serien', new: '' },
      { detail: 'source', period: '2021', breakdown: '', old: 'DST', new: 'DST, RAS200' },
    ]);
    expect(first!.added.map((p) => p.flag)).toEqual([undefined, undefined, undefined]);
    expect(first!.details).toEqual([]);
  });
});
