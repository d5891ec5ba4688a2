/**
 * The chart as pictures: a handful of cases printed by the one renderer (chart/svg-render.ts) as
 * standalone SVG files with the site's real colours, compared with the files committed in
 * test/fixtures/chart-snapshots/. A change to the layout shows up as a diff of these files, to be
 * opened and looked at (README, »Grafernes snapshots«: render them to PNG with Chromium), not as a
 * list of pinned numbers. After a deliberate change: `npx vitest run -u test/unit/chart-snapshots.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineChart, NARROW, WIDE, type LineChartInput } from '../../src/lib/chart/line-chart.ts';
import { flagLegend } from '../../src/lib/chart/flag-legend.ts';
import { pageChartSvg } from '../../src/lib/chart/svg-render.ts';
import { chartSvgFile } from '../../src/lib/embed/chart-svg-file.ts';
import { cssCustomProperties } from '../../src/lib/embed/css-palette.ts';
import type { PeriodValue, Series } from '../../src/lib/model.ts';
import { pv } from './status-fixtures.ts';
import { element, elements, parseHtml } from '../helpers/html.ts';

const palette = cssCustomProperties(readFileSync('src/styles/global.css', 'utf8'));
const flagged = (label: string, value: number, flag: PeriodValue['flag'], note?: string): PeriodValue => ({
  ...pv(label, value),
  flag,
  ...(note ? { note } : {}),
});
const series = (label: string, points: PeriodValue[], breakdown = label): Series => ({ breakdown, label, points });
const years = (from: number, values: number[]) => values.map((v, i) => pv(String(from + i), v));

/** Invented figures (examples for the layout), each case one thing a real indicator can be. */
const CASES: Record<string, Omit<LineChartInput, 'size'> & { title: string }> = {
  target: {
    title: 'Med basis og mål',
    series: [series('København', years(2014, [70, 71.2, 72.5, 73, 74.1, 75.8]))],
    unit: 'pct',
    decimals: 1,
    baseline: pv('2014', 70),
    target: pv('2025', 80),
  },
  'no-target': {
    title: 'Uden talmål',
    series: [series('Alle københavnere', years(2016, [81, 79.5, 80.2, 82, 83.4]))],
    unit: 'pct',
    decimals: 1,
    baseline: pv('2016', 81),
  },
  breakdowns: {
    title: 'Fire opdelinger med direkte etiketter',
    series: [
      series('Ikke-vestlige indvandrere', years(2015, [48, 50, 53, 55, 58, 60])),
      series('Kvinder med ikke-vestlig oprindelse', years(2015, [41, 43, 46, 49, 52, 54])),
      series('Hele landet', years(2015, [52, 54, 55, 57, 59, 61])),
      series('Personer med dansk oprindelse', years(2015, [77, 77.5, 78, 78.4, 79, 79.5])),
    ],
    unit: 'pct',
    decimals: 1,
    baseline: pv('2015', 48),
    target: pv('2022', 65),
  },
  quarterly: {
    title: 'Kvartaler',
    series: [
      series(
        'Utrygge',
        ['2022K1', '2022K2', '2022K3', '2022K4', '2023K1', '2023K2', '2023K3', '2023K4'].map((q, i) => pv(q, 12 - i * 0.4)),
      ),
    ],
    unit: 'pct',
    decimals: 1,
  },
  'single-point': {
    title: 'Én måling',
    series: [series('København', [pv('2024', 64.5)])],
    unit: 'pct',
    decimals: 1,
  },
  'negative-axis': {
    title: 'Gab under nul',
    series: [series('Forskel til hele landet', years(2016, [-8.5, -7.2, -6, -4.1, -2.5, -0.8, 1.2]))],
    unit: 'procentpoint',
    decimals: 1,
    baseline: pv('2016', -8.5),
    target: pv('2024', 0),
  },
  'series-break': {
    title: 'Brud i serien',
    series: [
      series('København', [
        pv('2018', 70),
        pv('2019', 71),
        flagged('2020', 76, 'brud i serien', 'Ny opgørelse fra 2020.'),
        pv('2021', 77),
        pv('2022', 78),
      ]),
      series('Hele landet', [
        pv('2018', 73),
        pv('2019', 74),
        flagged('2020', 78, 'brud i serien', 'Ny opgørelse fra 2020.'),
        pv('2021', 78.5),
        pv('2022', 79),
      ]),
    ],
    unit: 'pct',
    decimals: 1,
  },
  flagged: {
    title: 'Foreløbige, reviderede og skønnede tal',
    series: [
      series('København', [
        pv('2019', 55),
        flagged('2020', 56.5, 'revideret', 'Rettet af kilden.'),
        flagged('2021', 58, 'skønnet', 'Beregnet af to tal.'),
        pv('2022', 59),
        flagged('2023', 61, 'foreløbig'),
      ]),
    ],
    unit: 'pct',
    decimals: 1,
    target: pv('2025', 65),
  },
};

describe('chart snapshots (open the .svg files to review a change)', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const { title, ...input } = CASES[name]!;
    for (const [sizeName, size] of [
      ['wide', WIDE],
      ['narrow', NARROW],
    ] as const) {
      const g = lineChart({ ...input, size });
      const legend = flagLegend(g.series, g.breaks, false, g.gaps).map((l) => l.text);
      const file = chartSvgFile(
        g,
        {
          title,
          description: `Eksempel: ${title}.`,
          source: 'Opdigtede tal til test',
          pageUrl: 'https://example.org/',
          illustrative: true,
          legend,
        },
        palette,
      );
      await expect(file).toMatchFileSnapshot(`../fixtures/chart-snapshots/${name}-${sizeName}.svg`);
    }
    // The page prints the same plot with classes instead of colours.
    const page = pageChartSvg(lineChart({ ...input, size: WIDE }), { idPrefix: name, title, description: title });
    const drawn = parseHtml(page, { xml: true });
    expect(element(drawn, 'svg').attribs.class).toBe('ib-chart');
    const snapshot = parseHtml(readFileSync(`test/fixtures/chart-snapshots/${name}-wide.svg`, 'utf8'), { xml: true });
    expect(elements(drawn, 'path').map((p) => p.attribs.d)).toEqual(elements(snapshot, 'path').map((p) => p.attribs.d));
  });
});
