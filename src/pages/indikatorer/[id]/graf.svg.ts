import type { APIRoute, GetStaticPaths } from 'astro';
import globalCss from '../../../styles/global.css?raw';
import { getBarometer } from '../../../loaders/site-data.ts';
import { indicatorView } from '../../../lib/barometer/indicator-view.ts';
import { indicatorCacheKey } from '../../../lib/barometer/indicator-cache-key.ts';
import { chartedIndicatorIds, indicatorChartFile } from '../../../lib/embed/indicator-embed.ts';
import { href } from '../../../lib/url.ts';
import { indicatorPath } from '../../../lib/routes.ts';

/** /indikatorer/<id>/graf.svg: the chart as a standalone SVG file, for indicators with measurements. */
export const getStaticPaths = (() => {
  const b = getBarometer();
  return chartedIndicatorIds(b.indicators.map((i) => indicatorView(b, i.id))).map((id) => ({
    params: { id },
    cacheKey: indicatorCacheKey(b, id),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const v = indicatorView(getBarometer(), params.id as string);
  const svg = indicatorChartFile(v, new URL(href(indicatorPath(v.indicator.id)), site).href, globalCss) as string;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
