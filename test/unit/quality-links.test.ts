import { describe, expect, it } from 'vitest';
import { cssUrls, extractReferences, srcsetUrls } from '../../scripts/lib/quality/html-references.ts';
import { checkLinks, formatProblem, type ScannedPage } from '../../scripts/lib/quality/link-check.ts';
import { classifyReference, fileForPath, pagePathForFile } from '../../scripts/lib/quality/link-target.ts';

const SITE = 'https://www.kk.dk';

describe('extractReferences', () => {
  it('finds href, src, srcset, action and CSS url() with their line and column', () => {
    const html = [
      '<!doctype html><html><head><link rel="stylesheet" href="/a.css"><style>b{background:url("/bg.png")}</style></head>',
      '<body><a href="/breve/#x">x</a>',
      '  <img src="i.png" srcset="/s1.png 1x, /s2.png 2x" alt="">',
      '<form action="/soeg/" method="get"></form><p style="background: url(/p.png)" id="x">',
      '<a name="old"></a><base href="/ignored/"></body></html>',
    ].join('\n');
    const { references, ids } = extractReferences(html);
    expect(references.map((r) => `${r.tag}.${r.attr}=${r.value}@${r.line}:${r.column}`)).toEqual([
      'link.href=/a.css@1:28',
      'style.url()=/bg.png@1:65',
      'a.href=/breve/#x@2:7',
      'img.src=i.png@3:3',
      'img.srcset=/s1.png@3:3',
      'img.srcset=/s2.png@3:3',
      'form.action=/soeg/@4:1',
      'p.style=/p.png@4:43',
    ]);
    expect([...ids]).toEqual(['x', 'old']);
  });

  it('decodes entities in attribute values', () => {
    expect(extractReferences('<a href="/soeg/?q=a&amp;b=c">').references[0]?.value).toBe('/soeg/?q=a&b=c');
  });

  it('splits srcset candidates and reads CSS url() in every quoting style', () => {
    expect(srcsetUrls('a.webp 400w, b.webp 800w')).toEqual(['a.webp', 'b.webp']);
    expect(srcsetUrls('a.webp 400w,b.webp 800w')).toEqual(['a.webp', 'b.webp']);
    expect(cssUrls(`url(a.png) url('b.png') url( "c.png" )`)).toEqual(['a.png', 'b.png', 'c.png']);
  });
});

describe('classifyReference', () => {
  const ctx = { pagePath: '/base/breve/x/', siteOrigin: SITE };
  it('resolves relative, root-relative and own-origin links to decoded paths', () => {
    expect(classifyReference('../y/#bilag-1', ctx)).toEqual({ kind: 'internal', path: '/base/breve/y/', fragment: 'bilag-1' });
    expect(classifyReference('/base/s%C3%B8g/?q=1', ctx)).toEqual({ kind: 'internal', path: '/base/søg/', fragment: '' });
    expect(classifyReference('https://www.kk.dk/base/', ctx)).toEqual({ kind: 'internal', path: '/base/', fragment: '' });
    expect(classifyReference('#top', ctx)).toEqual({ kind: 'internal', path: '/base/breve/x/', fragment: 'top' });
  });
  it('separates external links, ignored schemes and javascript: URLs', () => {
    expect(classifyReference('https://digst.dk/x', ctx)).toEqual({ kind: 'external', url: 'https://digst.dk/x' });
    expect(classifyReference('//cdn.example.com/a.js', ctx)).toEqual({ kind: 'external', url: 'http://cdn.example.com/a.js' });
    expect(classifyReference('mailto:a@kk.dk', ctx)).toEqual({ kind: 'ignored', scheme: 'mailto:' });
    expect(classifyReference('JavaScript:void(0)', ctx).kind).toBe('invalid');
  });
});

