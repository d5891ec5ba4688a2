/** What the SVG file, the embed page and the embed section need for one indicator. */
import type { IndicatorView } from '../barometer/indicator-view.ts';
import { chartSvgFile } from './chart-svg-file.ts';
import { cssCustomProperties } from './css-palette.ts';
import { iframeCode } from './embed-code.ts';
import { flagLegend } from '../chart/flag-legend.ts';
import { chartFilePath, embedPath } from '../routes.ts';
import { figureWords } from '../copy/figure.ts';

/** "Danmarks Statistik, RAS200 (udtræk) (https://…)" – the source as one line of text. */
export function sourceText(v: IndicatorView): string {
  const i = v.indicator;
  return i.sourceUrl ? `${i.source} (${i.sourceUrl})` : i.source;
}

/** The standalone SVG of the wide chart; undefined when the indicator has no measurements yet. */
export function indicatorChartFile(v: IndicatorView, pageUrl: string, globalCss: string): string | undefined {
  if (!v.charts) return undefined;
  return chartSvgFile(
    v.charts.wide,
    {
      title: v.indicator.title,
      description: v.description,
      source: sourceText(v),
      pageUrl,
      illustrative: v.indicator.illustrative,
      ...(v.coverage ? { coverage: figureWords.coverage(v.coverage.label) } : {}),
      legend: flagLegend(v.charts.wide.series, v.charts.wide.breaks, false, v.charts.wide.gaps).map((l) => l.text),
    },
    cssCustomProperties(globalCss),
  );
}

export interface EmbedSection {
  /** Site paths, pass through href(). */
  embedPath: string;
  svgPath: string;
  /** Absolute, for the copied code. */
  embedUrl: string;
  code: string;
}

/** `absolute(path)`: the absolute URL of a site path in this build (site origin + base path). */
export function embedSection(v: IndicatorView, absolute: (path: string) => string): EmbedSection | undefined {
  if (!v.charts) return undefined;
  const id = v.indicator.id;
  const embedUrl = absolute(embedPath(id));
  return { embedPath: embedPath(id), svgPath: chartFilePath(id), embedUrl, code: iframeCode(embedUrl, v.indicator.title) };
}

/** Indicators that have a chart, so a graf.svg and an embed page. */
export function chartedIndicatorIds(views: IndicatorView[]): string[] {
  return views.filter((v) => v.charts).map((v) => v.indicator.id);
}
