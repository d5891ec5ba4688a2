/**
 * One renderer: ChartSvg.astro (rendered with Astro's container API) embeds exactly what
 * chart/svg-render.ts prints, and the standalone file's plot has the same paths, lines, circles and
 * texts, element by element, only painted differently.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChartSvg from '../../src/components/ChartSvg.astro';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { fileColours } from '../../src/lib/embed/chart-svg-file.ts';
import { filePaint, pageChartSvg, renderPlot } from '../../src/lib/chart/svg-render.ts';
import { elements, parseHtml } from '../helpers/html.ts';

/** Each drawing element reduced to its geometry: tag, the attributes that place it, its text (styling, which the page sets in CSS and the file as attributes, is left out). */
function shapes(svg: string): string[] {
  const keep = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'transform', 'text-anchor', 'dy'];
  const doc = parseHtml(svg, { xml: true });
  return elements(doc, '*')
    .filter((el) => ['path', 'line', 'circle', 'text', 'tspan'].includes(el.name))
    .map((el) => {
      const a = keep
        .filter((k) => el.attribs[k] !== undefined)
        .map((k) => `${k}=${Math.round(Number(el.attribs[k]) * 100) / 100 || el.attribs[k]}`);
      // A text's own words (a tspan's are its own entry), not those of its children.
      const own = el.children
        .map((c) => ('data' in c && c.type === 'text' ? c.data : ''))
        .join('')
        .trim();
      return `${el.name} ${a.join(' ')} ${own}`;
    })
    .sort();
}

describe('the page and graf.svg print one geometry with one renderer', async () => {
  const container = await AstroContainer.create();
  const b = getBarometer();
  const charted = b.indicators.map((i) => indicatorView(b, i.id)).filter((v) => v.charts);

  it('has indicators with charts to compare', () => {
    expect(charted.length).toBeGreaterThan(0);
  });

  it.each(charted.map((v) => [v.indicator.id, v] as const))('%s', async (_id, v) => {
    const g = v.charts!.wide;
    const page = await container.renderToString(ChartSvg, { props: { geometry: g, idPrefix: 'x', title: 't', description: 'd' } });
    expect(page).toContain(pageChartSvg(g, { idPrefix: 'x', title: 't', description: 'd' }));
    expect(shapes(page).length).toBeGreaterThan(g.series.length);
    expect(shapes(`<svg>${renderPlot(g, filePaint(fileColours({})))}</svg>`)).toEqual(shapes(page));
  });
});
