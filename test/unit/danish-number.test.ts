import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  formatChange,
  formatDistance,
  formatNumber,
  formatSigned,
  formatValue,
  changeSuffix,
  roundTo,
} from '../../src/lib/format/danish-number.ts';
import { indicatorUnit, parseCountNoun } from '../../src/lib/registry/units.ts';

const NB = '\u00a0';

describe('Danish number formatting', () => {
  it.each([
    [68.2, 1, '68,2'],
    [80, 1, '80,0'],
    [1234567.891, 2, '1.234.567,89'],
    [1200, 0, '1.200'],
    [-3.25, 1, '\u22123,3'],
    [11.799999999999997, 1, '11,8'],
    [-0.04, 1, '0,0'],
  ])('formatNumber(%d, %d) = %s', (v, d, s) => expect(formatNumber(v, d)).toBe(s));

  it('signs changes, but not zero', () => {
    expect(formatSigned(11.8, 1)).toBe('+11,8');
    expect(formatSigned(-0.1, 1)).toBe('\u22120,1');
    expect(formatSigned(0.04, 1)).toBe('0,0');
  });

  it('prints units: pct. for values, procentpoint for changes of a percentage', () => {
    expect(formatValue(68.2, 'pct', 1)).toBe(`68,2${NB}pct.`);
    expect(formatValue(4321, 'antal', 0)).toBe('4.321');
    expect(formatChange(11.8, 'pct', 1)).toBe(`+11,8${NB}procentpoint`);
    expect(formatChange(-6, 'procentpoint', 0)).toBe(`\u22126${NB}procentpoint`);
    expect(formatDistance(-5, 'pct', 1)).toBe(`5,0${NB}procentpoint`);
    expect(formatChange(250, 'indeks', 0)).toBe(`+250${NB}indekspoint`);
  });

  it('writes an index as »indeks 68,2«, never as a percentage, and its changes in index points', () => {
    expect(formatValue(68.18, 'indeks', 1)).toBe('indeks 68,2');
    expect(formatValue(68.18, 'indeks', 1)).not.toMatch(/pct|%/);
    expect(formatChange(-2.1, 'indeks', 1)).toBe(`\u22122,1${NB}indekspoint`);
    expect(formatDistance(-2.1, 'indeks', 1)).toBe(`2,1${NB}indekspoint`);
    expect(changeSuffix('indeks')).toBe('indekspoint');
  });

  it('writes a count with its noun, singular only for 1', () => {
    const areas = indicatorUnit({ unit: 'antal', countNoun: { one: 'område', other: 'områder' } });
    expect(formatValue(0, areas, 0)).toBe(`0${NB}områder`);
    expect(formatValue(1, areas, 0)).toBe(`1${NB}område`);
    expect(formatValue(2, areas, 0)).toBe(`2${NB}områder`);
    expect(formatValue(1.5, areas, 1)).toBe(`1,5${NB}områder`);
    expect(formatValue(1, areas, 1)).toBe(`1,0${NB}områder`);
    expect(formatValue(1234, areas, 0)).toBe(`1.234${NB}områder`);
    expect(formatChange(1, areas, 0)).toBe(`+1${NB}område`);
    expect(formatChange(-1, areas, 0)).toBe(`\u22121${NB}område`);
    expect(formatChange(-3, areas, 0)).toBe(`\u22123${NB}områder`);
    expect(formatDistance(-1, areas, 0)).toBe(`1${NB}område`);
    expect(areas.name).toBe('antal områder');
  });

  it('reads a count noun as an editor writes it, and leaves other units alone', () => {
    expect(parseCountNoun('område/områder')).toEqual({ one: 'område', other: 'områder' });
    expect(parseCountNoun(' bydel / bydele ')).toEqual({ one: 'bydel', other: 'bydele' });
    expect(parseCountNoun('områder')).toBeUndefined();
    expect(parseCountNoun('a/b/c')).toBeUndefined();
    expect(parseCountNoun('/områder')).toBeUndefined();
    expect(indicatorUnit({ unit: 'pct', countNoun: { one: 'x', other: 'y' } }).suffix).toBe('pct.');
    expect(formatValue(4321, indicatorUnit({ unit: 'antal' }), 0)).toBe('4.321');
  });

  it('keeps a unit of several words on one line, which may go to the next line whole', () => {
    expect(formatValue(60.25, 'pr-1000-indbyggere', 1)).toBe('60,3 pr.\u00a01.000\u00a0indb.');
    expect(formatChange(-2, 'pr-1000-indbyggere', 0)).toBe('\u22122 pr.\u00a01.000\u00a0indb.');
    expect(formatValue(68.2, 'pct', 1)).toBe('68,2\u00a0pct.');
    // A prefix may still wrap from its number on a narrow card at 200 % text.
    expect(formatValue(80.02, 'indeks', 2)).toBe('indeks 80,02');
  });

  it('finds the precision the data is written with', () => {
    expect(decimalsOf([70, 68.2, 80])).toBe(1);
    expect(decimalsOf([66.93, 70])).toBe(2);
    expect(decimalsOf([1, 2])).toBe(0);
    expect(decimalsOf([0.123456])).toBe(3);
  });

  it('rounds half away from zero despite binary floats', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(Object.is(roundTo(-0.001, 1), 0)).toBe(true);
  });
});
