/**
 * Flagged values everywhere a value is shown: broken lines and hollow markers in the chart geometry
 * (tested as strings, as d3-shape tests its own paths), the legend, the table's footnotes, the
 * generated description, the status trace, graf.svg, and the baseline rule.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodValue } from '../../src/lib/model.ts';
import { lineChart } from '../../src/lib/chart/line-chart.ts';
import { breakMarks, segmentsOf } from '../../src/lib/chart/flag-marks.ts';
import { flagLegend } from '../../src/lib/chart/flag-legend.ts';
import { dataTable, footnoteWhere } from '../../src/lib/chart/data-table.ts';
import { describeChart } from '../../src/lib/chart/describe.ts';
import { computeStatus } from '../../src/lib/status/status.ts';
import { traceRows } from '../../src/lib/status/trace-rows.ts';
import { ruleBaseline } from '../../src/lib/status/baseline-rule.ts';
import { chartSvgFile, fileColours } from '../../src/lib/embed/chart-svg-file.ts';
import { filePaint, renderPlot } from '../../src/lib/chart/svg-render.ts';
import { indicator, pv } from './status-fixtures.ts';
import { element, elements, parseHtml, text } from '../helpers/html.ts';

const flagged = (label: string, value: number, flag: PeriodValue['flag'], note?: string): PeriodValue => ({
  ...pv(label, value),
  flag,
  ...(note ? { note } : {}),
});
const BREAK = 'Ny opgørelse fra 2021.';
const cph = {
  breakdown: '',
  label: 'København',
  points: [pv('2019', 70), pv('2020', 72), flagged('2021', 76, 'brud i serien', BREAK), flagged('2022', 77, 'foreløbig')],
};
const country = {
  breakdown: 'Hele landet',
  label: 'Hele landet',
  points: [pv('2019', 74), flagged('2020', 75, 'skønnet', 'Beregnet af to tal.'), flagged('2021', 78, 'brud i serien', BREAK)],
};
const size = { width: 400, height: 240, fontSize: 12 };

describe('flag marks', () => {
  it('starts a new run of the line at each value after a break', () => {
    expect(segmentsOf(cph.points).map((run) => run.map((p) => p.period.label))).toEqual([
      ['2019', '2020'],
      ['2021', '2022'],
    ]);
    expect(segmentsOf([flagged('2022', 85, 'brud i serien', 'Nyt mål.'), pv('2023', 87)]).map((r) => r.length)).toEqual([2]);
  });

  it('puts one rule per break period midway between the values either side, with every series and note', () => {
    const x = (t: number) => (t - 2019) * 100;
    expect(breakMarks([cph, country], x)).toEqual([
      {
        period: '2021',
        x: 150,
        series: ['København', 'Hele landet'],
        where: [
          { series: 'København', period: '2021' },
          { series: 'Hele landet', period: '2021' },
        ],
        notes: [BREAK],
        startsSeries: false,
      },
    ]);
    expect(breakMarks([{ label: 'Trygge', points: [flagged('2022', 85, 'brud i serien', 'Nyt mål.')] }], x)).toEqual([
      {
        period: '2022',
        x: 300,
        series: ['Trygge'],
        where: [{ series: 'Trygge', period: '2022' }],
        notes: ['Nyt mål.'],
        startsSeries: true,
      },
    ]);
  });

  it("gives as a break's reason only what its note says beyond the note every value of the series carries", () => {
    // As »Hele landet« on /omraader/beskaeftigelse/: each value says what the national figure is, and
    // 2021 says that and why the series breaks. The key printed both as the reason for the break.
    const NATIONAL = 'Udtrækkets eget landstal, ikke en officiel landsstatistik.';
    const national = {
      label: 'Hele landet',
      points: [
        flagged('2019', 74, undefined, NATIONAL),
        flagged('2020', 75, undefined, NATIONAL),
        flagged('2021', 78, 'brud i serien', `${BREAK} ${NATIONAL}`),
      ],
    };
    const x = (t: number) => (t - 2019) * 100;
    expect(breakMarks([national], x)[0]?.notes).toEqual([BREAK]);
    expect(breakMarks([cph, national], x)[0]?.notes).toEqual([BREAK]);
    // A break whose note only repeats the series' note has no reason of its own.
    const only = {
      label: 'Hele landet',
      points: [flagged('2020', 75, undefined, NATIONAL), flagged('2021', 78, 'brud i serien', NATIONAL)],
    };
    expect(breakMarks([only], x)[0]?.notes).toEqual([]);
  });
});

describe('one rule for one change of definition', () => {
  // The housing lists changed definition in 2018: the country's series breaks at 2018, Copenhagen's
  // (whose 2018 figure is missing) at 2019. Both lines are broken between 2017 and 2018: one rule.
  const NEW = 'Nye kriterier fra 2018.';
  const kbh = { label: 'København', points: [pv('2010', 10), pv('2017', 4), flagged('2019', 6, 'brud i serien', NEW), pv('2020', 3)] };
  const land = { label: 'Hele landet', points: [pv('2017', 22), flagged('2018', 29, 'brud i serien', NEW), pv('2019', 28)] };
  const x = (t: number) => (t - 2010) * 10;

  it('draws one rule where both lines are broken, and names each series with its own period', () => {
    const marks = breakMarks([kbh, land], x);
    expect(marks.map((m) => [m.x, m.series, m.notes])).toEqual([[75, ['Hele landet', 'København'], [NEW]]]);
    expect(flagLegend([], marks).map((l) => l.text)).toEqual([
      `Brud i serien (hele landet 2018 og København 2019), prikket lodret linje; linjerne er afbrudt. ${NEW}`,
    ]);
  });

  it('keeps two rules for breaks whose stretches do not overlap', () => {
    const later = { label: 'Aarhus', points: [pv('2019', 1), pv('2020', 2), flagged('2021', 3, 'brud i serien', 'Andet.')] };
    expect(breakMarks([kbh, later], x).map((m) => m.x)).toEqual([80, 105]);
  });
});

describe('line chart with flagged values', () => {
  const g = lineChart({ series: [cph, country], unit: 'pct', decimals: 0, size });

  it('breaks the line at the break: two sub-paths', () => {
    expect(g.series.map((s) => (s.d.match(/M/g) ?? []).length)).toEqual([2, 2]);
    expect(g.series[0]?.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('draws provisional, revised and estimated values hollow and names the flag in the tooltip', () => {
    expect(g.series[0]?.points.map((p) => [p.period, p.hollow, p.flag])).toEqual([
      ['2019', false, undefined],
      ['2020', false, undefined],
      ['2021', false, 'brud i serien'],
      ['2022', true, 'foreløbig'],
    ]);
    expect(g.series[1]?.points[1]?.tip).toBe('Hele landet, 2020: 75\u00a0pct. (skønnet)');
    expect(g.breaks.map((b) => [b.period, b.series])).toEqual([['2021', ['København', 'Hele landet']]]);
    const x2020 = g.series[0]!.points[1]!.x;
    const x2021 = g.series[0]!.points[2]!.x;
    expect(g.breaks[0]?.x).toBeCloseTo((x2020 + x2021) / 2, 0);
  });

  it('says in the legend what hollow markers mean and why the series breaks', () => {
    expect(flagLegend(g.series, g.breaks).map((l) => l.text)).toEqual([
      'Hul markør: foreløbigt tal (København 2022); se noten under tabellen',
      'Hul markør: skønnet tal (hele landet 2020); se noten under tabellen',
      'Brud i serien 2021 (København og hele landet), prikket lodret linje; linjerne er afbrudt. Ny opgørelse fra 2021.',
    ]);
  });

  it('graf.svg draws the same hollow markers and break rule, and prints the legend and coverage', () => {
    const plot = renderPlot(g, filePaint(fileColours({})));
    const drawn = parseHtml(`<svg>${plot}</svg>`, { xml: true });
    const rule = element(drawn, 'line', { 'stroke-dasharray': '1 3' });
    expect([rule.attribs.x1, rule.attribs.x2, rule.attribs.y1, rule.attribs.y2].map(Number)).toEqual([
      g.breaks[0]!.x,
      g.breaks[0]!.x,
      g.plot.top,
      g.plot.bottom,
    ]);
    expect(rule.attribs.stroke).toBe('#1a1a1a');
    // Hollow markers: white inside, the series colour round the edge.
    expect(elements(drawn, '*', { fill: '#ffffff', stroke: /^#[0-9a-f]{6}$/, 'stroke-width': '2' })).toHaveLength(2);
    const legend = flagLegend(g.series, g.breaks).map((l) => l.text);
    const file = chartSvgFile(
      g,
      { title: 'T', description: 'D.', source: 'S', pageUrl: 'u', illustrative: false, coverage: 'Omfatter: alle københavnere', legend },
      {},
    );
    const doc = parseHtml(file, { xml: true });
    const words = elements(doc, 'text').map(text);
    expect(words).toContain('Omfatter: alle københavnere');
    expect(words.some((w) => w.includes('Brud i serien 2021'))).toBe(true);
    expect(text(element(doc, 'desc', { id: 'graf-beskrivelse' }))).toMatch(/^D\. Hul markør/);
  });
});

describe('table footnotes', () => {
  const t = dataTable([cph, country], 0);
  it('numbers each flagged or noted value; the same flag and note share one footnote', () => {
    expect(t.rows.map((r) => [r.period, r.notes])).toEqual([
      ['2019', [undefined, undefined]],
      ['2020', [undefined, 1]],
      ['2021', [2, 2]],
      ['2022', [3, undefined]],
    ]);
    expect(t.rows[2]?.flags).toEqual(['brud i serien', 'brud i serien']);
    expect(t.footnotes.map((f) => [f.n, f.flag, f.explanation, footnoteWhere(f)])).toEqual([
      [1, 'skønnet', 'Beregnet af to tal.', 'Hele landet 2020'],
      [2, 'brud i serien', BREAK, 'København og hele landet 2021'],
      [3, 'foreløbig', 'Foreløbigt tal, som kilden kan rette senere.', 'København 2022'],
    ]);
  });
});

describe('generated description', () => {
  it('says whom the figures cover and names the flagged values', () => {
    const d = describeChart({ series: [cph, country], unit: 'pct', decimals: 0, direction: 'higher', coverage: 'alle københavnere' });
    expect(
      d.startsWith(
        'Tallene gælder alle københavnere uanset oprindelse, ikke kun indvandrere. Fra 2019 til 2022 steg andelen for København',
      ),
    ).toBe(true);
    expect(d).toContain('Brud i serien i 2021 (København og hele landet): tallene før og efter er opgjort forskelligt.');
    expect(d).toContain('Foreløbig: København 2022.');
    expect(d).toContain('Skønnet: Hele landet 2020.');
  });

  it('says a series that begins with a break starts a new measure', () => {
    const d = describeChart({
      series: [{ breakdown: '', label: 'København', points: [flagged('2022', 85, 'brud i serien', 'Nyt mål.'), pv('2024', 88)] }],
      unit: 'pct',
      decimals: 0,
      direction: 'higher',
    });
    expect(d).toContain(
      'Serien for København begynder i 2022 med en ny opgørelse (brud i serien) og kan ikke sammenlignes med tidligere tal.',
    );
  });
});

describe('status trace across a break', () => {
  const ind = indicator({ baseline: pv('2019', 70), target: undefined, tolerance: 1 });
  it('says when the comparison from baseline to latest spans a break, and which', () => {
    const t = computeStatus(ind, cph.points);
    expect(t.breaks?.map((b) => b.period.label)).toEqual(['2021']);
    expect(t.explanation).toContain('Sammenligningen fra 2019 til 2022 går hen over et brud i serien (2021)');
    expect(t.explanation).toContain('Bemærk: den seneste måling er foreløbig.');
    expect(traceRows(t).find((r) => r.term === 'Brud i serien')?.value).toBe(`Ja: sammenligningen går hen over bruddet i 2021. ${BREAK}`);
    expect(traceRows(t).find((r) => r.term === 'Seneste måling')?.value).toBe('77\u00a0pct. i 2022 (foreløbig)');
  });

  it('says nothing of breaks when the comparison starts at or after the break', () => {
    const t = computeStatus({ ...ind, baseline: pv('2021', 76) }, cph.points);
    expect(t.breaks).toBeUndefined();
    expect(traceRows(t).map((r) => r.term)).not.toContain('Brud i serien');
  });

  it('names an estimated baseline', () => {
    const t = computeStatus({ ...ind, baseline: pv('2020', 75) }, country.points);
    expect(t.explanation).toContain('Bemærk: basisværdien er skønnet.');
  });
});

describe('baseline rule', () => {
  it('takes the policy base year when the series has it', () => {
    expect(ruleBaseline([pv('2010', 1), pv('2014', 2), pv('2020', 3)])?.period.label).toBe('2014');
  });
  it('otherwise the nearest measurement, the earlier on a tie', () => {
    expect(ruleBaseline([pv('2010', 1), pv('2016', 2), pv('2022', 3)])?.period.label).toBe('2016');
    expect(ruleBaseline([pv('2013', 1), pv('2015', 2)])?.period.label).toBe('2013');
  });
  it('measured like the latest value (after the last break) and not estimated', () => {
    expect(
      ruleBaseline([
        pv('2010', 10),
        pv('2017', 4),
        flagged('2019', 6, 'brud i serien', 'x'),
        flagged('2020', 3, 'skønnet', 'y'),
        pv('2023', 0),
      ])?.period.label,
    ).toBe('2019');
    expect(ruleBaseline([flagged('2013', 1, 'skønnet', 'x'), pv('2016', 2)])?.period.label).toBe('2016');
  });
});
