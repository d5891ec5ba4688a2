/**
 * Every published number traces to its source row in the reference data (a verbatim copy of
 * ../shared/reference-data is kept in test/fixtures/reference-data): same municipality code, year and
 * value, and the address the value was read at is the one the row names. Values the reference data
 * call derived or conflicting are published only flagged »skønnet«; rows left out are listed with why.
 * A figure newer than the snapshot (the next year's release) is not in it: it must name its source and
 * the address it was read at instead, so adding a real new figure never fails this test.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadBarometer } from '../../src/loaders/barometer.ts';
import type { Measurement } from '../../src/lib/model.ts';

type Row = Record<string, string>;
const REF = 'test/fixtures/reference-data';
const read = (file: string): Row[] => Papa.parse<Row>(readFileSync(`${REF}/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const muni = read('municipalities-2010-2026.csv');
const safety = read('copenhagen-safety-survey-2009-2024.csv');
const housing = read('vulnerable-housing-lists-counts.csv');
const national = read('national-barometer-2022.csv');
const old = read('employment-nonwestern-denmark-2000-2010.csv');
const employment = read('employment-copenhagen-denmark-2010-2024.csv');
const { barometer } = loadBarometer('data');

/** Indicator id → the reference file and its indicator name. */
const EXTRACT: Record<string, string> = {
  'beskaeftigelse-ikke-vestlige-ratio': 'employment_origin_gap',
  'beskaeftigelsesfrekvens-16-64': 'employment',
  'bolig-trangboethed': 'trangboethed',
  'tryghed-anmeldte-forbrydelser': 'crime_rate',
  'uddannelse-ungdomsuddannelse-forventet': 'youth_education',
  'sundhed-godt-selvvurderet-helbred': 'selvvurderet_helbred',
  'sundhed-daarligt-mentalt-helbred': 'mentalt_helbred',
  'kultur-idraetsforeninger': 'sports_membership',
  'kultur-valgdeltagelse': 'voter_turnout',
};
const SAFETY: Record<string, string> = {
  'tryghed-trygge-i-nabolaget': 'trygge_i_nabolaget_pct',
  'tryghed-utrygge-i-nabolaget': 'utrygge_i_nabolaget_pct',
  'tryghed-trygge-aften-nat': 'trygge_aften_nat_pct',
  'tryghed-utrygge-aften-nat': 'utrygge_aften_nat_pct',
  'tryghed-bydele-over-10-pct-utrygge': 'bydele_med_over_10pct_utrygge',
  'tryghed-borgervendt-kriminalitet': 'borgervendt_kriminalitet_anmeldelser_pr_1000',
};
const HOUSING: Record<string, string> = { 'bolig-omraader-paa-listen': 'antal_ghetto_parallelsamfund' };
const NATIONAL: Record<string, string> = {
  'beskaeftigelsesgab-ikke-vestlige-25-64': '1.1',
  'beskaeftigelsesfrekvens-ikke-vestlige-25-64': '1.2',
  'afgangsproeve-dansk-og-matematik': '2.1',
  'ungdomsuddannelse-20-24': '2.2',
  'videregaaende-uddannelse-25-39': '2.3',
  'dansk-mundtlig-og-retskrivning-9-klasse': '3.1',
  'faa-problemer-med-dansk': '3.2',
  'danskproeve-inden-5-aar': '3.3',
};
/** Reference rows deliberately not published, and why (README »Tallene i repoet« says the same). */
const LEFT_OUT: { file: string; indicator: string; geo: string; period?: string; why: string }[] = [
  ...Object.values(EXTRACT)
    .filter((x) => !x.startsWith('employment'))
    .map((indicator) => ({
      file: 'municipalities-2010-2026.csv',
      indicator,
      geo: '000',
      why: 'the extract’s own national figure, not an official statistic for these tables',
    })),
  {
    file: 'vulnerable-housing-lists-counts.csv',
    indicator: 'antal_ghetto_parallelsamfund',
    geo: '101',
    period: '2018',
    why: 'derived and the first list under the new criteria',
  },
];

const num = (s: string) => Number(s.replace(',', '.'));
const urlsOf = (field: string) => field.match(/https?:\/\/[^\s;)]+/g) ?? [];
const where = (m: Measurement) => `${m.indicator} ${m.geo ?? '–'} ${m.period.label}`;

/** Later than every period the reference snapshot has for this municipality: a figure published since. */
function newerThanReference(m: Measurement, rows: readonly Row[], period: 'year' | 'period'): boolean {
  const years = rows
    .filter((r) => r.geo_code === m.geo)
    .map((r) => Number.parseInt(r[period] ?? '', 10))
    .filter(Number.isFinite);
  return years.length > 0 && m.period.time >= Math.max(...years) + 1;
}

/** What a figure beyond the snapshot still owes the reader: its publisher and the address it was read at. */
function expectOwnSource(m: Measurement): void {
  expect(m.source.trim(), where(m)).not.toBe('');
  expect(m.sourceUrl ?? '', where(m)).toMatch(/^https:\/\/\S+$/);
  expect(m.flag, where(m)).not.toBe('skønnet');
}

function extractUrl(r: Row): string {
  const [path, commit] = (r.extract_file ?? '').split('@');
  return `https://github.com/augustseptimius-beep/doughnut/blob/${commit}/${path}`;
}