describe('fileForPath and pagePathForFile', () => {
  it('maps folders to index.html and keeps files', () => {
    expect(fileForPath('/base/', '/base/')).toEqual({ file: 'index.html' });
    expect(fileForPath('/base/breve/', '/base/')).toEqual({ file: 'breve/index.html' });
    expect(fileForPath('/base/feed.xml', '/base/')).toEqual({ file: 'feed.xml' });
    expect(fileForPath('/base', '/base/')).toEqual({ file: 'index.html', needsSlash: true });
    expect(fileForPath('/breve/', '/base/')).toEqual({ outsideBase: true });
  });
  it('gives the URL path of a built file', () => {
    expect(pagePathForFile('index.html', '/')).toBe('/');
    expect(pagePathForFile('breve/x/index.html', '/base/')).toBe('/base/breve/x/');
    expect(pagePathForFile('404.html', '/')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const page = (file: string, urlPath: string, html: string): ScannedPage => ({ file, urlPath, ...extractReferences(html) });
  const files = new Set(['index.html', 'breve/index.html', 'breve/a/index.html', 'favicon.svg']);
  const opts = (base: string) => ({ base, siteOrigin: SITE, exists: (f: string) => files.has(f) });

  it('accepts links to existing files and anchors, lists external links', () => {
    const pages = [
      page(
        'index.html',
        '/',
        '<a href="/breve/a/#bilag">a</a><a href="breve/">b</a><img src="/favicon.svg" alt=""><a href="https://digst.dk/">d</a><a href="https://digst.dk/">d</a>',
      ),
      page('breve/index.html', '/breve/', '<a href="../">forside</a>'),
      page('breve/a/index.html', '/breve/a/', '<h2 id="bilag">Bilag</h2><a href="#top">op</a>'),
    ];
    const r = checkLinks(pages, opts('/'));
    expect(r.problems).toEqual([]);
    expect(r.internalChecked).toBe(5);
    expect([...r.external]).toEqual([['https://digst.dk/', 2]]);
  });

  it('names file:line:column, the value and what was expected for each broken link', () => {
    const pages = [
      page('index.html', '/', '<a href="/mangler/">x</a>\n<a href="/breve/a/#nej">y</a>\n<a href="/breve">z</a>'),
      page('breve/a/index.html', '/breve/a/', '<p>x</p>'),
    ];
    expect(checkLinks(pages, opts('/')).problems.map((p) => formatProblem(p, 'dist'))).toEqual([
      'dist/index.html:1:1: <a href>: filen mangler/index.html findes ikke i det byggede site (fik "/mangler/")',
      'dist/index.html:2:1: <a href>: ankeret #nej findes ikke på /breve/a/ (intet element med id="nej") (fik "/breve/a/#nej")',
      'dist/index.html:3:1: <a href>: mangler afsluttende skråstreg (forventede /breve/) (fik "/breve")',
    ]);
  });

  it('under a base path, refuses links that escape it', () => {
    const pages = [
      page('index.html', '/base/', '<a href="/breve/">x</a><a href="/base/breve/">ok</a><a href="https://www.kk.dk/breve/">c</a>'),
    ];
    const r = checkLinks(pages, opts('/base/'));
    expect(r.problems.map((p) => p.value)).toEqual(['/breve/', 'https://www.kk.dk/breve/']);
    expect(r.problems[0]?.message).toContain('uden for sitets base path /base/');
  });

  it('lists absolute links to other pages on the same host as external, with or without a base path', () => {
    const minutes = 'https://www.kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-13062023/referat/punkt-17';
    for (const base of ['/', '/base/']) {
      const pages = [page('index.html', base, `<a href="${minutes}">referat</a><a href="https://www.kk.dk${base}mangler/">x</a>`)];
      const r = checkLinks(pages, opts(base));
      expect([...r.external.keys()], base).toEqual([minutes, `https://www.kk.dk${base}mangler/`]);
      expect(r.problems, base).toEqual([]);
    }
    // Into a folder the site builds: checked as internal, and a missing page is a problem.
    const r = checkLinks([page('index.html', '/', '<a href="https://www.kk.dk/breve/mangler/">x</a>')], opts('/'));
    expect(r.problems.map((p) => p.value)).toEqual(['https://www.kk.dk/breve/mangler/']);
  });

  it('refuses javascript: links', () => {
    const r = checkLinks([page('index.html', '/', '<a href="javascript:alert(1)">x</a>')], opts('/'));
    expect(r.problems[0]?.message).toContain('javascript:');
  });
});
