/**
 * The one line-chart renderer: lineChart()'s geometry in, SVG markup out, for the chart on the page
 * (ChartSvg.astro embeds the string) and for the standalone graf.svg (embed/chart-svg-file.ts). It
 * computes nothing: every position is in the geometry. Only the paint differs: on the page each
 * element gets a CSS class (colours come from the site's stylesheet, forced colours included); in
 * a file it gets presentation attributes with the palette's literal colours.
 */
import { escapeXml } from '../format/escape.ts';
import { EM, type LineChartGeometry } from './line-chart.ts';

export type Attrs = Record<string, string | number | undefined>;

/** What an element is, for its paint. */
export type Part =
  | 'axes'
  | 'unit'
  | 'grid'
  | 'tick'
  | 'axis'
  | 'baseline'
  | 'baseline-rule'
  | 'baseline-label'
  | 'target'
  | 'pace'
  | 'target-line'
  | 'target-ring'
  | 'target-dot'
  | 'breaks'
  | 'break'
  | 'data'
  | 'series'
  | 'line'
  | 'marker'
  | 'marker-hollow'
  | 'baseline-ring'
  | 'labels'
  | 'label-group'
  | 'leader'
  | 'label';

/** The attributes that paint a part; `series` is the 1-based style index of the series it belongs to. */
export type Paint = (part: Part, series?: number) => Attrs;

/** Numbers to two decimals: 27.099999999999998 is noise in a file people open and edit. */
function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : String(v))}"`)
    .join('');
}

