/**
 * The words around an indicator figure: the key that names each line by its pattern (so nothing
 * depends on colour) and says what hollow markers and broken lines mean, the table's caption and
 * headers, whom the figures cover, the download lead.
 */
import { formatValue } from '../format/danish-number.ts';
import { markerPath } from '../chart/series-style.ts';
import type { IndicatorView } from './indicator-view.ts';
import { flagLegend } from '../chart/flag-legend.ts';
import { periodHeader, periodText } from '../format/period.ts';
import { illustrativeCopy } from '../copy/illustrative.ts';
import { figureWords as words } from '../copy/figure.ts';
import { indicatorUnit } from '../registry/units.ts';

export type KeyItem =
  | { kind: 'series'; index: number; dash: string | undefined; marker: string; text: string }
  | { kind: 'target' | 'pace' | 'baseline' | 'hollow' | 'break' | 'gap'; text: string };

export interface FigureCopy {
  key: KeyItem[];
  tableLabel: string;
  tableCaption: string;
  /** »Omfatter: alle københavnere«, for the caption and the card. */
  coverage?: string;
  periodHeader: string;
  noValue: string;
  downloadLead: string;
  csv: string;
  json: string;
  /** Read out when the chart takes focus (only with JavaScript). */
  keyboardHint: string;
  /** The chart's role description while the script makes it operable (only with JavaScript). */
  interactiveChart: string;
  svgLead: string;
  svg: string;
  empty: string;
}

export function figureCopy(v: IndicatorView): FigureCopy {
  const { indicator: ind, decimals } = v;
  const geometry = v.charts?.wide;
  const key: KeyItem[] = (geometry?.series ?? []).map((s) => ({
    kind: 'series' as const,
    index: s.style.index,
    dash: s.style.dash,
    marker: markerPath(s.style.marker, s.style.marker === 'triangle' ? 34 : 28),
    text: `${s.label} (${s.style.description})`,
  }));
  if (ind.target) {
    key.push({
      kind: 'target',
      text: words.target(periodText(ind.target.period.label), formatValue(ind.target.value, indicatorUnit(ind), decimals)),
    });
    if (ind.baseline) key.push({ kind: 'pace', text: words.pace });
  }
  if (ind.baseline) {
    key.push({
      kind: 'baseline',
      text: words.baseline(periodText(ind.baseline.period.label), formatValue(ind.baseline.value, indicatorUnit(ind), decimals)),
    });
  }
  if (geometry) key.push(...flagLegend(geometry.series, geometry.breaks, false, geometry.gaps));
  const coverage = v.coverage ? words.coverage(v.coverage.label) : undefined;
  return {
    key,
    tableLabel: words.tableLabel(ind.title),
    tableCaption: `${ind.title} (${v.unitName}${v.coverage ? `; ${v.coverage.label}` : ''}${ind.illustrative ? `, ${illustrativeCopy.inline}` : ''})`,
    ...(coverage ? { coverage } : {}),
    periodHeader: periodHeader(v.table.rows.map((r) => r.period)),
    noValue: words.noValue,
    downloadLead: words.downloadLead,
    csv: words.csv,
    json: words.json,
    keyboardHint: words.keyboardHint,
    interactiveChart: words.interactiveChart,
    svgLead: words.svgLead,
    svg: words.svg,
    empty: words.empty,
  };
}
