/**
 * Nothing an editor committed is silently lost or published active (static checks of the built
 * site, run with the browser tests because they need dist/): every content file has its page at
 * the address its name or front matter gives, no letter page exists without a file, and the
 * editors' text regions hold nothing a browser would run, load or submit; every CSV and JSON
 * download is what the data dictionary on /data/ says it is, and a resource of datapackage.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/dist.ts';
import { siteSettings } from '../../src/loaders/site-settings.ts';
import { contentPages } from '../../scripts/lib/quality/content-pages.ts';
import { findActiveContent } from '../../scripts/lib/quality/active-content.ts';
import { proseRegions } from '../../scripts/lib/quality/prose-regions.ts';
import { parseCsp, sha256Source } from '../../scripts/lib/quality/page-security.ts';
import { siteDatasets } from '../../src/loaders/site-datasets.ts';
import { dataPageView } from '../../src/lib/open-data/data-page.ts';
import { auditDownloads, documentedFiles, isDownloadCandidate } from '../../scripts/lib/quality/download-audit.ts';
import { runTogether } from '../../scripts/lib/quality/run-together.ts';
import { expect, test } from './fixtures.ts';
import { NO_PAGES_HINT, SITE } from './site.ts';

const CONTENT = siteSettings(process.env).contentDir;

test('every content file has its page, and every letter page its file', () => {
  expect(existsSync(SITE.dir), NO_PAGES_HINT).toBe(true);
  const pages = contentPages(CONTENT);
  expect(pages.length).toBeGreaterThan(0);
  const missing = pages
    .filter((p) => !p.route || !existsSync(join(SITE.dir, p.route, 'index.html')))
    .map((p) => `${p.file} → ${p.route ?? 'ingen adresse'}`);
  expect(missing).toEqual([]);
  const letters = new Set(pages.filter((p) => p.collection === 'letters').map((p) => p.route));
  const letterPages = readdirSync(join(SITE.dir, 'breve'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !['aar', 'udvalg'].includes(e.name))
    .map((e) => `/breve/${e.name}/`);
  expect(letterPages.filter((p) => !letters.has(p))).toEqual([]);
});

/**
 * A component in a report (<IndicatorFigure>) brings the site's own script, which Astro writes next
 * to it with its hash in the page's CSP; an editor's script could have no such hash.
 */
function withoutSiteScripts(region: string, page: string): string {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(page)?.[1] ?? '';
  const allowed = parseCsp(policy.replace(/&#39;/g, "'")).get('script-src') ?? [];
  return region.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/gi, (all, text: string) => (allowed.includes(sha256Source(text)) ? '' : all));
}

test('the editors\u2019 text holds nothing active on any page', () => {
  const problems = listFiles(SITE.dir)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const page = readFileSync(join(SITE.dir, f), 'utf8');
      return proseRegions(page).flatMap((region) => findActiveContent(withoutSiteScripts(region, page)).map((a) => `${f}: ${a.message}`));
    });
  expect(problems).toEqual([]);
});

test('every built CSV and JSON download has only the columns and keys /data/ documents, snake_case, empty as null', () => {
  expect(existsSync(SITE.dir), NO_PAGES_HINT).toBe(true);
  const files = listFiles(SITE.dir)
    .filter(isDownloadCandidate)
    .map((path) => ({ path, text: readFileSync(join(SITE.dir, path), 'utf8') }));
  // The data folder's files, and per indicator, comparison, administration and status report.
  for (const p of [/^data\/measurements\.json$/, /^indikatorer\/[^/]+\/data\.csv$/, /^indikatorer\/[^/]+\/sammenligning\.json$/])
    expect(
      files.some((f) => p.test(f.path)),
      String(p),
    ).toBe(true);
  const view = dataPageView(siteDatasets(), SITE.siteOrigin, 2026);
  expect(auditDownloads(files, documentedFiles(view))).toEqual([]);
});

