import { describe, expect, it } from 'vitest';
import { lineChart, NARROW } from '../../src/lib/chart/line-chart.ts';
import { valueTicks, yearTicks } from '../../src/lib/chart/axes.ts';
import { layoutLabels, wrapLabel } from '../../src/lib/chart/label-layout.ts';
import { markerPath, seriesStyle } from '../../src/lib/chart/series-style.ts';
import { sparkline } from '../../src/lib/chart/sparkline.ts';
import { dataTable } from '../../src/lib/chart/data-table.ts';
import { scaleLinear } from 'd3-scale';
import { pv } from './status-fixtures.ts';

const total = { breakdown: '', label: 'I alt', points: [pv('2014', 70), pv('2016', 72), pv('2020', 75.5)] };
const women = { breakdown: 'Kvinder', label: 'Kvinder', points: [pv('2014', 66), pv('2016', 69.5), pv('2020', 74)] };
const size = { width: 400, height: 240, fontSize: 12 };

describe('line chart geometry', () => {
  const g = lineChart({ series: [total, women], unit: 'pct', decimals: 1, baseline: pv('2014', 70), target: pv('2022', 78), size });

  it('draws each series as a path string', () => {
    expect(g.series.map((s) => s.d)).toEqual(['M25,154L101.3,124L253.8,71.5', 'M25,214L101.3,161.5L253.8,94']);
  });

  it('reserves a left margin for the y labels and a right margin for direct labels', () => {
    expect(g.plot).toEqual({ left: 25, top: 34, right: 330, bottom: 214 });
    expect(g.unitLabel).toBe('Procent');
  });

  it('ticks whole years on x (extended to the target year) and nice values on y', () => {
    expect(g.xTicks.map((t) => `${t.label}@${t.at}`)).toEqual(['2014@25', '2016@101.3', '2018@177.5', '2020@253.8', '2022@330']);
    expect(g.yTicks.map((t) => `${t.label}@${t.at}`)).toEqual(['66@214', '68@184', '70@154', '72@124', '74@94', '76@64', '78@34']);
  });

  it('tells series apart by dash and marker shape, not colour alone', () => {
    expect(g.series.map((s) => [s.style.index, s.style.dash, s.style.marker])).toEqual([
      [1, undefined, 'circle'],
      [2, '7 4', 'square'],
    ]);
    expect(g.series[1]?.marker).toBe('M-3.2,-3.2h6.4v6.4h-6.4Z');
  });

  it('gives every point its period and Danish value text', () => {
    expect(g.series[0]?.points[2]).toEqual({ x: 253.8, y: 71.5, period: '2020', value: 75.5, valueText: '75,5\u00a0pct.', tip: 'I alt, 2020: 75,5\u00a0pct.', hollow: false });
  });

  it('marks the baseline and draws the target line with the pace path from baseline to target', () => {
    expect(g.baseline).toEqual({ x: 25, y: 154, label: 'Basisår 2014', labelX: 25, labelY: 28, anchor: 'start' });
    expect(g.target).toEqual({ x: 330, y: 34, pace: 'M25,154L330,34' });
  });

  it('places direct labels right of the plot, target label included, without overlaps', () => {
    expect(g.labels.map((l) => [l.key, l.kind, l.lines.join('|'), l.x, l.y])).toEqual([
      ['s0', 'series', 'I alt', 336, 75.7],
      ['s1', 'series', 'Kvinder', 336, 98.2],
      ['target', 'target', 'Mål 2022', 336, 38.2],
    ]);
    expect(g.labels[0]?.leader).toEqual({ x1: 259.8, y1: 71.5, x2: 333, y2: 71.5 });
    expect(g.labels[2]?.leader).toBeUndefined();
  });

  it('draws a single point with a padded domain', () => {
    const one = lineChart({ series: [{ ...total, points: [pv('2024', 80)] }], unit: 'pct', decimals: 1, size: NARROW });
    expect(one.series[0]?.points).toHaveLength(1);
    expect(one.series[0]?.d).toMatch(/^M[\d.]+,[\d.]+Z$/);
    expect(one.xTicks.map((t) => t.label)).toEqual(['2023', '2024', '2025']);
    expect(one.target).toBeUndefined();
    expect(one.baseline).toBeUndefined();
  });

  it('refuses to draw nothing', () => {
    expect(() => lineChart({ series: [], unit: 'pct', decimals: 1, size })).toThrow('ingen målinger');
  });
});

