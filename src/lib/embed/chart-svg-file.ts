/**
 * An indicator's chart as a standalone SVG file (graf.svg): the same geometry as the figure on the
 * page, drawn with presentation attributes and literal colours so it opens the same in a browser,
 * Inkscape or a word processor; with an XML declaration, <title>/<desc>, generic font families,
 * and the title and source printed in the picture, so a copy never loses where it came from.
 */
import type { LineChartGeometry } from '../chart/line-chart.ts';
import { wrapLabel } from '../chart/label-layout.ts';
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
  /** «Omfatter: alle københavnere», printed under the title. */
  coverage?: string;
  /** What hollow markers and dotted rules mean (flag-legend.ts), printed above the source. */
  legend?: readonly string[];
}

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    // Numbers to two decimals: 27.099999999999998 is noise in a file people open and edit.
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v))}"`)
    .join('');
const r1 = (v: number) => Math.round(v * 10) / 10;
const el = (name: string, a: Record<string, string | number | undefined>, body?: string) =>
  body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;

function textLines(lines: string[], x: number, y: number, lineHeight: number, a: Record<string, string | number | undefined>): string {
  return lines.map((l, i) => el('text', { x, y: r1(y + i * lineHeight), ...a }, escapeXml(l))).join('\n');
}

/** The plot itself, as ChartSvg.astro draws it, in the geometry's own coordinates. */
export function plotMarkup(g: LineChartGeometry, p: Palette): string {
  const ink = colour(p, '--ib-ink', '#1a1a1a');
  const muted = colour(p, '--ib-muted', '#4a4a4a');
  const fs = g.fontSize;
  const { left, right, top, bottom } = g.plot;
  const seriesColour = (index: number | undefined) => (index === undefined ? ink : colour(p, `--ib-series-${index}`, ink));
  const out: string[] = [];
  out.push(el('text', { x: 0, y: fs, fill: muted }, escapeXml(g.unitLabel)));
  for (const t of g.yTicks) {
    out.push(el('line', { x1: left, x2: right, y1: t.at, y2: t.at, stroke: '#e2e2de', 'stroke-width': 1 }));
    out.push(el('text', { x: left - fs * 0.5, y: t.at, dy: '0.35em', 'text-anchor': 'end', fill: muted }, escapeXml(t.label)));
  }
  out.push(el('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: muted, 'stroke-width': 1 }));
  for (const t of g.xTicks) {
    out.push(el('line', { x1: t.at, x2: t.at, y1: bottom, y2: bottom + fs * 0.35, stroke: muted, 'stroke-width': 1 }));
    out.push(el('text', { x: t.at, y: bottom + fs * 1.4, 'text-anchor': 'middle', fill: muted }, escapeXml(t.label)));
  }
  if (g.baseline) {
    out.push(el('line', { x1: g.baseline.x, x2: g.baseline.x, y1: top, y2: bottom, stroke: muted, 'stroke-width': 1, 'stroke-dasharray': '3 3' }));
    out.push(el('text', { x: g.baseline.labelX, y: g.baseline.labelY, 'text-anchor': g.baseline.anchor, fill: ink }, escapeXml(g.baseline.label)));
  }
  if (g.target) {
    if (g.target.pace) out.push(el('path', { d: g.target.pace, fill: 'none', stroke: muted, 'stroke-width': 1.5, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' }));
    out.push(el('line', { x1: left, x2: right, y1: g.target.y, y2: g.target.y, stroke: muted, 'stroke-width': 2 }));
    out.push(el('circle', { cx: g.target.x, cy: g.target.y, r: fs * 0.5, fill: '#fff', stroke: ink, 'stroke-width': 2 }));
    out.push(el('circle', { cx: g.target.x, cy: g.target.y, r: fs * 0.18, fill: ink }));
  }
  for (const b of g.breaks) {
    out.push(el('line', { x1: b.x, x2: b.x, y1: top, y2: bottom, stroke: ink, 'stroke-width': 1.5, 'stroke-dasharray': '1 3', 'stroke-linecap': 'round' }));
  }
  for (const s of g.series) {
    const c = seriesColour(s.style.index);
    const markers = s.points.map((pt) =>
      el('path', { d: s.marker, transform: `translate(${pt.x},${pt.y})`, ...(pt.hollow ? { fill: '#fff', stroke: c, 'stroke-width': 2 } : { fill: c, stroke: '#fff', 'stroke-width': 1 }) }),
    );
    out.push(el('g', {}, el('path', { d: s.d, fill: 'none', stroke: c, 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'stroke-dasharray': s.style.dash }) + markers.join('')));
  }
  if (g.baseline) out.push(el('circle', { cx: g.baseline.x, cy: g.baseline.y, r: fs * 0.6, fill: 'none', stroke: ink, 'stroke-width': 1.5 }));
  for (const l of g.labels) {
    const c = seriesColour(g.series.find((s) => s.key === l.key)?.style.index);
    if (l.leader) out.push(el('line', { ...l.leader, stroke: c, 'stroke-width': 1 }));
    const spans = l.lines.map((line, i) => el('tspan', { x: l.x, dy: i === 0 ? 0 : '1.2em' }, escapeXml(line))).join('');
    out.push(el('text', { x: l.x, y: l.y, 'font-weight': 600, fill: c }, spans));
  }
  return out.join('\n');
}

export function chartSvgFile(g: LineChartGeometry, meta: ChartFileMeta, p: Palette): string {
  const fs = g.fontSize;
  const lh = Math.round(fs * 1.3);
  const pad = Math.round(fs * 0.75);
  const maxChars = (px: number) => Math.max(10, Math.floor(px / (fs * 0.6)));
  const titleLines = wrapLabel(meta.title, maxChars(g.width / 1.15));
  const noteLines = [...(meta.illustrative ? [illustrativeCopy.chartNote] : []), ...(meta.coverage ? wrapLabel(meta.coverage, maxChars(g.width / 1.15)) : [])];
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
  const ink = colour(p, '--ib-ink', '#1a1a1a');
  const muted = colour(p, '--ib-muted', '#4a4a4a');
  const body = [
    el('title', { id: 'graf-titel' }, escapeXml(meta.title)),
    el('desc', { id: 'graf-beskrivelse' }, escapeXml(`${meta.description} ${(meta.legend ?? []).join(' ')} ${chartCopy.file.source(meta.source)}. ${meta.pageUrl}`.replace(/\s+/g, ' '))),
    el('rect', { width, height, fill: '#fff' }),
    textLines(titleLines, pad, pad + fs * 1.15, lh, { 'font-size': Math.round(fs * 1.15), 'font-weight': 700, fill: ink }),
    textLines(noteLines, pad, pad + fs + titleLines.length * lh, lh, { 'font-weight': 700, fill: ink }),
    el('g', { transform: `translate(${pad},${head})`, 'aria-hidden': 'true' }, `\n${plotMarkup(g, p)}\n`),
    textLines(footLines, pad, g.height + head + pad + fs * 0.6, lh, { fill: muted, 'font-size': Math.round(fs * 0.9) }),
  ];
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    'xml:lang': 'da',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-labelledby': 'graf-titel graf-beskrivelse',
    'font-family': FONT_FAMILY,
    'font-size': fs,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}>\n${body.filter((b) => b !== '').join('\n')}\n</svg>\n`;
}