describe('every published value traces to its reference row', () => {
  it('covers every real measurement', () => {
    const mapped = new Set([
      ...Object.keys(EXTRACT),
      ...Object.keys(SAFETY),
      ...Object.keys(HOUSING),
      ...Object.keys(NATIONAL),
      'beskaeftigelse-ikke-vestlige-2000-2010',
    ]);
    expect(barometer.indicators.filter((i) => !i.illustrative && !mapped.has(i.id)).map((i) => i.id)).toEqual([]);
  });

  it.each(Object.entries(EXTRACT))('%s ← municipalities-2010-2026.csv (%s)', (id, name) => {
    const rows = barometer.measurements.filter((m) => m.indicator === id);
    expect(rows.length).toBeGreaterThan(0);
    const refRows = muni.filter((x) => x.indicator === name);
    for (const m of rows) {
      if (newerThanReference(m, refRows, 'year')) {
        expectOwnSource(m);
        continue;
      }
      const r = muni.find((x) => x.indicator === name && x.geo_code === m.geo && x.year === m.period.label);
      expect(r, where(m)).toBeDefined();
      expect(m.value, where(m)).toBe(num(r!.value!));
      expect(m.sourceUrl, where(m)).toBe(extractUrl(r!));
      expect(m.source, where(m)).toContain(
        r!
          .table!.replace(/^Danmarks Statistik /, '')
          .split(' ')[0]!
          .replace(/,$/, ''),
      );
      if (name.startsWith('employment')) {
        // The separately obtained RAS200 file agrees for Copenhagen and the whole country.
        const col = name === 'employment' ? 'employment_rate_all_16_64_pct' : 'ratio_nonwestern_immigrants_to_danish_origin_pct';
        const e = employment.find((x) => x.geo_code === m.geo && x.year === m.period.label);
        if (m.geo === '101' || m.geo === '000') expect(m.value, where(m)).toBe(num(e![col]!));
      }
    }
    const published = new Set(rows.map((m) => `${m.geo}|${m.period.label}`));
    for (const r of muni.filter((x) => x.indicator === name)) {
      const out = LEFT_OUT.some((l) => l.file === 'municipalities-2010-2026.csv' && l.indicator === name && l.geo === r.geo_code);
      expect(
        published.has(`${r.geo_code}|${r.year}`) || out,
        `${name} ${r.geo_code} ${r.year} neither published nor listed as left out`,
      ).toBe(true);
    }
  });

  it.each([
    ...Object.entries(SAFETY).map(([id, n]) => [id, n, safety] as const),
    ...Object.entries(HOUSING).map(([id, n]) => [id, n, housing] as const),
  ])('%s ← %s', (id, name, ref) => {
    const rows = barometer.measurements.filter((m) => m.indicator === id);
    const refRows = ref.filter((x) => x.indicator === name);
    for (const m of rows) {
      if (newerThanReference(m, refRows, 'period')) {
        expectOwnSource(m);
        continue;
      }
      const r = ref.find((x) => x.indicator === name && x.geo_code === m.geo && x.period === m.period.label);
      expect(r, where(m)).toBeDefined();
      expect(m.value, where(m)).toBe(num(r!.value!));
      expect(urlsOf(r!.source_file!), where(m)).toContain(m.sourceUrl);
      const derived = r!.status === 'derived';
      const conflicting = /inconsistent|conflict/i.test(r!.note ?? '');
      if (derived || conflicting) expect(m.flag, `${where(m)} is ${r!.status}${conflicting ? ', conflicting' : ''}`).toBe('skønnet');
      else expect(m.flag, where(m)).not.toBe('skønnet');
    }
    const published = new Set(rows.map((m) => `${m.geo}|${m.period.label}`));
    for (const r of ref.filter((x) => x.indicator === name && ['101', '751', '461', '851', '147', '000'].includes(x.geo_code!))) {
      const out = LEFT_OUT.some((l) => l.indicator === name && l.geo === r.geo_code && l.period === r.period);
      expect(
        published.has(`${r.geo_code}|${r.period}`) || out,
        `${name} ${r.geo_code} ${r.period} neither published nor listed as left out`,
      ).toBe(true);
    }
  });

  it.each(Object.entries(NATIONAL))('%s ← national-barometer-2022.csv (%s), 2012 derived and flagged', (id, nr) => {
    const r = national.find((x) => x.indicator === nr)!;
    const all = barometer.measurements.filter((m) => m.indicator === id);
    const newer = (m: Measurement) => m.period.time > Number(r.year);
    for (const m of all.filter(newer)) expectOwnSource(m);
    const rows = all.filter((m) => !newer(m));
    const latest = rows.find((m) => m.period.label === r.year);
    const base = rows.find((m) => m.period.label === '2012');
    expect([latest?.value, latest?.flag]).toEqual([num(r.value!), undefined]);
    expect([base?.value, base?.flag]).toEqual([num(r.value!) - num(r.change_since_2012!), 'skønnet']);
    // The release year and its derived 2012 baseline; nothing in between that the snapshot does not have.
    expect(rows.map((m) => m.period.label).sort()).toEqual(['2012', r.year].sort());
  });

  it('beskaeftigelse-ikke-vestlige-2000-2010 ← employment-nonwestern-denmark-2000-2010.csv', () => {
    const rows = barometer.measurements.filter((m) => m.indicator === 'beskaeftigelse-ikke-vestlige-2000-2010');
    expect(rows.map((m) => [m.period.label, m.value])).toEqual(old.map((r) => [r.year, num(r.rate_pct!)]));
    for (const [i, m] of rows.entries()) expect(m.note.replace(/\./g, '')).toContain(old[i]!.employed);
  });
});