describe('axes', () => {
  it('thins year ticks to steps of 1, 2, 5, 10', () => {
    const x = scaleLinear().domain([2000, 2024]).range([0, 240]);
    expect(yearTicks(x, 30).length).toBe(25);
    expect(yearTicks(x, 13).map((t) => t.value)).toEqual([2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    expect(yearTicks(x, 6).map((t) => t.label)).toEqual(['2000', '2005', '2010', '2015', '2020']);
    expect(yearTicks(x, 2).map((t) => t.label)).toEqual(['2000', '2020']);
  });
  it('prints y ticks with decimal commas and thousands dots', () => {
    const y = scaleLinear().domain([0, 2.5]).range([100, 0]);
    expect(valueTicks(y, 5).map((t) => t.label)).toEqual(['0,0', '0,5', '1,0', '1,5', '2,0', '2,5']);
    const big = scaleLinear().domain([0, 20000]).range([100, 0]);
    expect(valueTicks(big, 2).map((t) => t.label)).toEqual(['0', '10.000', '20.000']);
  });
});

describe('direct label layout', () => {
  it('keeps labels at their wanted y when they do not collide', () => {
    expect([...layoutLabels([{ key: 'a', y: 50, height: 10 }, { key: 'b', y: 100, height: 10 }], 0, 200)]).toEqual([['a', 50], ['b', 100]]);
  });
  it('pushes overlapping labels apart, keeping their order', () => {
    const m = layoutLabels([{ key: 'a', y: 100, height: 10 }, { key: 'b', y: 98, height: 10 }, { key: 'c', y: 101, height: 10 }], 0, 200);
    expect([...m]).toEqual([['b', 98], ['a', 110], ['c', 122]]);
  });
  it('pushes back up from the bottom edge', () => {
    const m = layoutLabels([{ key: 'a', y: 195, height: 10 }, { key: 'b', y: 196, height: 10 }], 0, 200);
    expect([...m]).toEqual([['a', 183], ['b', 195]]);
  });
  it('wraps long labels on word boundaries', () => {
    expect(wrapLabel('Indvandrere fra ikke-vestlige lande', 12)).toEqual(['Indvandrere', 'fra', 'ikke-vestlige', 'lande']);
    expect(wrapLabel('Hele landet', 12)).toEqual(['Hele landet']);
  });
});

describe('series styles and markers', () => {
  it('cycles four distinct dash + marker combinations', () => {
    const styles = [0, 1, 2, 3, 4].map(seriesStyle);
    expect(new Set(styles.slice(0, 4).map((s) => `${s.dash}/${s.marker}`)).size).toBe(4);
    expect(styles[4]).toEqual(styles[0]);
  });
  it('draws markers as d3-shape symbols', () => {
    expect(markerPath('square', 16)).toBe('M-2,-2h4v4h-4Z');
    expect(markerPath('circle', 16)).toMatch(/^M2\.3,0A2\.3,2\.3,0,1,1,-2\.3,0A2\.3,2\.3,0,1,1,2\.3,0$/);
  });
});

describe('sparkline', () => {
  it('draws the series, the last point and the target level', () => {
    expect(sparkline(total.points, pv('2022', 78))).toEqual({ width: 120, height: 36, d: 'M4,32L41.3,25L116,12.8', last: { x: 116, y: 12.8 }, targetY: 4 });
  });
  it('handles a single point and no data', () => {
    expect(sparkline([pv('2024', 5)])).toEqual({ width: 120, height: 36, d: 'M60,18Z', last: { x: 60, y: 18 }, targetY: undefined });
    expect(sparkline([])).toBeUndefined();
  });
});

describe('data table', () => {
  it('has one row per period and an empty cell where a series has no value', () => {
    const t = dataTable([total, { ...women, points: [pv('2014', 66), pv('2018', 71.25)] }], 1);
    expect(t.columns).toEqual(['I alt', 'Kvinder']);
    expect(t.rows.map((r) => ({ period: r.period, cells: r.cells }))).toEqual([
      { period: '2014', cells: ['70,0', '66,0'] },
      { period: '2016', cells: ['72,0', undefined] },
      { period: '2018', cells: [undefined, '71,3'] },
      { period: '2020', cells: ['75,5', undefined] },
    ]);
    expect(t.footnotes).toEqual([]);
  });
});
