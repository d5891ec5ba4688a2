/**
 * How each series is told apart without colour: a dash pattern and a marker shape per position,
 * plus a colour class. The main series is always solid with circles.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { chartCopy } from '../copy/chart.ts';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  /** 1-based; components map it to the CSS class ib-chart__series--N (a colour with ≥ 3:1 contrast). */
  index: number;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  marker: MarkerShape;
  /** Name of the line style in words, for the key under the chart. */
  description: string;
  /** The series has markers only (no two neighbouring periods): the key draws no line for it. */
  markersOnly?: boolean;
}

const STYLES: readonly Omit<SeriesStyle, 'index'>[] = [
  { dash: undefined, marker: 'circle', description: chartCopy.seriesStyles[0] },
  { dash: '7 4', marker: 'square', description: chartCopy.seriesStyles[1] },
  { dash: '2 3', marker: 'triangle', description: chartCopy.seriesStyles[2] },
  { dash: '9 3 2 3', marker: 'diamond', description: chartCopy.seriesStyles[3] },
];

export function seriesStyle(position: number): SeriesStyle {
  const style = STYLES[position % STYLES.length] as Omit<SeriesStyle, 'index'>;
  return { ...style, index: (position % STYLES.length) + 1 };
}

const SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
};

/** Marker outline centred on 0,0 (the component translates it); `area` in square pixels. */
export function markerPath(shape: MarkerShape, area: number): string {
  return symbol(SYMBOLS[shape], area).digits(1)() ?? '';
}
