/**
 * An edition prints its numbers as published, with the unit's name as today when the unit was renamed
 * since and the numbers stand (the ratio »pct.« → »indeks«, a count given its noun »områder«), and a
 * note on the page says which names differ from what the edition showed. A unit that came with new
 * numbers keeps the edition's own name.
 */
import { describe, expect, it } from 'vitest';
import { editionSnapshot } from '../../src/lib/editions/edition-snapshot.ts';
import { numbersStand, unitsAsToday } from '../../src/lib/editions/edition-units.ts';
import { editionPageView } from '../../src/lib/editions/edition-view.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import type { DataState } from '../../src/lib/editions/data-timeline.ts';
import { csv, INDICATORS, MEASUREMENTS, type Rec } from '../helpers/changes-fixture.ts';

const TODAY = new Date('2026-12-05T12:00:00Z');
const NBSP = '\u00a0';
const barometer = (i: Rec[], m: Rec[] = MEASUREMENTS) =>
  validateData({ file: 'i', text: csv(INDICATORS_TABLE, i) }, { file: 'm', text: csv(MEASUREMENTS_TABLE, m) }, { today: TODAY }).barometer;
const withCells = (rows: Rec[], id: string, cells: Rec) => rows.map((r) => (r.id === id ? { ...r, ...cells } : r));
const state = (i: Rec[], m: Rec[] = MEASUREMENTS): DataState => ({
  sha: 'aaaaaaa1',
  date: '2026-12-01T10:00:00+01:00',
  landed: '2026-12-01T10:00:00+01:00',
  indicators: csv(INDICATORS_TABLE, i),
  measurements: csv(MEASUREMENTS_TABLE, m),
});
const EDITION = { date: '2026-12-01', title: 'December', note: '' };

/** As on 1 December: the ratio in »pct.«, the count of areas with no noun. */
const THEN = withCells(INDICATORS, 'tryghed-sub', { unit: 'antal' });
/** As on 3 December: the ratio is an index, the count says what it counts. */
const NOW = withCells(withCells(THEN, 'besk', { unit: 'indeks' }), 'tryghed-sub', { unit_noun: 'område/områder' });

describe('the unit an edition prints its numbers in', () => {
  const snapshot = editionSnapshot(EDITION, state(THEN), barometer(NOW));
  const score = (id: string) => snapshot.scores.find((s) => s.id === id)!;

  it('names a renamed unit as today, beside the same number: »indeks 73,0«, not »73,0 pct.«', () => {
    expect(score('besk').latestText).toBe('indeks 73,0');
    expect(score('besk').explanation).toContain('indekspoint');
    expect(score('besk').explanation).not.toContain('pct.');
    expect(score('besk').explanation).not.toContain('procentpoint');
  });

  it('prints a count with its noun, not a bare number: »18,0 områder«', () => {
    expect(score('tryghed-sub').latestText).toBe(`18,0${NBSP}områder`);
  });

  it('keeps the numbers and everything else as published, and the data as committed beside them', () => {
    expect(snapshot.shown!.measurements).toEqual(snapshot.barometer!.measurements);
    expect(snapshot.barometer!.indicators.find((i) => i.id === 'besk')!.unit).toBe('pct');
    expect(snapshot.shown!.indicators.find((i) => i.id === 'besk')).toEqual({
      ...snapshot.barometer!.indicators.find((i) => i.id === 'besk'),
      unit: 'indeks',
    });
    expect(score('bolig-udsatte').latestText).toBe(`24,0${NBSP}pct.`);
  });

  it('says which units the edition showed under another name', () => {
    expect(snapshot.unitsRenamed).toEqual([
      { id: 'besk', title: 'Beskæftigelse i alt', then: 'procent', now: 'indeks' },
      { id: 'tryghed-sub', title: 'Oplevet diskrimination', then: 'antal', now: 'antal områder' },
    ]);
    expect(editionPageView(snapshot, [snapshot], undefined).unitsRenamed).toEqual([
      'Beskæftigelse i alt: »procent« i udgaven, »indeks« i dag',
      'Oplevet diskrimination: »antal« i udgaven, »antal områder« i dag',
    ]);
  });

  it('prints the edition as committed without today’s data, or when no unit was renamed', () => {
    const alone = editionSnapshot(EDITION, state(THEN));
    expect(alone.scores.find((s) => s.id === 'besk')!.latestText).toBe(`73,0${NBSP}pct.`);
    expect(alone.unitsRenamed).toEqual([]);
    const same = unitsAsToday(barometer(THEN), barometer(THEN));
    expect(same.renamed).toEqual([]);
  });

  it('keeps the edition’s unit when the numbers came with the new unit (a rescaled series)', () => {
    const rescaled = MEASUREMENTS.map((r) =>
      r.indicator === 'besk' ? { ...r, value: String(Number((r.value ?? '').replace(',', '.')) * 10) } : r,
    );
    const s = editionSnapshot(EDITION, state(THEN), barometer(withCells(THEN, 'besk', { unit: 'pr-1000-indbyggere' }), rescaled));
    expect(s.scores.find((x) => x.id === 'besk')!.latestText).toBe(`73,0${NBSP}pct.`);
    expect(s.unitsRenamed).toEqual([]);
  });

  it('an indicator gone today keeps its own unit', () => {
    const gone = barometer(
      NOW.filter((r) => r.id !== 'tryghed-sub'),
      MEASUREMENTS.filter((r) => r.indicator !== 'tryghed-sub'),
    );
    expect(unitsAsToday(barometer(THEN), gone).renamed.map((r) => r.id)).toEqual(['besk']);
  });
});

describe('numbersStand', () => {
  const m = barometer(THEN).measurements;
  const revise = (period: string, value: number) =>
    m.map((x) => (x.indicator === 'besk' && x.period.label === period ? { ...x, value } : x));

  it('holds when most shared values are unchanged, a revision or two aside', () => {
    expect(numbersStand('besk', m, m)).toBe(true);
    expect(numbersStand('besk', m, revise('2023', 74))).toBe(true);
  });

  it('fails when most values changed, or none is shared', () => {
    expect(
      numbersStand(
        'besk',
        m,
        revise('2023', 74).map((x) => (x.indicator === 'besk' ? { ...x, value: x.value + 1 } : x)),
      ),
    ).toBe(false);
    expect(numbersStand('besk', m, [])).toBe(false);
  });
});
