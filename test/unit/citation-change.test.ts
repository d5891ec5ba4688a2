/**
 * The citation box says »Tallene er ændret siden …« only when a figure changed since the edition (a
 * value, its flag, a period, the baseline or target, the status); a change in words alone (the unit's
 * name, a note, a source, the definition) is said as such, and the figures are cited from the edition.
 * The date »tal senest opdateret« counts only changes to figures in the git history.
 */
import { describe, expect, it } from 'vitest';
import { editionChanges } from '../../src/lib/editions/edition-changes.ts';
import { FIGURE_FIELDS, sinceEdition } from '../../src/lib/editions/citation-change.ts';
import { citationView } from '../../src/lib/editions/citation-view.ts';
import { FIGURE_COLUMNS, figureChanges, numberChanges } from '../../src/lib/editions/update-dates.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import type { ChangeEntry } from '../../src/lib/history/indicator-history.ts';
import { csv, INDICATORS, MEASUREMENTS, type Rec } from '../helpers/changes-fixture.ts';
import { changeEntry } from '../helpers/change-entry.ts';

const TODAY = new Date('2026-12-05T12:00:00Z');
const barometer = (i: Rec[] = INDICATORS, m: Rec[] = MEASUREMENTS) =>
  validateData({ file: 'i', text: csv(INDICATORS_TABLE, i) }, { file: 'm', text: csv(MEASUREMENTS_TABLE, m) }, { today: TODAY }).barometer;
const indicator = (id: string, cells: Rec) => INDICATORS.map((r) => (r.id === id ? { ...r, ...cells } : r));
const value = (id: string, period: string, cells: Rec) =>
  MEASUREMENTS.map((r) => (r.indicator === id && r.period === period && !r.breakdown ? { ...r, ...cells } : r));

const then = barometer();
const kind = (now: ReturnType<typeof barometer>, ids = ['besk']) => sinceEdition(then, now, editionChanges(then, now), ids);

describe('what changed since the edition, for the citation', () => {
  it('nothing: the same', () => {
    expect(kind(barometer())).toBe('same');
    // When the source publishes next is about the future, not the figures.
    expect(kind(barometer(indicator('besk', { next_update: '2027-03' })))).toBe('same');
  });

  it('only the unit’s name (3 December: »pct.« → »indeks«, a count’s noun): words, not figures', () => {
    expect(kind(barometer(indicator('besk', { unit: 'indeks' })))).toBe('described');
    const count = barometer(indicator('besk', { unit: 'antal' }));
    const named = barometer(indicator('besk', { unit: 'antal', unit_noun: 'område/områder' }));
    expect(sinceEdition(count, named, editionChanges(count, named), ['besk'])).toBe('described');
  });

  it('a note, a source, the definition or the title alone: words, not figures', () => {
    expect(kind(barometer(INDICATORS, value('besk', '2023', { note: 'Tallet er læst i en sekundær kilde.' })))).toBe('described');
    expect(kind(barometer(INDICATORS, value('besk', '2023', { source: 'Testkilde B' })))).toBe('described');
    expect(kind(barometer(indicator('besk', { definition: 'En bedre definition.' })))).toBe('described');
    expect(kind(barometer(indicator('besk', { title: 'Beskæftigelse, alle' })))).toBe('described');
  });

  it('a value, a value’s flag, a new or removed period: figures', () => {
    expect(kind(barometer(INDICATORS, value('besk', '2023', { value: '73,4' })))).toBe('figures');
    expect(kind(barometer(INDICATORS, value('besk', '2023', { flag: 'foreløbig' })))).toBe('figures');
    expect(
      kind(
        barometer(INDICATORS, [
          ...MEASUREMENTS,
          { indicator: 'besk', period: '2024', breakdown: '', value: '74,0', source: 'Testkilde A' },
        ]),
      ),
    ).toBe('figures');
    expect(
      kind(
        barometer(
          INDICATORS,
          MEASUREMENTS.filter((r) => !(r.indicator === 'besk' && r.period === '2022')),
        ),
      ),
    ).toBe('figures');
  });

  it('the baseline, the target, the tolerance: figures, also when the status stays', () => {
    expect(kind(barometer(indicator('besk', { baseline_value: '69,0' })))).toBe('figures');
    expect(kind(barometer(indicator('besk', { target_period: '2030', target_value: '80,0' })))).toBe('figures');
    expect(kind(barometer(indicator('besk', { tolerance: '0,4' })))).toBe('figures');
  });

  it('a unit renamed and a value revised: figures', () => {
    expect(kind(barometer(indicator('besk', { unit: 'indeks' }), value('besk', '2023', { value: '73,4' })))).toBe('figures');
  });

  it('an area: figures when any of its indicators’ figures changed, or one came or went', () => {
    const ids = ['tryghed', 'tryghed-sub'];
    expect(kind(barometer(indicator('tryghed-sub', { unit: 'indeks' })), ids)).toBe('described');
    expect(kind(barometer(INDICATORS, value('tryghed-sub', '2023', { value: '17,0' })), ids)).toBe('figures');
    const without = barometer(
      INDICATORS.filter((r) => r.id !== 'tryghed-sub'),
      MEASUREMENTS.filter((r) => r.indicator !== 'tryghed-sub'),
    );
    expect(sinceEdition(then, without, editionChanges(then, without), ids)).toBe('figures');
  });

  it('an area: figures when one of its indicators moved to another area, though that indicator’s own figures stand', () => {
    const moved = barometer(indicator('tryghed-sub', { area: 'bolig' }));
    expect(moved.indicators.find((i) => i.id === 'tryghed-sub')?.area).toBe('bolig');
    const changes = editionChanges(then, moved);
    expect(sinceEdition(then, moved, changes, ['tryghed', 'tryghed-sub'], 'tryghed')).toBe('figures');
    expect(sinceEdition(then, moved, changes, ['tryghed-sub'], 'bolig')).toBe('figures');
    expect(sinceEdition(then, moved, changes, ['tryghed-sub'])).not.toBe('same');
  });

  it('names the indicator fields the figures depend on as columns of indicators.csv too', () => {
    const columns = new Set(INDICATORS_TABLE.columns.map((c) => c.name));
    for (const c of FIGURE_COLUMNS) expect(columns, c).toContain(c);
    expect([...FIGURE_COLUMNS].sort()).toEqual([
      'baseline_period',
      'baseline_value',
      'direction',
      'illustrative',
      'main',
      'target_period',
      'target_value',
      'tolerance',
    ]);
    expect([...FIGURE_FIELDS].sort()).toEqual(['baseline', 'direction', 'illustrative', 'main', 'target', 'tolerance']);
  });
});

