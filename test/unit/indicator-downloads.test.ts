/**
 * Each indicator's downloads hold exactly what its charts show: every point of every series (the
 * indicator's own chart and the city comparison, and nothing else), with each value's flag, the
 * baseline and the target, and whom the figures cover; the CSV says the same as the JSON.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { indicatorCsv, indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { comparisonCsv, comparisonJson } from '../../src/lib/barometer/comparison-download.ts';
import { parseNumber } from '../../src/lib/data/parse-number.ts';
import { COVERAGE } from '../../src/lib/registry/coverage.ts';

const b = getBarometer();

describe('indicator downloads match the charts', () => {
  it.each(b.indicators.map((i) => i.id))('%s', (id) => {
    const v = indicatorView(b, id);
    const json = indicatorJson(b, id);
    // A series is known by its municipality code where it has one, else by its breakdown.
    const charted = v.series.flatMap((s) => s.points.map((p) => `${s.geo ?? s.breakdown}|${p.period.label}|${p.value}|${p.flag ?? ''}`));
    const compared = v.comparison ? comparisonJson(b, id).rows.map((r) => `${r.geo}|${r.period}|${r.value}|${r.flag ?? ''}`) : [];
    const downloaded = json.rows.map((r) => `${r.geo ?? r.breakdown ?? ''}|${r.period}|${r.value}|${r.flag ?? ''}`);
    expect(new Set(downloaded)).toEqual(new Set([...charted, ...compared]));
    expect(downloaded).toHaveLength(new Set(downloaded).size);
    const chartBaseline = v.charts?.wide.baseline
      ? { period: v.indicator.baseline!.period.label, value: v.indicator.baseline!.value }
      : null;
    // The indicator is keyed like indicators.csv: the baseline and target as their two columns each.
    const { baseline_period, baseline_value, target_period, target_value } = json.indicator;
    if (v.charts) expect(baseline_period === null ? null : { period: baseline_period, value: baseline_value }).toEqual(chartBaseline);
    if (v.charts?.wide.target)
      expect({ period: target_period, value: target_value }).toEqual({
        period: v.indicator.target!.period.label,
        value: v.indicator.target!.value,
      });
    expect(json.indicator.coverage).toBe(v.indicator.coverage ?? null);

    const csv = Papa.parse<string[]>(indicatorCsv(b, id).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: 'greedy' }).data;
    expect(csv[0]).toEqual(['indicator', 'period', 'breakdown', 'value', 'source', 'note', 'geo', 'flag', 'source_url', 'coverage']);
    expect(
      // The JSON rows are the CSV rows typed: same keys, empty cells null.
      csv.slice(1).map(([ind, period, breakdown, value, source, note, geo, flag, url, coverage]) => ({
        indicator: ind,
        period,
        breakdown: breakdown || null,
        value: parseNumber(value ?? '', ','),
        source,
        note: note || null,
        geo: geo || null,
        flag: flag || null,
        source_url: url || null,
        coverage: coverage || null,
      })),
    ).toEqual(json.rows);
    // On every row, as true for the row's place: another city's row never says »københavnere«.
    const here = v.indicator.coverage ?? '';
    const elsewhere = v.indicator.coverage ? COVERAGE[v.indicator.coverage].elsewhere : '';
    for (const row of csv.slice(1))
      expect(row[9], `${id} ${row[6]}: coverage on every row`).toBe(row[6] === '' || row[6] === '101' ? here : elsewhere);
  });

  it.each(b.indicators.filter((i) => indicatorView(b, i.id).comparison).map((i) => i.id))(
    '%s: the comparison CSV equals its JSON and its table',
    (id) => {
      const v = indicatorView(b, id);
      const json = comparisonJson(b, id);
      const csv = Papa.parse<string[]>(comparisonCsv(b, id).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: 'greedy' }).data;
      expect(csv[0]).toEqual(['indicator', 'period', 'geo', 'municipality', 'value', 'flag', 'note', 'source', 'source_url', 'coverage']);
      expect(csv.slice(1).map((r) => [r[2], r[1], parseNumber(r[4] ?? '', ','), r[5] || null])).toEqual(
        json.rows.map((r) => [r.geo, r.period, r.value, r.flag]),
      );
      const cells = v.comparison!.table.rows.flatMap((r) => r.cells.filter((c) => c !== undefined));
      expect(cells).toHaveLength(json.rows.length);
      const elsewhere = v.indicator.coverage ? COVERAGE[v.indicator.coverage].elsewhere : null;
      for (const r of json.rows) expect(r.coverage, `${r.geo}`).toBe(r.geo === '101' ? (v.indicator.coverage ?? null) : elsewhere);
      expect(csv.slice(1).map((r) => r[9] || null)).toEqual(json.rows.map((r) => r.coverage));
    },
  );
});
