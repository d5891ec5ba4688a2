/**
 * »Ændret siden udgaven« reports more than new numbers: a value whose number stayed the same but whose
 * flag, note or source changed, a flag that changed with a revised number, and an indicator's new unit.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EditionSince from '../../src/components/EditionSince.astro';
import { editionChanges } from '../../src/lib/editions/edition-changes.ts';
import { flagChange, markingChanges } from '../../src/lib/editions/marking-changes.ts';
import { INDICATORS_TABLE, MEASUREMENTS_TABLE } from '../../src/lib/data/csv-schema.ts';
import { validateData } from '../../src/lib/data/validate.ts';
import type { Measurement } from '../../src/lib/model.ts';
import { csv, INDICATORS, MEASUREMENTS, type Rec } from '../helpers/changes-fixture.ts';

const TODAY = new Date('2026-12-01T12:00:00Z');
const barometer = (m: Rec[], i: Rec[] = INDICATORS) =>
  validateData({ file: 'i', text: csv(INDICATORS_TABLE, i) }, { file: 'm', text: csv(MEASUREMENTS_TABLE, m) }, { today: TODAY }).barometer;
const edit = (rows: Rec[], id: string, period: string, cells: Rec) =>
  rows.map((r) => (r.indicator === id && r.period === period && !r.breakdown ? { ...r, ...cells } : r));
const NOTE = 'Tallet er skønnet ud fra to offentliggjorte tal.';

describe('what changed about a value besides its number', () => {
  const value = (extra: Partial<Measurement>): Measurement => ({
    indicator: 'x',
    period: { label: '2023', kind: 'year', time: 2023 } as Measurement['period'],
    breakdown: '',
    value: 1,
    source: 'Kilde A',
    note: '',
    ...extra,
  });

  it('names a flag change in Danish, with »endelig« for a provisional figure made final', () => {
    expect(flagChange(value({ flag: 'foreløbig' }), value({}))).toBe('foreløbig → endelig');
    expect(flagChange(value({}), value({ flag: 'revideret' }))).toBe('ingen markering → revideret');
    expect(flagChange(value({ flag: 'skønnet' }), value({}))).toBe('skønnet → ingen markering');
    expect(flagChange(value({ flag: 'foreløbig' }), value({ flag: 'revideret' }))).toBe('foreløbig → revideret');
    expect(flagChange(value({ flag: 'skønnet' }), value({ flag: 'skønnet' }))).toBeUndefined();
  });

  it('names a new, changed or removed note and a new source', () => {
    expect(markingChanges(value({}), value({ note: 'Ny.' }))).toEqual(['ny note: »Ny.«']);
    expect(markingChanges(value({ note: 'Gammel.' }), value({ note: 'Ny.' }))).toEqual(['ændret note: »Ny.«']);
    expect(markingChanges(value({ note: 'Gammel.' }), value({}))).toEqual(['noten er fjernet']);
    expect(markingChanges(value({}), value({ source: 'Kilde B' }))).toEqual(['kilde: Kilde A → Kilde B']);
    expect(markingChanges(value({}), value({ sourceUrl: 'https://example.org/t' }))).toEqual(['ny adresse på kilden']);
    expect(markingChanges(value({ note: 'Samme.' }), value({ note: 'Samme. ' }))).toEqual([]);
  });
});

describe('editionChanges', () => {
  const then = barometer(edit(MEASUREMENTS, 'besk', '2023', { flag: 'foreløbig' }));

  it('reports a value whose flag changed while the number stayed the same', () => {
    const changes = editionChanges(then, barometer(MEASUREMENTS));
    expect(changes.unchanged).toBe(false);
    const besk = changes.indicators.find((c) => c.id === 'besk')!;
    expect(besk.revised).toEqual([]);
    expect(besk.marked).toEqual([{ where: '2023', value: '73,0\u00a0pct.', changes: ['foreløbig → endelig'] }]);
    expect(changes.indicators.map((c) => c.id)).toEqual(['besk']);
  });

  it('reports a new note and source on an unchanged number', () => {
    const now = edit(MEASUREMENTS, 'tryghed', '2023', { flag: 'skønnet', note: NOTE, source: 'Testkilde B' });
    const tryghed = editionChanges(barometer(MEASUREMENTS), barometer(now)).indicators.find((c) => c.id === 'tryghed')!;
    expect(tryghed.marked[0]!.changes).toEqual(['ingen markering → skønnet', `ny note: »${NOTE}«`, 'kilde: Testkilde A → Testkilde B']);
  });

  it('says a change shared by several values of a series once, with their periods', () => {
    let now = edit(MEASUREMENTS, 'besk', '2022', { note: NOTE });
    now = edit(now, 'besk', '2023', { note: NOTE });
    now = edit(now, 'besk', '2014', { note: NOTE });
    const besk = editionChanges(barometer(MEASUREMENTS), barometer(now)).indicators.find((c) => c.id === 'besk')!;
    expect(besk.marked).toEqual([{ where: '2014 og 2022–2023', changes: [`ny note: »${NOTE}«`] }]);
  });

  it('says how the flag changed along with a revised number', () => {
    const now = edit(MEASUREMENTS, 'besk', '2023', { value: '73,4', flag: 'revideret' });
    const besk = editionChanges(then, barometer(now)).indicators.find((c) => c.id === 'besk')!;
    expect(besk.revised).toEqual([
      { period: '2023', breakdown: '', old: '73,0\u00a0pct.', new: '73,4\u00a0pct.', flagChange: 'foreløbig → revideret' },
    ]);
    expect(besk.marked).toEqual([]);
  });

  it('reports an indicator whose unit changed, with nothing else new', () => {
    const indeks = INDICATORS.map((i) => (i.id === 'besk' ? { ...i, unit: 'indeks' } : i));
    const besk = editionChanges(barometer(MEASUREMENTS), barometer(MEASUREMENTS, indeks)).indicators.find((c) => c.id === 'besk')!;
    expect(besk.unit).toEqual({ then: 'procent', now: 'indeks' });
  });

  it('still finds nothing when nothing changed', () => {
    expect(editionChanges(then, then)).toEqual({ indicators: [], unchanged: true });
  });
});

describe('EditionSince.astro', () => {
  it('prints the flag, note and unit changes under »Ændret siden udgaven«', async () => {
    const then = barometer(edit(MEASUREMENTS, 'besk', '2023', { flag: 'foreløbig' }));
    const indeks = INDICATORS.map((i) => (i.id === 'tryghed' ? { ...i, unit: 'indeks' } : i));
    const changes = editionChanges(then, barometer(MEASUREMENTS, indeks));
    const container = await AstroContainer.create();
    const text = (await container.renderToString(EditionSince, { props: { changes } })).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Ny markering, note eller kilde 2023 (73,0 pct.): foreløbig → endelig');
    expect(text).toContain('Enhed dengang → nu procent → indeks');
  });
});
