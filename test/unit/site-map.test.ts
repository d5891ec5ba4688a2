import { describe, expect, it } from 'vitest';
import { siteMap, type SiteMapInput, type SiteMapLink } from '../../src/lib/site-map.ts';

const input: SiteMapInput = {
  areas: [
    {
      name: 'Bolig',
      path: 'omraader/bolig/',
      indicators: [
        { title: 'Områder på listen', path: 'indikatorer/bolig-omraader-paa-listen/', main: true, illustrative: false },
        { title: 'Trivsel i boligområdet', path: 'indikatorer/bolig-trivsel/', main: false, illustrative: true },
      ],
    },
  ],
  letterTotal: 1234,
  letterYears: [
    { label: '2008', path: 'breve/aar/2008/', count: 1 },
    { label: '2007', path: 'breve/aar/2007/', count: 12 },
  ],
  conferences: [{ title: 'Integrationskonference 2009', path: 'konferencer/2009/', illustrative: false }],
  administrations: [{ name: 'Beskæftigelses- og Integrationsforvaltningen', path: 'forvaltninger/beskaeftigelse-og-integration/' }],
  reportYears: [2009, 2008],
  editions: [{ date: '2026-12-01', dateLabel: '1. december 2026' }],
};

const all = (links: readonly SiteMapLink[]): SiteMapLink[] => links.flatMap((l) => [l, ...all(l.children ?? [])]);
const find = (label: string) => all(siteMap(input).flatMap((s) => s.links)).find((l) => l.label === label);

describe('siteMap', () => {
  it('has every section of the site, each with at least one link', () => {
    const sections = siteMap(input);
    expect(sections.map((s) => s.heading)).toEqual([
      'Barometret',
      'Brevarkivet',
      'Konferencer og idéer',
      'Forvaltningernes mål',
      'Data og udgaver',
      'Om sitet',
    ]);
    for (const s of sections) expect(s.links.length).toBeGreaterThan(0);
  });

  it('nests the areas’ indicators under their area, the main one noted and example series marked', () => {
    const bolig = find('Bolig');
    expect(bolig?.path).toBe('omraader/bolig/');
    expect(bolig?.children?.map((c) => [c.label, c.note, c.illustrative])).toEqual([
      ['Områder på listen', 'hovedindikator', undefined],
      ['Trivsel i boligområdet', undefined, true],
    ]);
  });

  it('lists the archive’s years with their counts in Danish', () => {
    expect(find('Breve efter år')?.children?.map((c) => `${c.label} (${c.note})`)).toEqual(['2008 (1 brev)', '2007 (12 breve)']);
    expect(find('Alle breve')?.note).toBe('1.234 breve');
  });

  it('links status reports, administrations and editions to their pages', () => {
    expect(find('Statusrapporter')?.children?.map((c) => c.path)).toEqual(['statusrapporter/2009/', 'statusrapporter/2008/']);
    expect(find('Beskæftigelses- og Integrationsforvaltningen')?.path).toBe('forvaltninger/beskaeftigelse-og-integration/');
    expect(find('1. december 2026')?.path).toBe('udgaver/2026-12-01/');
  });

  it('leaves out an empty group rather than printing an empty list, and keeps the XML sitemap for search engines', () => {
    const empty = siteMap({ ...input, letterYears: [], editions: [], reportYears: [] });
    const links = all(empty.flatMap((s) => s.links));
    expect(links.find((l) => l.label === 'Breve efter år')?.children).toBeUndefined();
    expect(links.find((l) => l.label === 'Tidligere udgaver')?.children).toBeUndefined();
    expect(links.find((l) => l.path === 'sitemap.xml')?.label).toContain('XML');
  });
});