/** One element; `body` undefined makes it self-closing, a string is its (already escaped) content. */
export function el(name: string, a: Attrs, body?: string): string {
  return body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

/**
 * The plot, in the geometry's own coordinates: axes, baseline, target, breaks, series, labels.
 * `tips` adds each marker's tooltip text (data-tip, data-flag) for the page's optional tooltips;
 * a standalone file has no script to read them.
 */
export function renderPlot(g: LineChartGeometry, paint: Paint, options: { tips?: boolean } = {}): string {
  const { left, right, top, bottom } = g.plot;
  const { axes } = g;
  const hidden = { 'aria-hidden': 'true' };
  const out: string[] = [];

  const axisParts = [el('text', { ...paint('unit'), x: axes.unitX, y: axes.unitY }, escapeXml(g.unitLabel))];
  for (const t of g.yTicks) {
    axisParts.push(el('line', { ...paint('grid'), x1: left, x2: right, y1: t.at, y2: t.at }));
    axisParts.push(
      el('text', { ...paint('tick'), x: axes.valueLabelX, y: t.at, dy: `${EM.textMiddle}em`, 'text-anchor': 'end' }, escapeXml(t.label)),
    );
  }
  axisParts.push(el('line', { ...paint('axis'), x1: left, x2: right, y1: bottom, y2: bottom }));
  for (const t of g.xTicks) {
    axisParts.push(el('line', { ...paint('axis'), x1: t.at, x2: t.at, y1: bottom, y2: axes.tickY2 }));
    axisParts.push(el('text', { ...paint('tick'), x: t.at, y: axes.yearLabelY, 'text-anchor': 'middle' }, escapeXml(t.label)));
  }
  out.push(el('g', { ...paint('axes'), ...hidden }, axisParts.join('')));

  if (g.baseline) {
    const b = g.baseline;
    out.push(
      el(
        'g',
        { ...paint('baseline'), ...hidden },
        el('line', { ...paint('baseline-rule'), x1: b.x, x2: b.x, y1: top, y2: bottom }) +
          el('text', { ...paint('baseline-label'), x: b.labelX, y: b.labelY, 'text-anchor': b.anchor }, escapeXml(b.label)),
      ),
    );
  }
  if (g.target) {
    const t = g.target;
    out.push(
      el(
        'g',
        { ...paint('target'), ...hidden },
        (t.pace ? el('path', { ...paint('pace'), d: t.pace }) : '') +
          el('line', { ...paint('target-line'), x1: left, x2: right, y1: t.y, y2: t.y }) +
          el('circle', { ...paint('target-ring'), cx: t.x, cy: t.y, r: t.ringR }) +
          el('circle', { ...paint('target-dot'), cx: t.x, cy: t.y, r: t.dotR }),
      ),
    );
  }
  if (g.breaks.length > 0) {
    out.push(
      el(
        'g',
        { ...paint('breaks'), ...hidden },
        g.breaks.map((b) => el('line', { ...paint('break'), x1: b.x, x2: b.x, y1: top, y2: bottom })).join(''),
      ),
    );
  }

  const data = g.series.map((s) => {
    const markers = s.points.map((p) =>
      el('path', {
        ...paint(p.hollow ? 'marker-hollow' : 'marker', s.style.index),
        d: s.marker,
        transform: `translate(${num(p.x)},${num(p.y)})`,
        ...(options.tips ? { 'data-tip': p.tip, 'data-flag': p.flag } : {}),
      }),
    );
    return el(
      'g',
      paint('series', s.style.index),
      el('path', { ...paint('line', s.style.index), d: s.d, 'stroke-dasharray': s.style.dash }) + markers.join(''),
    );
  });
  if (g.baseline) data.push(el('circle', { ...paint('baseline-ring'), cx: g.baseline.x, cy: g.baseline.y, r: g.baseline.ringR }));
  out.push(el('g', { ...paint('data'), ...hidden }, data.join('')));

  const labels = g.labels.map((l) => {
    const index = g.series.find((s) => s.key === l.key)?.style.index;
    const spans = l.lines.map((line, i) => el('tspan', { x: l.x, dy: i === 0 ? 0 : g.labelLineDy }, escapeXml(line))).join('');
    return el(
      'g',
      paint('label-group', index),
      (l.leader ? el('line', { ...paint('leader', index), ...l.leader }) : '') +
        el('text', { ...paint('label', index), x: l.x, y: l.y }, spans),
    );
  });
  out.push(el('g', { ...paint('labels'), ...hidden }, labels.join('')));
  return out.join('');
}

const CLASSES: Partial<Record<Part, string>> = {
  axes: 'ib-chart__axes',
  unit: 'ib-chart__unit',
  grid: 'ib-chart__grid',
  tick: 'ib-chart__tick',
  axis: 'ib-chart__axis',
  baseline: 'ib-chart__baseline',
  target: 'ib-chart__target',
  pace: 'ib-chart__pace',
  'target-line': 'ib-chart__target-line',
  'target-ring': 'ib-chart__target-ring',
  'target-dot': 'ib-chart__target-dot',
  breaks: 'ib-chart__breaks',
  break: 'ib-chart__break',
  data: 'ib-chart__data',
  line: 'ib-chart__line',
  marker: 'ib-chart__marker',
  'marker-hollow': 'ib-chart__marker ib-chart__marker--hollow',
  'baseline-ring': 'ib-chart__baseline-ring',
  leader: 'ib-chart__leader',
  labels: 'ib-chart__labels',
  label: 'ib-chart__label',
};

/** The page's paint: CSS classes only; ChartSvg.astro's stylesheet colours them. */
export const pagePaint: Paint = (part, series) => {
  if (part === 'series') return { class: `ib-chart__series ib-chart__series--${series}` };
  if (part === 'label-group') return { class: series ? `ib-chart__series--${series}` : 'ib-chart__target-label' };
  const c = CLASSES[part];
  return c ? { class: c } : {};
};

/** Colours for a file that has no stylesheet. */
export interface FileColours {
  ink: string;
  muted: string;
  grid: string;
  paper: string;
  /** A series' colour by its 1-based style index. */
  series: (index: number | undefined) => string;
}

/** A standalone file's paint: presentation attributes with literal colours, as the page's CSS draws them. */
export function filePaint(c: FileColours): Paint {
  return (part, series) => {
    const s = c.series(series);
    switch (part) {
      case 'unit':
      case 'tick':
        return { fill: c.muted };
      case 'grid':
        return { stroke: c.grid, 'stroke-width': 1 };
      case 'axis':
        return { stroke: c.muted, 'stroke-width': 1 };
      case 'baseline-rule':
        return { stroke: c.muted, 'stroke-width': 1, 'stroke-dasharray': '3 3' };
      case 'baseline-label':
        return { fill: c.ink };
      case 'pace':
        return { fill: 'none', stroke: c.muted, 'stroke-width': 1.5, 'stroke-dasharray': '1 4', 'stroke-linecap': 'round' };
      case 'target-line':
        return { stroke: c.muted, 'stroke-width': 2 };
      case 'target-ring':
        return { fill: c.paper, stroke: c.ink, 'stroke-width': 2 };
      case 'target-dot':
        return { fill: c.ink };
      case 'break':
        return { stroke: c.ink, 'stroke-width': 1.5, 'stroke-dasharray': '1 3', 'stroke-linecap': 'round' };
      case 'line':
        return { fill: 'none', stroke: s, 'stroke-width': 2.5, 'stroke-linejoin': 'round' };
      case 'marker':
        return { fill: s, stroke: c.paper, 'stroke-width': 1 };
      case 'marker-hollow':
        return { fill: c.paper, stroke: s, 'stroke-width': 2 };
      case 'baseline-ring':
        return { fill: 'none', stroke: c.ink, 'stroke-width': 1.5 };
      case 'leader':
        return { stroke: s, 'stroke-width': 1 };
      case 'label':
        return { 'font-weight': 600, fill: s };
      default:
        return {};
    }
  };
}

/**
 * The chart as the page shows it: a titled, described <svg role="img"> around the plot. The name is the
 * title alone; the description is attached as a description, and where the page prints the same text
 * below the chart (describedBy: that paragraph's id) a screen reader hears it once, not as part of the name.
 */
export function pageChartSvg(
  g: LineChartGeometry,
  meta: { idPrefix: string; title: string; description: string; describedBy?: string },
): string {
  const titleId = `${meta.idPrefix}-title`;
  const descId = `${meta.idPrefix}-desc`;
  return el(
    'svg',
    {
      class: 'ib-chart',
      viewBox: `0 0 ${g.width} ${g.height}`,
      width: g.width,
      height: g.height,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': meta.describedBy ?? descId,
      style: `font-size:${g.fontSize}px`,
    },
    el('title', { id: titleId }, escapeXml(meta.title)) +
      el('desc', { id: descId }, escapeXml(meta.description)) +
      renderPlot(g, pagePaint, { tips: true }),
  );
}
