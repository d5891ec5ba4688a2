/**
 * Editions, dated citations and feeds from a fixture repository with several commits over time: the
 * real content and data, with the data's history rewritten as four dated commits (a first version, a
 * new measurement, a revision that turns an area red, a later correction) and two declared editions.
 * The site is built twice from the same commit (byte for byte the same editions), and once more after
 * a new correction (an old edition's chart and CSV do not change; only »Ændret siden udgaven« does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/dist.ts';
import { parseXmlStrict } from '../helpers/archive-xml.ts';
import { fixtureGitEnv } from '../helpers/git-env.ts';
import { childEnv } from '../helpers/child-env.ts';

mkdirSync('node_modules/.cache', { recursive: true });
const work = resolve(mkdtempSync(join('node_modules/.cache', 'ib-editions-')));
const repo = join(work, 'repo');
const builds = { first: join(work, 'first'), second: join(work, 'second'), later: join(work, 'later') };

const REAL_M = readFileSync('data/measurements.csv', 'utf8');
const REAL_I = readFileSync('data/indicators.csv', 'utf8');
const KULTUR_2025 = /^kultur-idraetsforeninger;2025;;42,2;/m;
const TRYGHED_2024 = /^tryghed-trygge-i-nabolaget;2024;;88;.*\r?\n/m;

const gitEnv = (date: string) => fixtureGitEnv({ date });

function commit(date: string, files: Record<string, string>, message: string): void {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
  execFileSync('git', ['add', '-A'], { cwd: repo, env: gitEnv(date) });
  execFileSync('git', ['commit', '-q', '--no-verify', '-m', message], { cwd: repo, env: gitEnv(date) });
}

const env = childEnv();

function build(out: string): void {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: {
      ...env,
      BAROMETER_CONTENT_DIR: join(repo, 'content'),
      BAROMETER_DATA_DIR: join(repo, 'data'),
      OUT_DIR: join(out, 'dist'),
      ASTRO_CACHE_DIR: join(out, 'cache'),
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
}

const file = (b: string, path: string) => readFileSync(join(b, 'dist', path), 'utf8');
const page = (b: string, path: string) => file(b, join(path, 'index.html'));
/** Visible text, whitespace (also no-break spaces) collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/[\s\u00a0]+/g, ' ');
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  const end = html.indexOf('</section>', start);
  return start < 0 ? '' : html.slice(start, end);
};

beforeAll(() => {
  mkdirSync(join(repo, 'data'), { recursive: true });
  cpSync('content', join(repo, 'content'), { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  const first = REAL_M.replace(KULTUR_2025, 'kultur-idraetsforeninger;2025;;49,0;').replace(TRYGHED_2024, '');
  commit('2026-02-01T10:00:00+01:00', { 'data/indicators.csv': REAL_I, 'data/measurements.csv': first }, 'Første udgave');
  commit(
    '2026-04-15T10:00:00+02:00',
    { 'data/measurements.csv': REAL_M.replace(KULTUR_2025, 'kultur-idraetsforeninger;2025;;49,0;') },
    'Tryghed 2024 fra Tryghedsundersøgelsen',
  );
  commit('2026-09-01T10:00:00+02:00', { 'data/measurements.csv': REAL_M }, 'Idrætsforeninger 2025 revideret af Danmarks Statistik');
  const corrected = REAL_M.replace(/^(tryghed-trygge-i-nabolaget;2024;;)88;/m, '$187;');
  const editions =
    '\uFEFFdate;title;note\r\n2026-03-01;Barometermåling marts 2026;Forelagt udvalget.\r\n2026-10-01;Barometermåling oktober 2026;\r\n';
  commit('2026-11-01T10:00:00+01:00', { 'data/measurements.csv': corrected, 'data/editions.csv': editions }, 'Tryghed 2024 rettet');
  build(builds.first);
  build(builds.second);
  commit(
    '2026-11-20T10:00:00+01:00',
    { 'data/measurements.csv': corrected.replace(KULTUR_2025, 'kultur-idraetsforeninger;2025;;43,0;') },
    'Idrætsforeninger 2025 rettet igen',
  );
  build(builds.later);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('editions from a repository with history', () => {
  it('lists the declared editions newest first on /udgaver/', () => {
    const html = text(page(builds.first, 'udgaver'));
    expect(html.indexOf('Barometermåling oktober 2026')).toBeGreaterThan(-1);
    expect(html.indexOf('Barometermåling oktober 2026')).toBeLessThan(html.indexOf('Barometermåling marts 2026'));
    expect(html).toContain('beregnet med den regel, der gælder i dag');
  });

  it('shows each edition with the figures and status as they stood at the end of its day', () => {
    const march = page(builds.first, 'udgaver/2026-03-01');
    const october = page(builds.first, 'udgaver/2026-10-01');
    expect(text(march)).toContain('Du ser udgaven fra 1. marts 2026.');
    expect(text(march)).toContain('Der er en nyere udgave: Barometermåling oktober 2026');
    expect(text(october)).toContain('Det er den nyeste udgave.');
    const row = (html: string) =>
      text(
        html.slice(
          html.indexOf('id="indikator-kultur-idraetsforeninger"'),
          html.indexOf('</tr>', html.indexOf('id="indikator-kultur-idraetsforeninger"')),
        ),
      );
    expect(row(march)).toMatch(/På rette kurs .*49,0 pct\. \(2025\)/);
    expect(row(october)).toMatch(/Tilbagegang .*42,2 pct\. \(2025\)/);
    // The tryghed figure for 2024 came after the March edition.
    const tryghed = (html: string) =>
      text(
        html.slice(
          html.indexOf('id="indikator-tryghed-trygge-i-nabolaget"'),
          html.indexOf('</tr>', html.indexOf('id="indikator-tryghed-trygge-i-nabolaget"')),
        ),
      );
    expect(tryghed(march)).not.toContain('(2024)');
    expect(tryghed(october)).toContain('88 pct. (2024)');
    expect(text(march)).toContain('samme regel som da udgaven blev udgivet');
  });

  it('says what has changed since: status then → now, revised and new values', () => {
    const since = text(section(page(builds.first, 'udgaver/2026-03-01'), 'siden'));
    expect(since).toMatch(/Medlemskaber af idrætsforeninger Status dengang → nu Status: På rette kurs → Status: Tilbagegang/);
    expect(since).toContain('2025: 49,0 pct. → 42,2 pct.');
    expect(since).toMatch(/Nye tal 2024: 87 pct\./);
    const sinceOctober = text(section(page(builds.first, 'udgaver/2026-10-01'), 'siden'));
    expect(sinceOctober).toContain('2024: 88 pct. → 87 pct.');
    expect(sinceOctober).not.toContain('idrætsforeninger');
  });

  it("publishes each edition's figures as CSV and as an embed that never changes", () => {
    expect(file(builds.first, 'udgaver/2026-03-01/indikatorer/kultur-idraetsforeninger/data.csv')).toMatch(
      /kultur-idraetsforeninger;2025;;49;/,
    );
    expect(file(builds.first, 'udgaver/2026-10-01/indikatorer/kultur-idraetsforeninger/data.csv')).toMatch(
      /kultur-idraetsforeninger;2025;;42,2;/,
    );
    const embed = page(builds.first, 'udgaver/2026-03-01/indikatorer/kultur-idraetsforeninger/indlejr');
    expect(text(embed)).toContain('Tallene er fra Barometermåling marts 2026 (1. marts 2026) og ændres ikke.');
    expect(embed).toContain('<meta name="robots" content="noindex"');
  });

  it('gives the indicator page a »Status i tidligere udgaver« table, newest first, with the CSV as published', () => {
    const html = page(builds.first, 'indikatorer/kultur-idraetsforeninger');
    const table = text(section(html, 'tidligere-udgaver'));
    expect(table).toMatch(
      /Barometermåling oktober 2026 1\. oktober 2026 Status: Tilbagegang 42,2 pct\. \(2025\).*Barometermåling marts 2026 1\. marts 2026 Status: På rette kurs 49,0 pct\. \(2025\)/,
    );
    expect(html).toContain('href="/udgaver/2026-03-01/indikatorer/kultur-idraetsforeninger/data.csv"');
  });

  it("cites the edition when today's figures are the edition's, and the dated page when they changed since", () => {
    const same = text(section(page(builds.first, 'indikatorer/kultur-idraetsforeninger'), 'citer'));
    expect(same).toContain('Udgave Barometermåling oktober 2026 (1. oktober 2026)');
    expect(same).toMatch(
      /Integrationsbarometeret, Barometermåling oktober 2026 \(1\. oktober 2026\)\. Hentet \d+\. \w+ \d{4} ?\. https:\/\/www\.kk\.dk\/udgaver\/2026-10-01\/#indikator-kultur-idraetsforeninger/,
    );
    const changed = text(section(page(builds.first, 'indikatorer/tryghed-trygge-i-nabolaget'), 'citer'));
    expect(changed).toContain('Tallene er ændret siden Barometermåling oktober 2026');
    expect(changed).toMatch(
      /tal senest opdateret 1\. november 2026\. Hentet .*https:\/\/www\.kk\.dk\/indikatorer\/tryghed-trygge-i-nabolaget\//,
    );
    const area = text(section(page(builds.first, 'omraader/kultur-og-fritid'), 'citer'));
    expect(area).toContain('https://www.kk.dk/udgaver/2026-10-01/');
  });

  it('shows when the figures last changed and the latest data change on the front page', () => {
    expect(text(page(builds.first, 'indikatorer/kultur-idraetsforeninger'))).toContain('Senest opdateret 1. september 2026');
    expect(text(page(builds.first, ''))).toContain('Tallene er senest ændret 1. november 2026');
  });

  it('announces revisions and status changes in the indicator, area and site feeds', () => {
    const feed = file(builds.first, 'indikatorer/kultur-idraetsforeninger/feed.xml');
    parseXmlStrict(feed);
    expect(feed).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    // Named by series, with the unit and the page's decimals (value-entries.ts).
    expect(feed).toContain(
      'Rettet (København): 2025: 49,0\u00a0pct. → 42,2\u00a0pct. Idrætsforeninger 2025 revideret af Danmarks Statistik',
    );
    expect(feed).toContain('Ændret status: Medlemskaber af idrætsforeninger: grøn: På rette kurs → rød: Tilbagegang');
    expect(feed).toContain('<updated>2026-09-01T08:00:00Z</updated>');
    const area = file(builds.first, 'omraader/kultur-og-fritid/feed.xml');
    parseXmlStrict(area);
    expect(area).toContain('Ændret status: Kultur og fritid: grøn: På rette kurs → rød: Tilbagegang');
    const site = file(builds.first, 'feed.xml');
    expect(site).toContain('Rettet (København): 2024: 88\u00a0pct. → 87\u00a0pct. Tryghed 2024 rettet');
    expect(site).toContain('Ændret status: Kultur og fritid');
    parseXmlStrict(file(builds.first, 'feed.xsl'));
    const pages = page(builds.first, 'indikatorer/kultur-idraetsforeninger');
    expect(pages).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Medlemskaber af idrætsforeninger – Integrationsbarometeret" href="/indikatorer/kultur-idraetsforeninger/feed.xml"',
    );
  });

  it('builds the editions byte for byte the same from the same commit', () => {
    const files = listFiles(join(builds.first, 'dist')).filter((f) => f.startsWith('udgaver/'));
    expect(files.length).toBeGreaterThan(40);
    expect(listFiles(join(builds.second, 'dist')).filter((f) => f.startsWith('udgaver/'))).toEqual(files);
    const different = files.filter(
      (f) => !readFileSync(join(builds.first, 'dist', f)).equals(readFileSync(join(builds.second, 'dist', f))),
    );
    expect(different).toEqual([]);
  });

  it('keeps an old edition as published after new figures: charts and CSV unchanged, only »Ændret siden« moves', () => {
    const published = listFiles(join(builds.first, 'dist')).filter((f) => f.startsWith('udgaver/2026-03-01/indikatorer/'));
    const different = published.filter(
      (f) => !readFileSync(join(builds.first, 'dist', f)).equals(readFileSync(join(builds.later, 'dist', f))),
    );
    expect(different).toEqual([]);
    const before = page(builds.first, 'udgaver/2026-03-01');
    const after = page(builds.later, 'udgaver/2026-03-01');
    const cut = (html: string) => html.slice(0, html.indexOf('class="ib-since"'));
    expect(cut(after)).toBe(cut(before));
    expect(text(section(after, 'siden'))).toContain('2025: 49,0 pct. → 43,0 pct.');
  });
});
