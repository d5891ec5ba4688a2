/**
 * The licence statement is true: CC BY 4.0 covers the site's own compilation, and every source the
 * real data names has its publisher and reuse terms stated on /data/ and in datapackage.json – the
 * terms the source or the reference notes give, or, where none were found, that the source must be
 * named and where to check. A new source in data/ without its terms fails here.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { getBarometer } from '../../src/loaders/site-data.ts';
import { LICENCE, SOURCE_TERMS, sourceTermsFor } from '../../src/lib/open-data/licence.ts';
import { dataPageView } from '../../src/lib/open-data/data-page.ts';
import { dataPackage } from '../../src/lib/open-data/datapackage.ts';
import { datasetJson } from '../../src/lib/open-data/table-json.ts';
import { indicatorJson } from '../../src/lib/barometer/indicator-download.ts';
import { openDataCopy } from '../../src/lib/copy/index.ts';

/** Every `source` cell of the data folder's files that have the column. */
function sourcesInData(): string[] {
  const out = new Set<string>();
  for (const file of ['indicators.csv', 'measurements.csv', 'spending.csv']) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      header: true,
      skipEmptyLines: 'greedy',
    }).data;
    for (const r of rows) if (r.source) out.add(r.source);
  }
  return [...out];
}

describe('who published the figures, and on what terms', () => {
  const sources = sourcesInData();

  it('covers every source the real data names, not only Danmarks Statistik', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.filter((s) => !sourceTermsFor(s))).toEqual([]);
    for (const name of [
      'Den Nationale Sundhedsprofil (udtræk)',
      'Børne- og Undervisningsministeriet, profilmodellen (PROFMOD, udtræk)',
      'Det nationale integrationsbarometer (integrationsbarometer.dk), Udviklingsrapport, hele landet, november 2022',
      'Københavns Kommunes Tryghedsundersøgelse',
    ])
      expect(sourceTermsFor(name)?.title, name).not.toBe('Danmarks Statistik');
    expect(sourceTermsFor(sources.find((s) => s.startsWith('Boligministeriets'))!)?.publisher).toMatch(/BL – Danmarks Almene Boliger/);
  });

  it('gives each source its publisher and terms, and asks for the source to be named', () => {
    for (const t of SOURCE_TERMS) {
      expect(t.publisher.length, t.title).toBeGreaterThan(5);
      expect(t.terms, t.title).toMatch(/[Nn]ævn|angives som kilde|ikke rigtige målinger/);
    }
    // No terms invented: where the notes give none, the text says so and where to look.
    for (const t of SOURCE_TERMS.filter((s) => /ikke oplyst/.test(s.terms))) expect(t.terms, t.title).toMatch(/se /);
    expect(SOURCE_TERMS.filter((s) => /ikke oplyst/.test(s.terms)).length).toBeGreaterThanOrEqual(5);
  });

  it('says the licence covers the compilation, not the sources’ figures, on /data/, in the JSON files and the package', () => {
    const view = dataPageView(siteDatasets(), 'https://www.kk.dk/data/', 2026);
    expect(view.sourceTerms).toBe(SOURCE_TERMS);
    expect(openDataCopy.licenceLead).toContain('sammenstilling');
    expect(openDataCopy.licenceLead).not.toMatch(/Data er offentlig information/);
    expect(openDataCopy.figuresLead).toMatch(/licensen ovenfor gælder ikke tallene/);
    expect(LICENCE.scope).toMatch(/sammenstilling.*kilderne/);
    const b = getBarometer();
    expect(indicatorJson(b, b.indicators[0]!.id).licence.scope).toBe(LICENCE.scope);
    expect(datasetJson(siteDatasets()[0]!).licence.scope).toBe(LICENCE.scope);
    const pkg = dataPackage(siteDatasets(), 'https://www.kk.dk/data/');
    for (const t of SOURCE_TERMS) expect(pkg.description, t.title).toContain(t.publisher);
    expect(pkg.description).toContain(LICENCE.scope);
  });
});
