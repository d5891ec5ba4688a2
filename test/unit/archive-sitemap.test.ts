import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildSitemap, pagePath } from '../../src/lib/archive/sitemap.ts';

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
    const xml = buildSitemap(['breve/index.html', 'index.html', '404.html', 'breve/index.html'], 'https://www.kk.dk', '/integrationsbarometer/');
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
