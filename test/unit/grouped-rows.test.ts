import { describe, expect, it } from 'vitest';
import { indicatorRows, mainPoints, seriesOf } from '../../src/lib/barometer/series.ts';
import { lettersAbout } from '../../src/lib/feeds/letters-by-topic.ts';
import type { Barometer, Indicator, Measurement } from '../../src/lib/model.ts';
import type { AreaId } from '../../src/lib/registry/areas.ts';
import { indicatorCacheKey } from '../../src/lib/barometer/indicator-cache-key.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { indicatorCsv, indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { indicator, rows } from './status-fixtures.ts';

const row = (indicator: string, year: number, breakdown = '', value = year - 2000): Measurement =>
  ({ indicator, breakdown, value, source: 'DST', period: { time: year, label: String(year) } }) as unknown as Measurement;

describe('indicatorRows', () => {
  const rows = [row('a', 2012), row('b', 2011), row('a', 2010, 'Kvinder'), row('c', 2010), row('a', 2011)];

  it("gives the indicator's rows in the data's order, and none for an unknown indicator", () => {
    expect(indicatorRows(rows, 'a')).toEqual([rows[0], rows[2], rows[4]]);
    expect(indicatorRows(rows, 'b')).toEqual([rows[1]]);
    expect(indicatorRows(rows, 'x')).toEqual([]);
  });

  it('gives the same series and main points as the whole list', () => {
    for (const id of ['a', 'b', 'c']) {
      expect(seriesOf(indicatorRows(rows, id), id)).toEqual(seriesOf(rows, id));
      expect(mainPoints(indicatorRows(rows, id), id)).toEqual(mainPoints(rows, id));
    }
  });

  it('groups another list of rows on its own (an edition has its own measurements)', () => {
    const other = [row('a', 2020)];
    expect(indicatorRows(rows, 'a')).toHaveLength(3);
    expect(indicatorRows(other, 'a')).toEqual(other);
  });
});

describe('lettersAbout', () => {
  const letter = (id: string, indicators: string[], areas: AreaId[] = []) => ({ id, data: { indicators, areas } });
  const letters = [letter('1', ['x', 'y'], ['bolig']), letter('2', ['y']), letter('3', ['x', 'x'], ['bolig', 'tryghed']), letter('4', [])];

  it('gives the letters about an indicator or an area, each once, in the archive order', () => {
    expect(lettersAbout(letters, 'indicators', 'x').map((l) => l.id)).toEqual(['1', '3']);
    expect(lettersAbout(letters, 'indicators', 'y').map((l) => l.id)).toEqual(['1', '2']);
    expect(lettersAbout(letters, 'areas', 'bolig').map((l) => l.id)).toEqual(['1', '3']);
    expect(lettersAbout(letters, 'areas', 'tryghed').map((l) => l.id)).toEqual(['3']);
    expect(lettersAbout(letters, 'indicators', 'z')).toEqual([]);
  });

  it('matches filtering the whole list', () => {
    for (const id of ['x', 'y', 'z'])
      expect(lettersAbout(letters, 'indicators', id)).toEqual(letters.filter((l) => l.data.indicators.includes(id)));
  });

  it('reads a new list of letters afresh', () => {
    const more = [...letters, letter('5', ['x'])];
    expect(lettersAbout(more, 'indicators', 'x').map((l) => l.id)).toEqual(['1', '3', '5']);
    expect(lettersAbout(letters, 'indicators', 'x').map((l) => l.id)).toEqual(['1', '3']);
  });
});

describe('indicatorCacheKey', () => {
  const base = (): Barometer => ({
    indicators: [indicator({ id: 'a' }), indicator({ id: 'b', title: 'Anden' })],
    measurements: [
      ...rows('a', '', [
        ['2014', 70],
        ['2020', 76],
      ]),
      ...rows('b', '', [['2020', 5]]),
    ],
  });
  const key = (b: Barometer, id: string) => indicatorCacheKey(b, id);

  it('is the same for the same data, and for a new list with the same data', () => {
    expect(key(base(), 'a')).toBe(key(base(), 'a'));
  });

  it("changes with the indicator's own rows and definition, and not with another indicator's", () => {
    const before = key(base(), 'a');
    const value = base();
    (value.measurements[1] as Measurement).value = 77;
    expect(key(value, 'a')).not.toBe(before);
    const added = base();
    added.measurements.push(...rows('a', 'Kvinder', [['2020', 70]]));
    expect(key(added, 'a')).not.toBe(before);
    const title = base();
    (title.indicators[0] as Indicator).title = 'Ny titel';
    expect(key(title, 'a')).not.toBe(before);
    const other = base();
    (other.measurements[2] as Measurement).value = 6;
    (other.indicators[1] as Indicator).title = 'Ændret';
    expect(key(other, 'a')).toBe(before);
    expect(key(other, 'b')).not.toBe(key(base(), 'b'));
  });

  it('covers everything the chart, embed and downloads are computed from: equal keys give equal output', () => {
    const a = base();
    const b = base();
    b.measurements.push(...rows('b', '', [['2021', 9]]));
    expect(key(a, 'a')).toBe(key(b, 'a'));
    expect(indicatorView(b, 'a')).toEqual(indicatorView(a, 'a'));
    expect(indicatorCsv(b, 'a')).toBe(indicatorCsv(a, 'a'));
    expect(indicatorJson(b, 'a')).toEqual(indicatorJson(a, 'a'));
  });
});
