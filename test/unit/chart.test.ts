import { describe, expect, it } from 'vitest';
import { lineChart, NARROW } from '../../src/lib/chart/line-chart.ts';
import { valueTicks, yearTicks } from '../../src/lib/chart/axes.ts';
import { layoutLabels, wrapLabel } from '../../src/lib/chart/label-layout.ts';
import { markerPath, seriesStyle } from '../../src/lib/chart/series-style.ts';
import { sparkline } from '../../src/lib/chart/sparkline.ts';
import { pageChartSvg } from '../../src/lib/chart/svg-render.ts';
import { dataTable } from '../../src/lib/chart/data-table.ts';
import { gapSummary } from '../../src/lib/chart/gaps.ts';
import { scaleLinear } from 'd3-scale';
import { pv } from './status-fixtures.ts';

const total = { breakdown: '', label: 'I alt', points: [pv('2014', 70), pv('2015', 72), pv('2016', 75.5)] };
const women = { breakdown: 'Kvinder', label: 'Kvinder', points: [pv('2014', 66), pv('2015', 69.5), pv('2016', 74)] };
const size = { width: 400, height: 240, fontSize: 12 };

// Exact positions are reviewed as pictures in the SVG snapshots (chart-snapshots.test.ts); these
// tests hold the rules the layout must keep whatever the numbers.
describe('line chart geometry', () => {
  const g = lineChart({ series: [total, women], unit: 'pct', decimals: 1, baseline: pv('2014', 70), target: pv('2022', 78), size });
  const { left, right, top, bottom } = g.plot;
  const inPlot = (p: { x: number; y: number }) => p.x >= left && p.x <= right && p.y >= top && p.y <= bottom;

  it('draws each series as one path through all its points, every point inside the plot', () => {
    for (const s of g.series) {
      expect(s.d.match(/[ML]/g)).toHaveLength(s.points.length);
      expect(s.points.every(inPlot)).toBe(true);
    }
  });

  it('reserves a left margin for the y labels and a right margin for direct labels', () => {
    expect(left).toBeGreaterThanOrEqual(Math.max(...g.yTicks.map((t) => t.label.length)) * size.fontSize * 0.6);
    expect(right).toBeLessThan(size.width);
    expect(g.labels.every((l) => l.x > right)).toBe(true);
    expect(top).toBeGreaterThan(g.axes.unitY);
    expect(g.axes.yearLabelY).toBeGreaterThan(bottom);
    expect(g.axes.yearLabelY).toBeLessThanOrEqual(size.height);
    expect(g.unitLabel).toBe('Procent');
  });

  it('ticks whole years on x (extended to the target year) and nice values on y, in order, inside the plot', () => {
    expect(g.xTicks[0]?.label).toBe('2014');
    expect(g.xTicks.at(-1)?.label).toBe('2022');
    expect(g.xTicks.at(-1)?.at).toBe(right);
    const xs = g.xTicks.map((t) => t.at);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The lowest value and the target sit inside the plot, off the axis and the top edge.
    expect(g.yTicks[0]?.label).toBe('66');
    expect(g.yTicks.at(-1)?.label).toBe('78');
    expect(g.yTicks[0]!.at).toBeLessThan(bottom);
    expect(g.yTicks.at(-1)!.at).toBeGreaterThan(top);
    expect(g.axes.valueLabelX).toBeLessThan(left);
  });

  it('tells series apart by dash and marker shape, not colour alone', () => {
    expect(g.series.map((s) => [s.style.index, s.style.dash, s.style.marker])).toEqual([
      [1, undefined, 'circle'],
      [2, '7 4', 'square'],
    ]);
    expect(g.series[1]?.marker).toMatch(/^M-[\d.]+,-[\d.]+h[\d.]+v[\d.]+h-[\d.]+Z$/);
  });

  it('gives every point its period and Danish value text', () => {
    expect(g.series[0]?.points[2]).toMatchObject({
      period: '2016',
      value: 75.5,
      valueText: '75,5\u00a0pct.',
      tip: 'I alt, 2016: 75,5\u00a0pct.',
      hollow: false,
    });
  });

  it('marks the baseline and draws the target line with the pace path from baseline to target', () => {
    const b = g.baseline!;
    const t = g.target!;
    expect(b.label).toBe('Basisår 2014');
    // The baseline ring at the first year moves in from the y labels; its label stands above the plot.
    expect(b.x).toBeGreaterThan(left);
    expect(b.x).toBe(g.series[0]?.points[0]?.x);
    expect(b.labelY).toBeLessThan(top);
    expect(t.x).toBe(right);
    expect(t.pace).toBe(`M${b.x},${b.y}L${t.x},${t.y}`);
    expect(t.ringR).toBeGreaterThan(t.dotR);
    expect(b.ringR).toBeGreaterThan(0);
  });

  it('places direct labels right of the plot, target label included, without overlaps', () => {
    expect(g.labels.map((l) => [l.key, l.kind, l.lines.join('|')])).toEqual([
      ['s0', 'series', 'I alt'],
      ['s1', 'series', 'Kvinder'],
      ['target', 'target', 'Mål 2022'],
    ]);
    const ys = g.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(size.fontSize);
    // A label far from its line's last point gets a leader from that point; the target label sits at its line.
    const last = g.series[0]!.points.at(-1)!;
    expect(g.labels[0]?.leader).toMatchObject({ y1: last.y });
    expect(g.labels[0]!.leader!.x1).toBeGreaterThan(last.x);
    expect(g.labels[0]!.leader!.x2).toBeLessThan(g.labels[0]!.x);
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
    expect([
      ...layoutLabels(
        [
          { key: 'a', y: 50, height: 10 },
          { key: 'b', y: 100, height: 10 },
        ],
        0,
        200,
      ),
    ]).toEqual([
      ['a', 50],
      ['b', 100],
    ]);
  });
  it('pushes overlapping labels apart, keeping their order', () => {
    const m = layoutLabels(
      [
        { key: 'a', y: 100, height: 10 },
        { key: 'b', y: 98, height: 10 },
        { key: 'c', y: 101, height: 10 },
      ],
      0,
      200,
    );
    expect([...m]).toEqual([
      ['b', 98],
      ['a', 110],
      ['c', 122],
    ]);
  });
  it('pushes back up from the bottom edge', () => {
    const m = layoutLabels(
      [
        { key: 'a', y: 195, height: 10 },
        { key: 'b', y: 196, height: 10 },
      ],
      0,
      200,
    );
    expect([...m]).toEqual([
      ['a', 183],
      ['b', 195],
    ]);
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
    expect(sparkline(total.points, pv('2022', 78))).toEqual({
      width: 120,
      height: 36,
      d: 'M4,32L60,25L116,12.8',
      last: { x: 116, y: 12.8 },
      dots: [],
      bridges: '',
      targetY: 4,
    });
  });
  it('handles a single point and no data', () => {
    expect(sparkline([pv('2024', 5)])).toEqual({
      width: 120,
      height: 36,
      d: 'M60,18Z',
      last: { x: 60, y: 18 },
      dots: [],
      bridges: '',
      targetY: undefined,
    });
    expect(sparkline([])).toBeUndefined();
  });
});