describe('the citation’s notice', () => {
  const base = {
    title: 'Beskæftigelse i alt',
    pagePath: 'indikatorer/besk/',
    indicatorId: 'besk',
    editionsAvailable: true,
    latestEdition: { date: '2026-12-01', title: 'December' },
    retrieved: '2026-12-05',
    publisher: 'Københavns Kommune',
    siteName: 'Integrationsbarometeret',
    lastUpdated: '2026-11-01T10:00:00+01:00',
  };

  it('after a renamed unit or a new note: the figures are the edition’s, only the description changed', () => {
    const v = citationView({ ...base, sinceEdition: 'described' });
    expect(v.note).not.toContain('Tallene er ændret');
    expect(v.note).toBe(
      'Tallene her er de samme som i December (1. december 2026); kun beskrivelsen (fx en note, en kilde eller enhedens navn) er ændret siden. Citér udgaven, så linket altid viser de tal, du citerede.',
    );
    expect(v.sameAsEdition).toBe(true);
    expect(v.permalinkPath).toBe('udgaver/2026-12-01/#indikator-besk');
    expect(v.parts.before).toContain('Integrationsbarometeret, December (1. december 2026). Hentet ');
  });

  it('after a changed figure: »Tallene er ændret siden …«, citing the page', () => {
    const v = citationView({ ...base, sinceEdition: 'figures' });
    expect(v.note).toMatch(/^Tallene er ændret siden December \(1\. december 2026\)/);
    expect(v.permalinkPath).toBe('indikatorer/besk/');
  });

  it('unchanged: the same as the edition', () => {
    expect(citationView({ ...base, sinceEdition: 'same' }).note).toMatch(/^Tallene her er de samme som i December/);
  });
});

describe('when the figures last changed, from a crafted git history', () => {
  const entry = (date: string, over: Partial<ChangeEntry>): ChangeEntry =>
    changeEntry({ sha: date, date, message: '', files: ['data/indicators.csv'] }, over);
  const history = [
    entry('2026-12-03T22:32:22Z', { fields: [{ field: 'unit', old: 'pct', new: 'indeks' }] }),
    entry('2026-12-03T18:32:27Z', {
      details: [{ detail: 'note', period: '2021', breakdown: '', old: '', new: 'Udtrækkets eget landstal.' }],
    }),
    entry('2026-12-02T10:00:00Z', { fields: [{ field: 'definition', old: 'A', new: 'B' }] }),
    entry('2026-12-01T17:31:10Z', { revised: [{ period: '2024', breakdown: '', old: '79,0', new: '80,02' }] }),
  ];

  it('skips a unit renamed, a note and a new definition; dates the revised value', () => {
    expect(numberChanges(history)?.[0]?.date).toBe('2026-12-01T17:31:10Z');
    // »Senest opdateret« on the page still counts a changed description as an update.
    expect(figureChanges(history)?.[0]?.date).toBe('2026-12-03T22:32:22Z');
  });

  it('counts a flag, a target, the baseline, and an indicator added', () => {
    const flag = entry('2026-12-04T10:00:00Z', { details: [{ detail: 'flag', period: '2024', breakdown: '', old: '', new: 'foreløbig' }] });
    const target = entry('2026-12-04T10:00:00Z', { fields: [{ field: 'target_value', old: '', new: '85' }] });
    const baseline = entry('2026-12-04T10:00:00Z', { fields: [{ field: 'baseline_period', old: '2014', new: '2019' }] });
    const added = entry('2026-12-04T10:00:00Z', { indicator: 'added' });
    for (const e of [flag, target, baseline, added]) expect(numberChanges([e, ...history])?.[0]?.date).toBe('2026-12-04T10:00:00Z');
    expect(numberChanges([entry('2026-12-04T10:00:00Z', { fields: [{ field: 'unit_noun', old: '', new: 'område/områder' }] })])).toEqual(
      [],
    );
  });
});
