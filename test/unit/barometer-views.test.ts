import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Barometer } from '../../src/lib/model.ts';
import { indicatorView } from '../../src/lib/barometer/indicator-view.ts';
import { areaView, areaViews } from '../../src/lib/barometer/area-view.ts';
import { indicatorCsv, indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { areaLettersSearchPath, firstOf } from '../../src/lib/barometer/related-letters.ts';
import { buildLetterIndex } from '../../src/lib/archive/letter-index.ts';
import { traceRows } from '../../src/lib/status/trace-rows.ts';
import { AREA_IDS } from '../../src/lib/registry/areas.ts';
import type { LetterData } from '../../src/lib/content-schemas.ts';
import { indicator, pv, rows } from './status-fixtures.ts';

const NB = '\u00a0';
const barometer: Barometer = {
  indicators: [
    indicator({ id: 'hoved', mainLabel: 'København', title: 'Hovedindikator' }),
    indicator({
      id: 'under',
      main: false,
      target: undefined,
      illustrative: true,
      unit: 'antal',
      baseline: pv('2014', 1200),
      tolerance: 10,
    }),
    ...AREA_IDS.filter((a) => a !== 'beskaeftigelse').map((area) =>
      indicator({ id: `hoved-${area}`, area, baseline: undefined, target: undefined }),
    ),
  ],
  measurements: [
    ...rows('hoved', 'Hele landet', [
      ['2014', 71.5],
      ['2020', 74.25],
    ]),
    ...rows('hoved', '', [
      ['2020', 76],
      ['2014', 70],
    ]),
    ...rows('under', '', [
      ['2014', 1200],
      ['2020', 1450],
    ]),
  ],
};

describe('indicator view', () => {
  const v = indicatorView(barometer, 'hoved');
  it('orders series main first with the indicator’s main label', () => {
    expect(v.series.map((s) => [s.label, s.points.map((p) => p.period.label).join(',')])).toEqual([
      ['København', '2014,2020'],
      ['Hele landet', '2014,2020'],
    ]);
  });
  it('uses the data’s precision for every printed number', () => {
    expect(v.decimals).toBe(2);
    expect([v.latestText, v.baselineText, v.targetText]).toEqual([`76,00${NB}pct.`, `70,00${NB}pct. (2014)`, `82,00${NB}pct. (2026)`]);
    expect(v.table.rows[0]).toEqual({
      period: '2014',
      cells: ['70,00', '71,50'],
      notes: [undefined, undefined],
      flags: [undefined, undefined],
    });
  });
  it('computes status, trend, charts for both widths and paths', () => {
    expect([v.status.colour, v.trend.trend, v.directionText, v.unitName]).toEqual(['groen', 'fremgang', 'Højere er bedre', 'procent']);
    expect([v.charts?.narrow.width, v.charts?.wide.width]).toEqual([320, 720]);
    expect([v.path, v.csvPath, v.jsonPath]).toEqual(['indikatorer/hoved/', 'indikatorer/hoved/data.csv', 'indikatorer/hoved/data.json']);
    expect(v.description).toMatch(/^Fra 2014 til 2020 steg andelen for København/);
  });
  it('names the known ids when asked for an unknown one', () => {
    expect(() => indicatorView(barometer, 'hovde')).toThrow('Ukendt indikator "hovde". Kendte indikatorer: hoved, under,');
  });
  it('has no chart but a description for an indicator without data', () => {
    const empty = indicatorView(barometer, 'hoved-bolig');
    expect(empty.charts).toBeUndefined();
    expect(empty.description).toBe('Der er endnu ingen målinger.');
    expect(empty.status.colour).toBe('hvid');
  });
});

describe('area view', () => {
  it('takes the main indicator and marks the area illustrative when any series is', () => {
    const a = areaView(barometer, 'beskaeftigelse');
    expect([a.name, a.path, a.main.indicator.id, a.subs.map((s) => s.indicator.id), a.illustrative]).toEqual([
      'Beskæftigelse',
      'omraader/beskaeftigelse/',
      'hoved',
      ['under'],
      true,
    ]);
  });
  it('lists the six areas in registry order', () => {
    expect(areaViews(barometer).map((a) => a.id)).toEqual([...AREA_IDS]);
  });
});

describe('status trace rows', () => {
  it('prints every number the pace rule used', () => {
    expect(traceRows(indicatorView(barometer, 'hoved').status)).toEqual([
      { term: 'Metode', value: 'Talmål: fremskridt målt mod det nødvendige tempo (FN’s SDG-metode)' },
      { term: 'Ønsket retning', value: 'Stigende (højere er bedre)' },
      { term: 'Basis', value: `70,00${NB}pct. i 2014` },
      { term: 'Seneste måling', value: `76,00${NB}pct. i 2020` },
      { term: 'Mål', value: `82,00${NB}pct. i 2026` },
      { term: 'Forbedring (a)', value: `+6,00${NB}procentpoint` },
      { term: 'Nødvendig forbedring nu (r)', value: `+6,00${NB}procentpoint` },
      { term: '95 % af r', value: `+5,70${NB}procentpoint` },
      { term: 'Tolerance', value: `±0,50${NB}procentpoint` },
      { term: 'Resultat', value: 'Grøn: På rette kurs' },
    ]);
  });
  it('says when there is no target or no status', () => {
    const rowsUnder = traceRows(indicatorView(barometer, 'under').status);
    expect(rowsUnder.find((r) => r.term === 'Mål')?.value).toBe('Intet talmål');
    expect(rowsUnder.at(-1)?.value).toBe('Grøn: På rette kurs');
    const none = traceRows(indicatorView(barometer, 'hoved-bolig').status);
    expect(none.map((r) => r.term)).toEqual(['Metode', 'Ønsket retning', 'Basis', 'Seneste måling', 'Tolerance', 'Resultat']);
    expect(none.at(-1)?.value).toBe('Hvid: Ingen status');
  });
});

describe('downloads of one indicator', () => {
  it('CSV: the editors’ format, exactly the indicator’s rows, main series first', () => {
    const csv = indicatorCsv(barometer, 'hoved');
    expect(csv.startsWith('\uFEFFindicator;period;breakdown;value;source;note;geo;flag;source_url;coverage\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((r) => r.slice(0, 4).join('|'))).toEqual([
      'hoved|2014||70',
      'hoved|2020||76',
      'hoved|2014|Hele landet|71,5',
      'hoved|2020|Hele landet|74,25',
    ]);
  });
  it('JSON: metadata and typed values', () => {
    const json = indicatorJson(barometer, 'hoved');
    // Keyed like indicators.csv and the CSV's columns (snake_case), the direction as the dictionary writes it.
    expect(json.indicator).toMatchObject({
      id: 'hoved',
      direction: 'højere',
      main_label: 'København',
      baseline_period: '2014',
      baseline_value: 70,
      target_period: '2026',
      target_value: 82,
      source_url: null,
    });
    expect(json.rows).toHaveLength(4);
    expect(json.rows[0]!.breakdown).toBeNull();
    expect(json.rows[3]).toEqual({
      indicator: 'hoved',
      period: '2020',
      breakdown: 'Hele landet',
      value: 74.25,
      source: 'Testkilde',
      note: null,
      geo: null,
      flag: null,
      source_url: null,
      coverage: null,
    });
    expect(json.licence.id).toBe('CC-BY-4.0');
  });
});

describe('related letters', () => {
  const letter = (id: string, date: string, areas: LetterData['areas'], indicators: string[] = []) => ({
    id,
    data: {
      title: id,
      date: new Date(date),
      sagsnr: `2009-${id}`,
      areas,
      indicators,
      recipients: [],
      illustrative: false,
    } as unknown as LetterData,
  });
  const letters = [
    letter('a', '2007-01-01', ['bolig']),
    letter('b', '2009-01-01', ['bolig', 'tryghed'], ['hoved']),
    letter('c', '2008-01-01', []),
  ];
  const index = buildLetterIndex(letters);
  const paths = (items: { path: string }[] | undefined) => (items ?? []).map((l) => l.path);
  it('filters by area and by indicator, newest first', () => {
    expect(paths(index.byArea.get('bolig'))).toEqual(['breve/b/', 'breve/a/']);
    expect(index.byArea.get('sundhed-og-omsorg')).toBeUndefined();
    expect(paths(index.byIndicator.get('hoved'))).toEqual(['breve/b/']);
  });
  it('lists every letter newest first', () => {
    expect(paths(index.all.slice(0, 2))).toEqual(['breve/b/', 'breve/c/']);
  });
});

describe('area letter list', () => {
  it('shows the first items and counts the rest', () => {
    expect(firstOf([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], hidden: 1 });
    expect(firstOf([1, 2], 3)).toEqual({ shown: [1, 2], hidden: 0 });
  });

  it('links to the search for every letter about the area, newest first', () => {
    expect(areaLettersSearchPath('sundhed-og-omsorg')).toBe('soeg/?type=brev&omraade=sundhed-og-omsorg&sort=nyeste');
  });
});
