/**
 * An indicator's chart as a standalone SVG file (graf.svg): the plot printed by the same renderer as
 * the figure on the page (chart/svg-render.ts), painted with presentation attributes and literal colours so it opens the same in a browser,
 * Inkscape or a word processor; with an XML declaration, <title>/<desc>, generic font families,
 * and the title and source printed in the picture, so a copy never loses where it came from.
 */
import type { LineChartGeometry } from '../chart/line-chart.ts';
import { CHAR_WIDTH, wrapLabel } from '../chart/label-layout.ts';
import { el, filePaint, renderPlot, type Attrs, type FileColours } from '../chart/svg-render.ts';
import { escapeXml } from '../format/escape.ts';
import { colour, type Palette } from './css-palette.ts';
import { chartCopy } from '../copy/chart.ts';
import { illustrativeCopy } from '../copy/illustrative.ts';

export interface ChartFileMeta {
  title: string;
  description: string;
  /** "Kilde: …" line(s): the indicator's source. */
  source: string;
  /** Absolute address of the indicator page, printed in the footer. */
  pageUrl: string;
  illustrative: boolean;
  /** »Omfatter: alle københavnere«, printed under the title. */
  coverage?: string;
  /** What hollow markers and dotted rules mean (flag-legend.ts), printed above the source. */
  legend?: readonly string[];
}

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** Layout of the file's title block and footer, in em. */
const FILE_EM = { lineHeight: 1.3, margin: 0.75, titleSize: 1.15, footSize: 0.9, footDrop: 0.6 } as const;
/** The title wraps narrower than the plot: it is set larger. */
const TITLE_WIDTH_SHARE = 1 / FILE_EM.titleSize;

function textLines(lines: string[], x: number, y: number, lineHeight: number, a: Attrs): string {
  return lines.map((l, i) => el('text', { x, y: Math.round((y + i * lineHeight) * 10) / 10, ...a }, escapeXml(l))).join('\n');
}

/** The site's colours as literal values for a file (css-palette.ts reads them from global.css). */
export function fileColours(p: Palette): FileColours {
  const ink = colour(p, '--ib-ink', '#1a1a1a');
  return {
    ink,
    muted: colour(p, '--ib-muted', '#4a4a4a'),
    grid: colour(p, '--ib-grid', '#e2e2de'),
    paper: colour(p, '--ib-paper', '#ffffff'),
    series: (index) => (index === undefined ? ink : colour(p, `--ib-series-${index}`, ink)),
  };
}

export function chartSvgFile(g: LineChartGeometry, meta: ChartFileMeta, p: Palette): string {
  const fs = g.fontSize;
  const lh = Math.round(fs * FILE_EM.lineHeight);
  const pad = Math.round(fs * FILE_EM.margin);
  const maxChars = (px: number) => Math.max(10, Math.floor(px / (fs * CHAR_WIDTH)));
  const titleLines = wrapLabel(meta.title, maxChars(g.width * TITLE_WIDTH_SHARE));
  const noteLines = [
    ...(meta.illustrative ? [illustrativeCopy.chartNote] : []),
    ...(meta.coverage ? wrapLabel(meta.coverage, maxChars(g.width * TITLE_WIDTH_SHARE)) : []),
  ];
  const footLines = [
    ...(meta.legend ?? []).flatMap((l) => wrapLabel(l, maxChars(g.width))),
    ...wrapLabel(chartCopy.file.source(meta.source), maxChars(g.width)),
    ...wrapLabel(chartCopy.file.footer(meta.pageUrl), maxChars(g.width)),
  ];
  const head = pad + (titleLines.length + noteLines.length) * lh + pad;
  const foot = pad + footLines.length * lh;
  // A margin all round: the plot's own coordinates start at the very edge.
  const width = g.width + 2 * pad;
  const height = g.height + head + foot;
  const c = fileColours(p);
  const body = [
    el('title', { id: 'graf-titel' }, escapeXml(meta.title)),
    el(
      'desc',
      { id: 'graf-beskrivelse' },
      escapeXml(
        `${meta.description} ${(meta.legend ?? []).join(' ')} ${chartCopy.file.source(meta.source)}. ${meta.pageUrl}`.replace(/\s+/g, ' '),
      ),
    ),
    el('rect', { width, height, fill: c.paper }),
    textLines(titleLines, pad, pad + fs * FILE_EM.titleSize, lh, {
      'font-size': Math.round(fs * FILE_EM.titleSize),
      'font-weight': 700,
      fill: c.ink,
    }),
    textLines(noteLines, pad, pad + fs + titleLines.length * lh, lh, { 'font-weight': 700, fill: c.ink }),
    el('g', { transform: `translate(${pad},${head})`, 'aria-hidden': 'true' }, renderPlot(g, filePaint(c))),
    textLines(footLines, pad, g.height + head + pad + fs * FILE_EM.footDrop, lh, {
      fill: c.muted,
      'font-size': Math.round(fs * FILE_EM.footSize),
    }),
  ];
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xml:lang': 'da',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': 'graf-titel graf-beskrivelse',
      'font-family': FONT_FAMILY,
      'font-size': fs,
    },
    `\n${body.filter((b) => b !== '').join('\n')}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
