import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineChart, WIDE } from '../../src/lib/chart/line-chart.ts';
import type { Series } from '../../src/lib/model.ts';
import { chartSvgFile } from '../../src/lib/embed/chart-svg-file.ts';
import { cssCustomProperties } from '../../src/lib/embed/css-palette.ts';
import { editionEmbedSubject, embedPageTitle, iframeCode } from '../../src/lib/embed/embed-code.ts';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { embedSection, indicatorChartFile } from '../../src/lib/embed/indicator-embed.ts';
import { chartFilePath, embedPath } from '../../src/lib/routes.ts';
import { escapeXml } from '../../src/lib/format/escape.ts';
import { element, elements, parseHtml, text } from '../helpers/html.ts';
import { parseXmlStrict } from '../helpers/archive-xml.ts';

const p = (label: string, value: number) => ({ period: { label, time: Number(label) }, value });
const series: Series[] = [
  { breakdown: '', label: 'København', points: [p('2014', 70), p('2015', 71.5), p('2016', 72)] },
  { breakdown: 'Hele landet', label: 'Hele landet', points: [p('2014', 73), p('2016', 74)] },
];
const geometry = lineChart({ series, unit: 'pct', decimals: 1, baseline: p('2014', 70), target: p('2018', 75), size: WIDE });
const palette = cssCustomProperties(
  ':root { --ib-ink: #111; --ib-muted: #444; --ib-series-1: #123456; --ib-series-2: var(--ib-other); --ib-other: #abcdef; }',
);