describe('data table', () => {
  it('has one row per period and an empty cell where a series has no value', () => {
    const t = dataTable([total, { ...women, points: [pv('2014', 66), pv('2018', 71.25)] }], 1);
    expect(t.columns).toEqual(['I alt', 'Kvinder']);
    expect(t.rows.map((r) => ({ period: r.period, cells: r.cells }))).toEqual([
      { period: '2014', cells: ['70,0', '66,0'] },
      { period: '2015', cells: ['72,0', undefined] },
      { period: '2016', cells: ['75,5', undefined] },
      { period: '2018', cells: [undefined, '71,3'] },
    ]);
    expect(t.footnotes).toEqual([]);
  });
});

describe('periods without a measurement and room at the scale ends', () => {
  const gappy = {
    breakdown: '',
    label: 'København',
    points: [pv('2010', 10), pv('2017', 4), pv('2019', 6), pv('2020', 3), pv('2022', 1), pv('2023', 0)],
  };

  it('never draws a line across years that were not measured', () => {
    const g = lineChart({ series: [gappy], unit: 'antal', decimals: 0, size });
    // Four runs: 2010 alone, 2017 alone, 2019–2020, 2022–2023.
    const runs = (g.series[0]?.d ?? '').split('M').filter(Boolean);
    expect(runs.map((r) => (r.match(/L/g) ?? []).length)).toEqual([0, 0, 1, 1]);
    expect(g.gaps).toBe('København 2011–2016, 2018 og 2021');
  });

  it('names the missing periods of quarterly and monthly series in Danish', () => {
    expect(gapSummary([{ label: 'I alt', points: [pv('2020K1', 1), pv('2020K4', 2), pv('2021K1', 3)] }])).toBe(
      'I alt 2.\u00a0kvt. 2020–3.\u00a0kvt. 2020',
    );
    expect(gapSummary([{ label: 'I alt', points: [pv('2024-10', 1), pv('2024-12', 2)] }])).toBe('I alt november 2024');
    expect(gapSummary([{ label: 'I alt', points: [pv('2014', 1), pv('2015', 2)] }])).toBeUndefined();
  });

  it('a two-point series is two points, not one line', () => {
    const g = lineChart({
      series: [{ breakdown: '', label: 'Hele landet', points: [pv('2012', 56), pv('2021', 61)] }],
      unit: 'pct',
      decimals: 0,
      size,
    });
    expect(g.series[0]?.d).not.toContain('L');
    expect(g.gaps).toBe('Hele landet 2013–2020');
  });

  it('keeps a target at the axis minimum off the x axis, and the baseline ring off the year labels', () => {
    const g = lineChart({ series: [gappy], unit: 'antal', decimals: 0, baseline: pv('2010', 10), target: pv('2026', 0), size });
    expect(g.target?.y).toBeLessThan(g.plot.bottom - size.fontSize * 0.5);
    const zero = g.yTicks.find((t) => t.value === 0);
    expect(zero?.at).toBeLessThan(g.plot.bottom);
    // The ring (radius 0.6 em) clears the y labels (which end 0.5 em left of the plot).
    expect((g.baseline?.x ?? 0) - size.fontSize * 0.6).toBeGreaterThan(g.plot.left - size.fontSize * 0.5);
  });

  it('the sparkline stops at gaps and shows a lone value as a dot', () => {
    const s = sparkline(gappy.points);
    expect((s?.d.match(/M/g) ?? []).length).toBe(4);
    expect(s?.dots).toHaveLength(2);
    // A dotted join across each gap (2010–2017, 2017–2019, 2020–2022), one straight segment each.
    expect(s?.bridges.match(/M[\d.]+,[\d.]+L[\d.]+,[\d.]+/g)).toHaveLength(3);
    expect(s?.bridges).toBe(s?.bridges.match(/M[\d.]+,[\d.]+L[\d.]+,[\d.]+/g)?.join(''));
  });

  it('the sparkline joins no values across a series break', () => {
    const broken = [pv('2015', 10), pv('2018', 12), { ...pv('2021', 20), flag: 'brud i serien' as const }, pv('2022', 21)];
    const s = sparkline(broken);
    // 2015–2018 is a gap (joined, dotted); 2018–2021 is a gap and a break (not joined).
    expect(s?.bridges.match(/M/g)).toHaveLength(1);
    expect(s?.d.match(/M/g)).toHaveLength(3);
  });
});

