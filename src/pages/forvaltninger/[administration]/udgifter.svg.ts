import type { APIRoute, GetStaticPaths } from 'astro';
import globalCss from '../../../styles/global.css?raw';
import { getGoals, spendingPaths } from '../../../loaders/site-goals.ts';
import { spendingView } from '../../../lib/goals/spending-view.ts';
import { administrationPath } from '../../../lib/routes.ts';
import { chartSvgFile } from '../../../lib/embed/chart-svg-file.ts';
import { cssCustomProperties } from '../../../lib/embed/css-palette.ts';
import { href } from '../../../lib/url.ts';

/** /forvaltninger/<forvaltning>/udgifter.svg: the spending chart as a standalone file (the indicator charts' file printer). */
export const getStaticPaths = spendingPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ abbr: string }> = async ({ props, site }) => {
  const v = spendingView(await getGoals(), props.abbr);
  if (!v) return new Response(null, { status: 404 });
  const sources = [...new Set(v.years.flatMap((y) => y.lines.map((l) => l.source)))].join('; ');
  const svg = chartSvgFile(
    v.charts.wide,
    {
      title: v.title,
      description: v.description,
      source: sources,
      pageUrl: new URL(href(`${administrationPath(props.abbr)}#udgifter`), site).href,
      illustrative: v.illustrative,
    },
    cssCustomProperties(globalCss),
  );
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
