/**
 * Copenhagen beside the other big cities: which series make the comparison, the small-multiples
 * geometry (same scales, Copenhagen as reference in every other panel), the generated description of
 * where Copenhagen stands, the table, the downloads, the sources of each value, and the figure as
 * rendered (figure, role="img" panels with title and desc, table, downloads).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ComparisonFigure from '../../src/components/ComparisonFigure.astro';
import type { Barometer, Measurement } from '../../src/lib/model.ts';
import { chartSeries, comparisonOf } from '../../src/lib/barometer/comparison.ts';
import { seriesOf } from '../../src/lib/barometer/series.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { comparisonCsv, comparisonJson, comparedIndicatorIds } from '../../src/lib/barometer/comparison-download.ts';
import { smallMultiples, WIDE_PANEL } from '../../src/lib/chart/small-multiples.ts';
import { describeComparison } from '../../src/lib/chart/compare-describe.ts';
import { periodRanges, valueSources } from '../../src/lib/barometer/value-sources.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';
import type { MunicipalityCode } from '../../src/lib/registry/municipalities.ts';
import { indicator, period, pv } from './status-fixtures.ts';
import { element, elements, parseHtml, text } from '../helpers/html.ts';

const row = (
  breakdown: string,
  geo: MunicipalityCode | undefined,
  label: string,
  value: number,
  extra: Partial<Measurement> = {},
): Measurement => ({
  indicator: 'ratio',
  period: period(label),
  breakdown,
  value,
  source: 'Danmarks Statistik, RAS200 (udtræk)',
  note: '',
  ...(geo ? { geo } : {}),
  ...extra,
});
const barometer: Barometer = {
  indicators: [
    indicator({
      id: 'ratio',
      mainLabel: 'København',
      title: 'Forholdstal',
      target: undefined,
      baseline: pv('2020', 70),
      tolerance: 1,
      coverage: 'indvandrere med ikke-vestlig oprindelse',
    }),
    ...AREA_IDS.filter((a) => a !== 'beskaeftigelse').map((area) =>
      indicator({ id: `hoved-${area}`, area, baseline: undefined, target: undefined }),
    ),
  ],
  measurements: [
    row('', '101', '2020', 70, { sourceUrl: 'https://example.org/raw' }),
    row('', '101', '2021', 74, { flag: 'brud i serien', note: 'Nyt grundlag.', sourceUrl: 'https://example.org/raw' }),
    row('Aarhus', '751', '2020', 60, { sourceUrl: 'https://example.org/raw' }),
    row('Aarhus', '751', '2021', 66, { sourceUrl: 'https://example.org/raw' }),
    row('Odense', '461', '2020', 58, { sourceUrl: 'https://example.org/raw' }),
    row('Odense', '461', '2021', 60, { sourceUrl: 'https://example.org/raw' }),
    row('Aalborg', '851', '2021', 75, { sourceUrl: 'https://example.org/raw' }),
    row('Hele landet', '000', '2020', 72, { sourceUrl: 'https://example.org/land' }),
    row('Hele landet', '000', '2021', 76, { sourceUrl: 'https://example.org/land' }),
    row('Kvinder', undefined, '2021', 71, { sourceUrl: 'https://example.org/raw' }),
  ],
};

describe('which series compare', () => {
  const all = seriesOf(barometer.measurements, 'ratio', 'København');
  const c = comparisonOf(all)!;
  it('takes the series with a municipality code, Copenhagen first, then registry order, the whole country last', () => {
    expect(c.series.map((s) => [s.name, s.geo, s.wholeCountry])).toEqual([
      ['København', '101', false],
      ['Aarhus', '751', false],
      ['Odense', '461', false],
      ['Aalborg', '851', false],
      ['Hele landet', '000', true],
    ]);
    expect(c.cities).toBe(4);
  });
  it('leaves the other cities out of the indicator’s own line chart, keeping the whole country and other breakdowns', () => {
    expect(chartSeries(all, c).map((s) => s.label)).toEqual(['København', 'Hele landet', 'Kvinder']);
  });
  it('needs Copenhagen and one other city', () => {
    expect(comparisonOf(all.filter((s) => s.geo !== '101'))).toBeUndefined();
    expect(comparisonOf(all.filter((s) => !s.geo || s.geo === '101' || s.geo === '000'))).toBeUndefined();
  });
});

describe('small multiples geometry', () => {
  const c = comparisonOf(seriesOf(barometer.measurements, 'ratio', 'København'))!;
  const g = smallMultiples({
    panels: c.series.map((s) => ({ key: s.geo, label: s.name, points: s.points, isReference: s.geo === '101' })),
    unit: 'pct',
    decimals: 0,
    size: WIDE_PANEL,
  });
  it('gives every panel the same scales and Copenhagen as reference in every other panel', () => {
    expect(g.yTicks.map((t) => t.label)).toEqual(['55', '60', '65', '70', '75', '80']);
    expect(g.xTicks.map((t) => t.label)).toEqual(['2020', '2021']);
    expect(g.panels.map((p) => [p.label, p.referenceD !== undefined])).toEqual([
      ['København', false],
      ['Aarhus', true],
      ['Odense', true],
      ['Aalborg', true],
      ['Hele landet', true],
    ]);
    // Copenhagen's reference line breaks where its series breaks: two moves, no line between them.
    expect(g.panels[1]?.referenceD).toBe(g.panels[0]?.d);
    expect(g.panels[0]?.d).toMatch(/^M[\d.]+,[\d.]+ZM[\d.]+,[\d.]+Z$/);
    expect(g.panels[0]?.breaks.map((b) => b.period)).toEqual(['2021']);
    expect(g.panels[3]?.points.map((p) => p.x)).toEqual([g.plot.right]);
  });
});

describe('where Copenhagen stands, in words', () => {
  const text = indicatorView(barometer, 'ratio').comparison!.description;
  it('names the cities, whom the figures cover, Copenhagen’s rank and whether that is good', () => {
    expect(text).toContain('Sammenligningen viser København og Aarhus, Odense og Aalborg samt hele landet.');
    expect(text).toContain('Tallene gælder indvandrere med ikke-vestlig oprindelse i hver kommune.');
    expect(text).toContain(
      'I 2021 var tallet for København 74\u00a0pct.: det næsthøjeste af de 4 byer med tal for 2021 (Aalborg 75\u00a0pct., Aarhus 66\u00a0pct., Odense 60\u00a0pct.).',
    );
    expect(text).toContain('Højere er bedre, så København ligger næstbedst.');
    expect(text).toContain('Hele landet: 76\u00a0pct.');
    expect(text).toContain(
      'Fra 2020 til 2021 ændrede tallet sig med +4\u00a0procentpoint i København og i de andre byer mellem +2\u00a0procentpoint (Odense) og +6\u00a0procentpoint (Aarhus).',
    );
    expect(text).toContain('Brud i serien i 2021 (København)');
  });
  it('turns the standing around when lower is better', () => {
    const d = describeComparison({
      series: [
        { label: 'København', points: [pv('2024', 130)], wholeCountry: false, isCopenhagen: true },
        { label: 'Aarhus', points: [pv('2024', 85)], wholeCountry: false, isCopenhagen: false },
        { label: 'Odense', points: [pv('2024', 80)], wholeCountry: false, isCopenhagen: false },
      ],
      unit: 'pr-1000-indbyggere',
      decimals: 0,
      direction: 'lower',
    });
    expect(d).toContain('det højeste af de 3 byer');
    expect(d).toContain('Lavere er bedre, så København ligger dårligst.');
  });
});

describe('comparison view, downloads and sources', () => {
  const v = indicatorView(barometer, 'ratio');
  it('has panel titles and text alternatives, and a table with footnotes', () => {
    expect(v.comparison!.panels.map((p) => p.title)).toEqual([
      'København',
      'Aarhus sammenlignet med København',
      'Odense sammenlignet med København',
      'Aalborg sammenlignet med København',
      'Hele landet sammenlignet med København',
    ]);
    expect(v.comparison!.panels[1]?.description).toBe(
      'Aarhus: fra 60\u00a0pct. i 2020 til 66\u00a0pct. i 2021. København: fra 70\u00a0pct. i 2020 til 74\u00a0pct. (brud i serien) i 2021.',
    );
    expect(v.comparison!.table.columns).toEqual(['København', 'Aarhus', 'Odense', 'Aalborg', 'Hele landet']);
    expect(v.comparison!.table.footnotes.map((f) => f.explanation)).toEqual(['Nyt grundlag.']);
    expect(v.comparison!.coverageText).toBe('Indvandrere med ikke-vestlig oprindelse i hver kommune');
  });
  it('downloads one row per municipality × period with the official code, flag and coverage', () => {
    expect(comparedIndicatorIds(barometer)).toEqual(['ratio']);
    const rows = comparisonJson(barometer, 'ratio').rows;
    expect(rows.map((r) => `${r.geo}:${r.period}`)).toEqual([
      '101:2020',
      '101:2021',
      '751:2020',
      '751:2021',
      '461:2020',
      '461:2021',
      '851:2021',
      '000:2020',
      '000:2021',
    ]);
    expect(rows[1]).toMatchObject({
      municipality: 'København',
      flag: 'brud i serien',
      note: 'Nyt grundlag.',
      coverage: 'indvandrere med ikke-vestlig oprindelse',
    });
    const csv = comparisonCsv(barometer, 'ratio');
    expect(csv.split('\r\n')[2]).toBe(
      'ratio;2021;101;København;74;brud i serien;Nyt grundlag.;Danmarks Statistik, RAS200 (udtræk);https://example.org/raw;indvandrere med ikke-vestlig oprindelse',
    );
  });
  it('lists each source with the address it was read at and what it covers', () => {
    expect(valueSources(barometer.measurements, 'ratio', 'København')).toEqual([
      {
        source: 'Danmarks Statistik, RAS200 (udtræk)',
        url: 'https://example.org/raw',
        linkText: 'example.org/raw',
        covers: 'København 2020–2021; Aarhus 2020–2021; Odense 2020–2021; Aalborg 2021; Kvinder 2021',
        secondary: true,
        rows: 8,
      },
      {
        source: 'Danmarks Statistik, RAS200 (udtræk)',
        url: 'https://example.org/land',
        linkText: 'example.org/land',
        covers: 'Hele landet 2020–2021',
        secondary: true,
        rows: 2,
      },
    ]);
    expect(periodRanges(['2009', '2016', '2017', '2018', '2020', '2021', '2022'])).toBe('2009, 2016–2018 og 2020–2022');
    expect(periodRanges(['2020K1', '2020K2'])).toBe('1.\u00a0kvt. 2020 og 2.\u00a0kvt. 2020');
  });
});

describe('the comparison figure as rendered', async () => {
  const container = await AstroContainer.create();
  const v = indicatorView(barometer, 'ratio');
  const html = await container.renderToString(ComparisonFigure, { props: { view: v.comparison!, indicator: v.indicator } });
  it('is a figure of role="img" panels, each with its title and description, a table and downloads', () => {
    const doc = parseHtml(html);
    const figure = element(doc, 'figure', { id: 'ib-cmp-ratio' });
    expect(figure.parent?.type).toBe('root');
    expect(figure.attribs.class?.split(' ')).toEqual(expect.arrayContaining(['ib-figure', 'ib-compare']));
    const panels = elements(figure, '*', { role: 'img' });
    expect(panels).toHaveLength(10); // five panels, drawn for phone and for wide screens
    // Every panel is named by its own title and described by its own desc.
    for (const panel of panels) {
      const [title, desc] = (panel.attribs['aria-labelledby'] ?? '').split(' ');
      expect(text(element(doc, 'title', { id: title! })).length, panel.attribs['aria-labelledby']).toBeGreaterThan(0);
      expect(text(element(doc, 'desc', { id: desc! })).length, panel.attribs['aria-labelledby']).toBeGreaterThan(0);
    }
    const aarhus = element(figure, '*', { role: 'img', 'aria-labelledby': 'ib-cmp-ratio-g751-w-title ib-cmp-ratio-g751-w-desc' });
    expect(text(element(aarhus, 'title'))).toBe('Aarhus sammenlignet med København');
    expect(text(element(figure, 'caption'))).toBe(
      'Forholdstal: byerne sammenlignet (indvandrere med ikke-vestlig oprindelse i hver kommune)',
    );
    expect(elements(figure, 'a', { href: '/indikatorer/ratio/sammenligning.csv' })).toHaveLength(1);
    expect(text(figure)).toContain('Omfatter: indvandrere med ikke-vestlig oprindelse i hver kommune');
    expect(elements(figure, '*', { class: /(^| )ib-compare__break( |$)/ }).length).toBeGreaterThan(0);
  });
});
