/**
 * The per-indicator downloads listed on /data/grafer/: the figures behind each chart, its SVG and
 * embed page. The list is paginated so the page does not grow with the number of indicators.
 */
import type { Barometer } from '../model.ts';
import { AREAS, areaName } from '../registry/areas.ts';
import { indicatorView } from '../barometer/indicator-view.ts';
import { chartFilePath, embedPath } from '../routes.ts';

/** Rows per page: about 1 KB each, so a page stays far below the 150 KB budget. */
export const INDICATORS_PER_PAGE = 50;

export interface IndicatorFiles {
  id: string;
  title: string;
  area: string;
  illustrative: boolean;
  /** »alle københavnere« – whom the figures cover. */
  coverage?: string;
  /** Site paths; pass through href(). */
  pagePath: string;
  csvPath: string;
  jsonPath: string;
  /** Only for indicators with measurements (no chart, no picture). */
  svgPath?: string;
  embedPath?: string;
  /** Only for indicators compared with the other big cities. */
  comparisonCsvPath?: string;
  comparisonJsonPath?: string;
}

/** In the overview's area order, then file order. */
export function indicatorFiles(b: Barometer): IndicatorFiles[] {
  const order = new Map(AREAS.map((a) => [a.id, a.order]));
  return [...b.indicators]
    .sort((x, y) => (order.get(x.area) ?? 0) - (order.get(y.area) ?? 0))
    .map((i) => {
      const v = indicatorView(b, i.id);
      return {
        id: i.id,
        title: i.title,
        area: areaName(i.area),
        illustrative: i.illustrative,
        ...(v.coverage ? { coverage: v.coverage.label } : {}),
        pagePath: v.path,
        csvPath: v.csvPath,
        jsonPath: v.jsonPath,
        svgPath: v.charts ? chartFilePath(i.id) : undefined,
        embedPath: v.charts ? embedPath(i.id) : undefined,
        ...(v.comparison ? { comparisonCsvPath: v.comparison.csvPath, comparisonJsonPath: v.comparison.jsonPath } : {}),
      };
    });
}
