/**
 * Each indicator's downloads hold exactly what its chart shows: every point of every series (and
 * nothing else), the baseline and the target, and the CSV says the same as the JSON.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getBarometer } from '../../src/lib/data/site-data.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { indicatorCsv, indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { parseNumber } from '../../src/lib/data/parse-number.ts';

const b = getBarometer();

describe('indicator downloads match the chart', () => {
  it.each(b.indicators.map((i) => i.id))('%s', (id) => {
    const v = indicatorView(b, id);
    const json = indicatorJson(b, id);
    const chartPoints = v.series
      .flatMap((s) => s.points.map((p) => `${s.breakdown}|${p.period.label}|${p.value}`))
      .sort();
    expect(json.rows.map((r) => `${r.breakdown}|${r.period}|${r.value}`).sort()).toEqual(chartPoints);
    const chartBaseline = v.charts?.wide.baseline ? { period: v.indicator.baseline!.period.label, value: v.indicator.baseline!.value } : null;
    if (v.charts) expect(json.indicator.baseline).toEqual(chartBaseline);
    if (v.charts?.wide.target) expect(json.indicator.target).toEqual({ period: v.indicator.target!.period.label, value: v.indicator.target!.value });

    const csv = Papa.parse<string[]>(indicatorCsv(b, id).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: 'greedy' }).data;
    expect(csv[0]).toEqual(['indicator', 'period', 'breakdown', 'value', 'source', 'note']);
    expect(csv.slice(1).map(([ind, period, breakdown, value, source, note]) => ({ indicator: ind, period, breakdown, value: parseNumber(value ?? '', ','), source, note }))).toEqual(json.rows);
  });
});
