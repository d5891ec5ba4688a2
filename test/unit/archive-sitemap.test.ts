import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  buildSitemap,
  buildSitemapFiles,
  isNoindex,
  MAX_SITEMAP_URLS,
  pagePath,
  robotsTxt,
} from '../../src/lib/archive/sitemap.ts';
import { parseXmlStrict } from '../helpers/archive-xml.ts';

describe('pagePath', () => {
  it('turns built files into page paths and skips the 404 page and non-HTML', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath('breve/index.html')).toBe('breve/');
    expect(pagePath('breve\\aar\\2009\\index.html')).toBe('breve/aar/2009/');
    expect(pagePath('404.html')).toBeUndefined();
    expect(pagePath('feed.xml')).toBeUndefined();
  });
});

describe('buildSitemap', () => {
  it('lists absolute URLs with the base path, sorted and unique', () => {
    const xml = buildSitemap(
      ['breve/index.html', 'index.html', '404.html', 'breve/index.html'],
      'https://www.kk.dk',
      '/integrationsbarometer/',
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://www.kk.dk/integrationsbarometer/</loc></url>\n' +
        '  <url><loc>https://www.kk.dk/integrationsbarometer/breve/</loc></url>\n' +
        '</urlset>\n',
    );
  });
  it('works at the root and escapes XML', () => {
    expect(absoluteUrl('https://example.org', '/', '')).toBe('https://example.org/');
    expect(buildSitemap(['a&b/index.html'], 'https://example.org', '/')).toContain('<loc>https://example.org/a&amp;b/</loc>');
  });
});

describe('buildSitemapFiles', () => {
  const files = ['index.html', 'breve/a/index.html', 'breve/b/index.html', 'breve/c/index.html', '404.html'];
  it('writes one sitemap.xml while the site is within the limit', () => {
    const out = buildSitemapFiles(files, 'https://example.org', '/ib/', 4);
    expect(out.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(out[0]?.xml).toBe(buildSitemap(files, 'https://example.org', '/ib/'));
  });
  it('splits into sitemap-N.xml parts under a sitemap index past the limit', () => {
    const out = buildSitemapFiles(files, 'https://example.org', '/ib/', 3);
    expect(out.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    const [index, first, second] = out.map((f) => parseXmlStrict(f.xml));
    const locs = (el: typeof index) => Array.from(el!.getElementsByTagName('loc')).map((l) => l.textContent);
    expect(index?.nodeName).toBe('sitemapindex');
    expect(locs(index)).toEqual(['https://example.org/ib/sitemap-1.xml', 'https://example.org/ib/sitemap-2.xml']);
    expect(first?.getElementsByTagName('url')).toHaveLength(3);
    expect(locs(second)).toEqual(['https://example.org/ib/breve/c/']);
    expect(MAX_SITEMAP_URLS).toBe(50_000);
  });
});

describe('noindex pages and robots.txt', () => {
  it('recognises a page that asks not to be indexed, in any attribute order', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<meta content="noindex, follow" name="robots" />')).toBe(true);
    expect(isNoindex('<meta name="robots" content="index, follow"><meta name="description" content="noindex i teksten">')).toBe(false);
    expect(isNoindex('<link rel="canonical" href="https://www.kk.dk/">')).toBe(false);
  });

  it('names the sitemap by its absolute address, with the base path', () => {
    expect(robotsTxt('https://www.kk.dk', '/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://www.kk.dk/sitemap.xml\n');
    expect(robotsTxt('https://www.kk.dk', '/integrationsbarometer/')).toContain(
      'Sitemap: https://www.kk.dk/integrationsbarometer/sitemap.xml\n',
    );
  });
});