describe('the page chart’s accessible name', () => {
  const g = lineChart({ series: [total], unit: 'pct', decimals: 1, size });
  it('is the title alone; the description is attached as a description', () => {
    const own = pageChartSvg(g, { idPrefix: 'f', title: 'T', description: 'D' });
    expect(own).toContain('aria-labelledby="f-title"');
    expect(own).toContain('aria-describedby="f-desc"');
    // The paragraph printed below the chart, so a screen reader hears the text once.
    const printed = pageChartSvg(g, { idPrefix: 'f', title: 'T', description: 'D', describedBy: 'f-beskrivelse' });
    expect(printed).toContain('aria-describedby="f-beskrivelse"');
  });
});

describe('a series measured every few years', () => {
  it('is named by its markers alone in the key, since no line joins them', () => {
    const survey = { breakdown: '', label: 'København', points: [pv('2010', 80), pv('2013', 82), pv('2017', 81)] };
    const g = lineChart({ series: [survey, women], unit: 'pct', decimals: 1, size });
    expect(g.series[0]?.style).toMatchObject({
      markersOnly: true,
      description: 'cirkler uden linje: ingen af målingerne ligger lige efter hinanden',
    });
    expect(g.series[1]?.style.markersOnly).toBeUndefined();
    expect(g.series[1]?.style.description).toBe('stiplet linje med firkanter');
  });
});
