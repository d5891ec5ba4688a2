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

/** Each drawing element reduced to its geometry: tag, the attributes that place it, its text (styling, which the page sets in CSS and the file as attributes, is left out). */
function shapes(svg: string): string[] {
  const out: string[] = [];
  const body = svg.replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '');
  for (const m of body.matchAll(/<(path|line|circle|text|tspan)\b([^>]*)>([^<]*)/g)) {
    const [, tag, attrs = '', text = ''] = m;
    const keep = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'transform', 'text-anchor', 'dy'];
    const a = keep
      .map((k) => [k, new RegExp(`\\s${k}="([^"]*)"`).exec(attrs)?.[1]] as const)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${Math.round(Number(v) * 100) / 100 || v}`);
    out.push(`${tag} ${a.join(' ')} ${text.trim()}`);
  }
  return out.sort();
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
    expect(shapes(renderPlot(g, filePaint(fileColours({}))))).toEqual(shapes(page));
  });
});