describe('palette from global.css', () => {
  it('reads custom properties and resolves var() references', () => {
    expect(palette).toMatchObject({ '--ib-ink': '#111', '--ib-series-1': '#123456', '--ib-series-2': '#abcdef' });
  });

  it('the real stylesheet defines the colours the SVG file uses', () => {
    const real = cssCustomProperties(readFileSync('src/styles/global.css', 'utf8'));
    for (const name of ['--ib-ink', '--ib-muted', '--ib-series-1', '--ib-series-2', '--ib-series-3', '--ib-series-4']) {
      expect(real[name], name).toMatch(/^#[0-9a-f]{3,6}$/i);
    }
  });
});

describe('standalone chart SVG', () => {
  const svg = chartSvgFile(
    geometry,
    {
      title: 'Beskæftigelse <16–64 år>',
      description: 'Linjen stiger.',
      source: 'Danmarks Statistik, RAS200',
      pageUrl: 'https://www.kk.dk/indikatorer/x/',
      illustrative: false,
    },
    palette,
  );

  const doc = parseHtml(svg, { xml: true });
  const root = element(doc, 'svg');
  const texts = elements(doc, 'text').map(text);

  it('is an XML document with title, desc, generic fonts and the source in the picture', () => {
    expect(() => parseXmlStrict(svg)).not.toThrow();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect([root.attribs.xmlns, root.attribs['xml:lang']]).toEqual(['http://www.w3.org/2000/svg', 'da']);
    expect(text(element(root, 'title', { id: 'graf-titel' }))).toBe('Beskæftigelse <16–64 år>');
    expect(text(element(root, 'desc', { id: 'graf-beskrivelse' }))).toBe(
      'Linjen stiger. Kilde: Danmarks Statistik, RAS200. https://www.kk.dk/indikatorer/x/',
    );
    expect(elements(doc, '*', { 'font-family': true }).every((el) => /sans-serif"?$/.test(el.attribs['font-family']!))).toBe(true);
    expect(elements(doc, '*', { 'font-family': true }).length).toBeGreaterThan(0);
    expect(texts).toContain('Kilde: Danmarks Statistik, RAS200');
    // Self-contained: no stylesheet to resolve, so no var() and no classes.
    expect(
      elements(root, '*')
        .flatMap((el) => Object.values(el.attribs))
        .filter((v) => v.includes('var(')),
    ).toEqual([]);
    expect(elements(root, '*', { class: true })).toEqual([]);
  });

  it('draws the same geometry as the figure: every path, tick and label', () => {
    const paths = elements(root, 'path');
    for (const s of geometry.series) expect(paths.some((el) => el.attribs.d === s.d)).toBe(true);
    const strokes = elements(root, '*', { stroke: true }).map((el) => el.attribs.stroke);
    expect(strokes).toContain('#123456');
    expect(strokes).toContain('#abcdef');
    expect(elements(root, '*', { 'stroke-dasharray': geometry.series[1]!.style.dash! }).length).toBeGreaterThan(0);
    for (const t of [...geometry.xTicks, ...geometry.yTicks]) expect(texts).toContain(t.label);
    expect(paths.some((el) => el.attribs.d === geometry.target!.pace)).toBe(true);
    expect(texts).toContain('Basisår 2014');
    // One marker per measurement: 3 + 2 points.
    expect(elements(root, 'path', { transform: /^translate\([\d.]+,[\d.]+\)$/ })).toHaveLength(5);
  });

  it('grows by a header and a footer, keeping the plot size', () => {
    expect(Number(root.attribs.height)).toBeGreaterThan(geometry.height);
    expect(Number(root.attribs.width)).toBeGreaterThan(geometry.width);
    expect(elements(root, 'g', { transform: /^translate\(\d+,\d+\)$/, 'aria-hidden': 'true' })).toHaveLength(1);
  });

  it('marks illustrative data in the picture', () => {
    const ill = chartSvgFile(geometry, { title: 'T', description: 'D', source: 'S', pageUrl: 'u', illustrative: true }, palette);
    expect(elements(parseHtml(ill, { xml: true }), 'text').map(text)).toContain('Eksempeldata – ikke rigtige målinger');
  });
});

describe('embed code', () => {
  it('paths and iframe code', () => {
    expect(embedPath('a-b')).toBe('indikatorer/a-b/indlejr/');
    expect(chartFilePath('a-b')).toBe('indikatorer/a-b/graf.svg');
    expect(iframeCode('https://www.kk.dk/integrationsbarometer/indikatorer/a/indlejr/', 'Tryghed "i dag" & i går')).toBe(
      '<iframe src="https://www.kk.dk/integrationsbarometer/indikatorer/a/indlejr/" title="Graf: Tryghed &quot;i dag&quot; &amp; i går (Integrationsbarometeret)" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
    expect(escapeXml('<&>"')).toBe('&lt;&amp;&gt;&quot;');
  });

  it('the embed page has its own <title>, naming the chart as its iframe code does (WCAG 2.4.2)', () => {
    // The indicator page is »<title> – Integrationsbarometeret«; its embed page was titled the same.
    expect(embedPageTitle('Beskæftigelsesfrekvens')).toBe('Graf: Beskæftigelsesfrekvens – Integrationsbarometeret');
    const subject = editionEmbedSubject('Beskæftigelsesfrekvens', 'Udgave december 2026', '1. december 2026');
    expect(subject).toBe('Beskæftigelsesfrekvens – Udgave december 2026 (1. december 2026)');
    expect(embedPageTitle(subject)).toBe(
      'Graf: Beskæftigelsesfrekvens – Udgave december 2026 (1. december 2026) – Integrationsbarometeret',
    );
    expect(iframeCode('https://x/', subject)).toContain(
      'title="Graf: Beskæftigelsesfrekvens – Udgave december 2026 (1. december 2026) (Integrationsbarometeret)"',
    );
  });

  it('real indicators: charted ones get an SVG and an embed section; others none', () => {
    const b = getBarometer();
    const css = readFileSync('src/styles/global.css', 'utf8');
    let charted = 0;
    for (const ind of b.indicators) {
      const v = indicatorView(b, ind.id);
      const file = indicatorChartFile(v, `https://x/${ind.id}/`, css);
      const section = embedSection(v, (path) => `https://www.kk.dk/base/${path}`);
      expect(file === undefined, ind.id).toBe(v.charts === undefined);
      expect(section === undefined, ind.id).toBe(v.charts === undefined);
      if (!file || !section) continue;
      charted++;
      expect(file).toContain(`>${escapeXml(`Kilde: ${ind.source}`.split(' ').slice(0, 3).join(' '))}`);
      expect(section.embedUrl).toBe(`https://www.kk.dk/base/indikatorer/${ind.id}/indlejr/`);
      for (const s of v.charts!.wide.series) expect(file).toContain(`d="${s.d}"`);
    }
    expect(charted).toBeGreaterThan(0);
  });
});
