/**
 * Each download row says whom its figure covers in that row's place: an indicator's coverage is worded
 * for Copenhagen (»alle københavnere«), and a row for Aarhus or the whole country that carried it
 * would tell a reader the figure is about Copenhageners. Checked on the pure rule, on every real
 * data.csv/.json and sammenligning.csv/.json, and on the schema and dictionary that describe them.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { indicatorCsv, indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { comparedIndicatorIds, comparisonCsv, comparisonJson } from '../../src/lib/barometer/comparison-download.ts';
import { dataPageView } from '../../src/lib/open-data/data-page.ts';
import { COMPARISON, INDICATOR_DATA } from '../../src/lib/open-data/download-specs.ts';
import { jsonTableSchema, tableSchema } from '../../src/lib/open-data/table-schema.ts';
import { ROW_COVERAGE_VALUES, rowCoverage } from '../../src/lib/open-data/row-coverage.ts';
import { COVERAGE, COVERAGE_IDS } from '../../src/lib/registry/coverage.ts';
import type { DataPackage } from '../../src/lib/open-data/datapackage.ts';
import { realDataPackage } from '../helpers/published-downloads.ts';

const b = getBarometer();
const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { delimiter: ';', header: true, skipEmptyLines: 'greedy' }).data;

describe('rowCoverage', () => {
  it('keeps the indicator’s coverage in Copenhagen and where the row names no place', () => {
    expect(rowCoverage('alle københavnere', '101')).toBe('alle københavnere');
    expect(rowCoverage('alle københavnere', undefined)).toBe('alle københavnere');
    expect(rowCoverage('indvandrere', '101')).toBe('indvandrere');
  });

  it('says the same population elsewhere for another municipality or the whole country', () => {
    expect(rowCoverage('alle københavnere', '751')).toBe('alle indbyggere');
    expect(rowCoverage('alle københavnere', '000')).toBe('alle indbyggere');
    for (const id of COVERAGE_IDS) expect(rowCoverage(id, '461')).toBe(COVERAGE[id].elsewhere);
  });

  it('is empty when the indicator does not say', () => {
    expect(rowCoverage(undefined, '751')).toBeNull();
  });

  it('allows every label and every wording elsewhere, and nothing for another place says »københavnere«', () => {
    for (const id of COVERAGE_IDS) {
      expect(ROW_COVERAGE_VALUES).toContain(COVERAGE[id].label);
      expect(ROW_COVERAGE_VALUES).toContain(COVERAGE[id].elsewhere);
      expect(COVERAGE[id].elsewhere).not.toMatch(/københavn/i);
    }
    expect(new Set(ROW_COVERAGE_VALUES).size).toBe(ROW_COVERAGE_VALUES.length);
  });
});

describe('the real downloads', () => {
  /** Every row of an indicator's downloads: [place, coverage] as the CSV and the JSON write them. */
  function cells(id: string): { file: string; geo: string; coverage: string }[] {
    const out: { file: string; geo: string; coverage: string }[] = [];
    for (const r of parse(indicatorCsv(b, id))) out.push({ file: 'data.csv', geo: r.geo ?? '', coverage: r.coverage ?? '' });
    for (const r of indicatorJson(b, id).rows) out.push({ file: 'data.json', geo: r.geo ?? '', coverage: r.coverage ?? '' });
    if (comparedIndicatorIds(b).includes(id)) {
      for (const r of parse(comparisonCsv(b, id))) out.push({ file: 'sammenligning.csv', geo: r.geo ?? '', coverage: r.coverage ?? '' });
      for (const r of comparisonJson(b, id).rows) out.push({ file: 'sammenligning.json', geo: r.geo, coverage: r.coverage ?? '' });
    }
    return out;
  }

  it('has rows for other places with an indicator about all Copenhageners (else this test proves nothing)', () => {
    const everyone = b.indicators.filter((i) => i.coverage === 'alle københavnere').map((i) => i.id);
    expect(everyone.flatMap(cells).filter((c) => c.geo !== '' && c.geo !== '101').length).toBeGreaterThan(0);
  });

  it.each(b.indicators.map((i) => i.id))(
    '%s: a row for another place never says »københavnere«; Copenhagen’s rows keep the indicator’s coverage',
    (id) => {
      const coverage = b.indicators.find((i) => i.id === id)!.coverage;
      for (const c of cells(id)) {
        const where = `${c.file} geo ${c.geo || '–'}`;
        if (c.geo === '' || c.geo === '101') expect(c.coverage, where).toBe(coverage ?? '');
        else {
          expect(c.coverage, where).not.toMatch(/københavn/i);
          expect(c.coverage, where).toBe(coverage ? COVERAGE[coverage].elsewhere : '');
        }
        expect(c.coverage === '' || ROW_COVERAGE_VALUES.includes(c.coverage), where).toBe(true);
      }
    },
  );
});

describe('the schema and the dictionary of the coverage column', () => {
  const enumOf = (fields: { name: string; constraints: { enum?: string[] } }[]) =>
    fields.find((f) => f.name === 'coverage')!.constraints.enum;

  it('allows the wording elsewhere in the Table Schema of data.csv/.json and sammenligning.csv/.json', () => {
    for (const spec of [INDICATOR_DATA, COMPARISON]) {
      expect(enumOf(tableSchema(spec, ',').fields)).toEqual([...ROW_COVERAGE_VALUES]);
      expect(enumOf(jsonTableSchema(spec).fields)).toEqual([...ROW_COVERAGE_VALUES]);
    }
    expect(ROW_COVERAGE_VALUES).toContain('alle indbyggere');
  });

  it('datapackage.json says so for every derived data and comparison file', () => {
    const pkg = JSON.parse(realDataPackage()) as DataPackage;
    const derived = pkg.resources.filter((r) => /-(data|sammenligning)-(csv|json)$/.test(r.name));
    expect(derived.some((r) => r.name.endsWith('-sammenligning-csv'))).toBe(true);
    for (const r of derived) expect(enumOf(r.schema.fields), r.name).toEqual([...ROW_COVERAGE_VALUES]);
    // indicators.csv itself keeps the editors' own values: its rows are Copenhagen's indicators.
    expect(enumOf(pkg.resources.find((r) => r.name === 'indicators')!.schema.fields)).toEqual([...COVERAGE_IDS]);
  });

  it('the data dictionary on /data/ lists the values and says a row for another place gets the wording elsewhere', () => {
    const view = dataPageView(siteDatasets(), 'https://www.kk.dk/data/', 2026);
    for (const name of ['indikator-data', 'sammenligning']) {
      const row = view.downloads.find((d) => d.name === name)!.dictionary.find((r) => r.name === 'coverage')!;
      expect(row.allowed).toBe(ROW_COVERAGE_VALUES.join(', '));
      expect(row.description).toContain('»alle indbyggere«');
      expect(row.description).toContain('hele landet');
    }
  });
});