test('every example address in the data dictionary on /data/ is a page or file the site has', () => {
  expect(existsSync(SITE.dir), NO_PAGES_HINT).toBe(true);
  // The examples are written for the published site (https://www.kk.dk/…); »<brevets-adresse>« is a
  // pattern. A source's own page on kk.dk (»/artikel/…«) lies outside the site's folders.
  const html = readFileSync(join(SITE.dir, 'data', 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<code>https:\/\/www\.kk\.dk\/([^\s<>"&]*)<\/code>/g)]
    .map((m) => decodeURI(m[1] ?? ''))
    .filter((p) => existsSync(join(SITE.dir, p.split('/')[0] ?? '')));
  expect(paths.length).toBeGreaterThan(1);
  const missing = paths.filter((p) => !existsSync(join(SITE.dir, p.endsWith('/') || p === '' ? `${p}index.html` : p)));
  expect(missing).toEqual([]);
});

test('every size and hash datapackage.json gives is the published file’s', () => {
  expect(existsSync(SITE.dir), NO_PAGES_HINT).toBe(true);
  const pkg = JSON.parse(readFileSync(join(SITE.dir, 'data', 'datapackage.json'), 'utf8')) as {
    homepage: string;
    resources: { path: string; format: string; bytes?: number; hash?: string }[];
  };
  // Every resource says what it holds: the data folder's files, their JSON twins and the derived files.
  expect(pkg.resources.filter((r) => r.bytes === undefined || r.hash === undefined).map((r) => r.path)).toEqual([]);
  expect(pkg.resources.filter((r) => /^https?:/.test(r.path)).length).toBeGreaterThan(50);
  for (const r of pkg.resources) {
    const file = readFileSync(join(SITE.dir, decodeURI(new URL(r.path, pkg.homepage).pathname.replace(SITE.base, ''))));
    expect([r.path, file.length, `sha256:${createHash('sha256').update(file).digest('hex')}`]).toEqual([r.path, r.bytes, r.hash]);
  }
});

test('every CSV and JSON file /data/, its list of each indicator’s files and the archive link to is a resource of datapackage.json', () => {
  expect(existsSync(SITE.dir), NO_PAGES_HINT).toBe(true);
  const pkg = JSON.parse(readFileSync(join(SITE.dir, 'data', 'datapackage.json'), 'utf8')) as {
    homepage: string;
    resources: { path: string }[];
  };
  // A data folder file's path is relative to /data/, a derived file's is its address on the site.
  const resources = new Set(pkg.resources.map((r) => new URL(r.path, pkg.homepage).pathname));
  const pages = listFiles(SITE.dir).filter((f) => /^(data\/(grafer\/(.*\/)?)?|breve\/)index\.html$/.test(f));
  expect(pages).toContain('data/index.html');
  // The archive's first page offers the whole archive as a table.
  expect(readFileSync(join(SITE.dir, 'breve', 'index.html'), 'utf8')).toMatch(/href="[^"]*data\/breve\.csv"/);
  const linked = pages.flatMap((page) =>
    [...readFileSync(join(SITE.dir, page), 'utf8').matchAll(/href="([^"#?]+\.(?:csv|json))"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, '&'), new URL(page, pkg.homepage.replace(/data\/$/, ''))).pathname,
    ),
  );
  expect(linked.length).toBeGreaterThan(50);
  expect(linked.filter((path) => !path.endsWith('/datapackage.json') && !resources.has(path))).toEqual([]);
});

test('no page runs two words together across its elements (»kurs</span><span>siden« is read and indexed as one word)', () => {
  expect(existsSync(SITE.dir), NO_PAGES_HINT).toBe(true);
  const pages = listFiles(SITE.dir).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(50);
  const found = pages.flatMap((page) => runTogether(readFileSync(join(SITE.dir, page), 'utf8')).map((w) => `${page}: ${w}`));
  expect(found).toEqual([]);
});
