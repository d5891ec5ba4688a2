import { describe, expect, it } from 'vitest';
import { compareFocusOrder, isCleanFocusOrder } from '../../scripts/lib/quality/focus-order.ts';
import { budgetFailures, scoreTable, toPercent, type AuditResult } from '../../scripts/lib/quality/lighthouse-budget.ts';
import { extractXmlReferences, firstMatching, locPath, readSitemap } from '../../scripts/lib/quality/sitemap.ts';
import { positionLookup } from '../../scripts/lib/quality/text-position.ts';

describe('sitemap', () => {
  it('reads a urlset and a sitemap index', () => {
    const urlset =
      '<?xml version="1.0"?><urlset xmlns="x"><url><loc>https://www.kk.dk/a/</loc></url><url><loc> https://www.kk.dk/b/ </loc></url></urlset>';
    expect(readSitemap(urlset)).toEqual({ kind: 'urlset', locs: ['https://www.kk.dk/a/', 'https://www.kk.dk/b/'] });
    expect(readSitemap('<sitemapindex><sitemap><loc>https://x/s-0.xml</loc></sitemap></sitemapindex>').kind).toBe('sitemapindex');
  });
  it('finds Atom link hrefs and loc text with positions', () => {
    const refs = extractXmlReferences(
      '<feed>\n  <link href="https://www.kk.dk/"/>\n<entry><link rel="alternate" href="/breve/a/"/></entry></feed>',
    );
    expect(refs.map((r) => `${r.value}@${r.line}:${r.column}`)).toEqual(['https://www.kk.dk/@2:3', '/breve/a/@3:8']);
  });
  it('turns locations into paths and picks pages by pattern', () => {
    const paths = ['/', '/indikatorer/', '/indikatorer/beskaeftigelse-1/', '/indikatorer/b/'].map((p) => locPath(`https://www.kk.dk${p}`));
    expect(firstMatching(paths, /\/indikatorer\/[^/]+\/$/)).toBe('/indikatorer/beskaeftigelse-1/');
    expect(firstMatching(paths, /\/breve\/[^/]+\/$/)).toBeUndefined();
  });
});

describe('positionLookup', () => {
  it('gives 1-based line and column', () => {
    const at = positionLookup('ab\ncd\n\nx');
    expect([0, 1, 3, 6, 7].map((o) => `${at(o).line}:${at(o).column}`)).toEqual(['1:1', '1:2', '2:1', '3:1', '4:1']);
  });
});

describe('compareFocusOrder', () => {
  it('is clean when focus follows the DOM order exactly', () => {
    expect(isCleanFocusOrder(compareFocusOrder(['a', 'b', 'c'], ['a', 'b', 'c']))).toBe(true);
  });
  it('reports missing, unexpected, out-of-order and repeated elements', () => {
    const r = compareFocusOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'x', 'c']);
    expect(r).toEqual({ missing: ['d'], unexpected: ['x'], outOfOrder: [['b', 'c']], repeated: ['c'] });
    expect(isCleanFocusOrder(r)).toBe(false);
  });
});

describe('lighthouse budget', () => {
  const result = (path: string, p: number, a: number | null): AuditResult => ({
    path,
    scores: { performance: p, accessibility: a, 'best-practices': 100, seo: 100 },
    failedAudits: a === 100 ? {} : { accessibility: ['color-contrast: Background and foreground colors…'] },
  });
  it('passes at the budget and fails below it, naming the audits that lost points', () => {
    expect(budgetFailures([result('/', 95, 100)])).toEqual([]);
    expect(budgetFailures([result('/', 94, 99), result('/soeg/', 100, null)])).toEqual([
      '/: Performance 94 (krav ≥ 95)',
      '/: Tilgængelighed 99 (krav ≥ 100); tabte point: color-contrast: Background and foreground colors…',
      '/soeg/: Tilgængelighed ingen score (krav ≥ 100); tabte point: color-contrast: Background and foreground colors…',
    ]);
  });
  it('rounds scores and prints a table', () => {
    expect(toPercent(0.954)).toBe(95);
    expect(toPercent(null)).toBeNull();
    expect(scoreTable([result('/', 98, 100)])).toBe(
      '| side | Performance | Tilgængelighed | Best practices | SEO |\n|---|---:|---:|---:|---:|\n| `/` | 98 | 100 | 100 | 100 |',
    );
  });
});
