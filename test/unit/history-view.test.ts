import { describe, expect, it } from 'vitest';
import { changeAnchor, fieldValue, historyLines, historyView, publicEntry, summarise } from '../../src/lib/history/history-view.ts';
import type { ChangeEntry } from '../../src/lib/history/indicator-history.ts';
import { changeEntry } from '../helpers/change-entry.ts';

const editorOnly = (files: readonly string[]) => files.every((f) => f.startsWith('data/'));

function entry(over: Partial<ChangeEntry>): ChangeEntry {
  return changeEntry(
    {
      sha: '0123456789abcdef0123456789abcdef01234567',
      date: '2026-12-01T14:46:20+00:00',
      message: 'Real main indicator for every area; flag, geo and source_url columns',
      files: ['data/measurements.csv', 'data/indicators.csv', 'src/lib/chart/flag-marks.ts'],
    },
    over,
  );
}

const URL = 'https://example.org/trend_history_raw.csv';

/** What commit f53cbf6 did to an indicator: comparison cities' values, flags and source addresses, code beside. */
const cities = entry({
  added: [
    { period: '2020', breakdown: 'Aarhus', value: '55,1' },
    { period: '2021', breakdown: 'Aarhus', value: '58,4', flag: 'brud i serien' },
  ],
  details: [
    { detail: 'sourceUrl', period: '2019', breakdown: '', old: '', new: URL },
    { detail: 'sourceUrl', period: '2020', breakdown: '', old: '', new: URL },
    { detail: 'flag', period: '2021', breakdown: '', old: '', new: 'brud i serien' },
    { detail: 'sourceUrl', period: '2021', breakdown: '', old: '', new: URL },
    { detail: 'sourceUrl', period: '2023', breakdown: '', old: '', new: URL },
    { detail: 'flag', period: '2021', breakdown: 'Hele landet', old: '', new: 'brud i serien' },
    { detail: 'note', period: '2021', breakdown: 'Hele landet', old: '', new: 'Springet fra 2020 til 2021 kan være et brud.' },
  ],
  fields: [{ field: 'coverage', old: '', new: 'Indvandrere og efterkommere fra ikke-vestlige lande' }],
});

describe('changed indicator fields in the change history', () => {
  it('names the field in Danish and writes a date the Danish way', () => {
    expect(historyLines(entry({ fields: [{ field: 'next_update', old: '', new: '2026-12-01' }] }))).toEqual([
      { kind: 'field', label: 'Ændret felt', text: 'Næste opdatering forventes: – → 1. december 2026' },
    ]);
  });

  it('keeps a year, a number and an unknown field as they are', () => {
    expect(fieldValue('next_update', '2029')).toBe('2029');
    expect(fieldValue('tolerance', '0.5')).toBe('0,5');
    expect(historyLines(entry({ fields: [{ field: 'ny_kolonne', old: 'a', new: 'b' }] }))[0]?.text).toBe('ny_kolonne: a → b');
  });
});

describe("a value's flag, note and source in the change history", () => {
  it('counts them in the summary, each kind apart', () => {
    expect(summarise(cities)).toBe(
      '2 værdier tilføjet, 2 markeringer ændret, 1 note ændret, 4 kildeadresser ændret, 1 felt i beskrivelsen ændret',
    );
  });

  it('lists them as lines of their own, flags first, the same change to a series on one line', () => {
    expect(historyLines(cities).map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Tilføjet: 2020, Aarhus: 55,1',
      'Tilføjet: 2021, Aarhus: 58,4 (brud i serien)',
      'Markering: 2021: – → brud i serien',
      'Markering: 2021, Hele landet: – → brud i serien',
      'Note: 2021, Hele landet: – → Springet fra 2020 til 2021 kan være et brud.',
      `Kildens adresse: 2019–2021 og 2023: – → ${URL}`,
      'Ændret felt: Omfatter: – → Indvandrere og efterkommere fra ikke-vestlige lande',
    ]);
    expect(historyLines(cities).map((l) => l.kind)).toEqual(['added', 'added', 'flag', 'flag', 'note', 'sourceUrl', 'field']);
  });

  it('writes a flag taken off and quarters the Danish way', () => {
    const off = entry({ details: [{ detail: 'flag', period: '2024K2', breakdown: '', old: 'foreløbig', new: '' }] });
    expect(historyLines(off)).toEqual([{ kind: 'flag', label: 'Markering', text: '2.\u00a0kvt. 2024: foreløbig → –' }]);
    expect(summarise(off)).toBe('1 markering ændret');
  });
});

describe('which changes the public sees, whoever made them', () => {
  it("shows a developer's change to the values with the site's own words, never the commit's message", () => {
    expect(publicEntry(cities, editorOnly)).toEqual({ message: '', note: 'Ændret sammen med en opdatering af sitet.' });
    const view = historyView(true, [cities], editorOnly);
    if (!view.available) throw new Error('expected history');
    expect(view.items).toHaveLength(1);
    expect(view.items[0]!.summary).toContain('2 værdier tilføjet');
    expect(JSON.stringify(view)).not.toContain('Real main indicator');
  });

  it('shows a developer change to a flag alone, a note alone or a field alone', () => {
    const flagOnly = entry({ details: [{ detail: 'flag', period: '2021', breakdown: '', old: '', new: 'skønnet' }] });
    const fieldOnly = entry({ fields: [{ field: 'target_value', old: '80', new: '85' }] });
    for (const e of [flagOnly, fieldOnly]) expect(publicEntry(e, editorOnly)?.note).toBe('Ændret sammen med en opdatering af sitet.');
  });

  it("hides a developer's commit that changes nothing about the indicator", () => {
    expect(publicEntry(entry({}), editorOnly)).toBeUndefined();
    const view = historyView(true, [entry({})], editorOnly);
    expect(view.available && view.items).toEqual([]);
  });

  it("keeps an editor's message, the first version's and a new indicator's own words", () => {
    const editor = entry({ files: ['data/measurements.csv'], message: 'Tal for 2025 fra Danmarks Statistik', details: cities.details });
    expect(publicEntry(editor, editorOnly)).toEqual({ message: 'Tal for 2025 fra Danmarks Statistik' });
    expect(publicEntry(entry({ createdFile: true, indicator: 'added' }), editorOnly)?.note).toBe('Første udgave: tallene kom på sitet.');
    expect(publicEntry(entry({ indicator: 'added' }), editorOnly)?.note).toBe('Indikatoren kom på sitet.');
  });

  it('gives every shown change the anchor the feed links to', () => {
    expect(changeAnchor(cities.sha)).toBe('aendring-0123456789ab');
    const view = historyView(
      true,
      [cities, entry({ sha: 'f'.repeat(40), files: ['data/indicators.csv'], indicator: 'added' })],
      editorOnly,
    );
    if (!view.available) throw new Error('expected history');
    expect(view.items.map((i) => i.anchor)).toEqual(['aendring-0123456789ab', `aendring-${'f'.repeat(12)}`]);
  });
});
