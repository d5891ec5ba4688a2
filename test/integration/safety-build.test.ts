/**
 * The content policy proven on real builds, bypassing the editor check as an attacker's pull
 * request built with a plain `astro build` would:
 * 1. The real content plus every hostile letter of the safety corpus builds; no page carries
 *    active content (in the letter text or anywhere: CSP, handlers, javascript:), front-matter
 *    HTML stays text, every content file has its page, and the build's environment (a canary
 *    variable) appears nowhere in the output.
 * 2. A conference report that tries to run code (export, {process.env…}) stops `npm run build`
 *    before anything is published: the previous dist/ is untouched, the editor sees a Danish
 *    summary with file:line:column and no stack trace, and the canary appears nowhere.
 * The builds run in node_modules/.cache (inside the repository: Astro keeps its intermediate
 * files next to an outside OUT_DIR in the shared <repo>/.astro/, see README »Benchmark«).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterPart } from '../../src/lib/build-parts.ts';
import { contentPages } from '../../scripts/lib/quality/content-pages.ts';
import { findActiveContent } from '../../scripts/lib/quality/active-content.ts';
import { proseRegions } from '../../scripts/lib/quality/prose-regions.ts';
import { scanPageSecurity } from '../../scripts/lib/quality/page-security.ts';
import { S } from '../helpers/safety-expected.ts';
import { element, elements, parseHtml, text } from '../helpers/html.ts';
import { childEnv } from '../helpers/child-env.ts';

const WORK = resolve('node_modules/.cache/ib-safety-build');
const CANARY = `ib-canary-${process.pid}-${Date.now()}`;
/** Front-matter fixtures the check refuses and a plain build cannot build (or, for 2099, would publish). */
const NOT_BUILDABLE = new Set([
  'empty-file',
  'sagsnr-leading-zeros',
  'sagsnr-as-date',
  'doknr-decimal',
  'jnr-in-stamp',
  'js-attachment',
  'slug-hijack',
  'front-matter-close-line',
  'future-letter',
  // A letter's files named wrongly in front matter: refused by the schema, so no build either.
  'attachment-file-and-href',
  'attachment-original-name',
  'attachment-path-escape',
  'attachment-same-name',
  'attachment-unknown-key',
]);
const hostileLetters = readdirSync(`${S}/letters`)
  .map((f) => f.replace(/\.md$/, ''))
  .filter((n) => !NOT_BUILDABLE.has(n))
  .sort();

const buildEnv = (extra: Record<string, string>) => childEnv({ IB_CANARY_SECRET: CANARY, ...extra });

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

let site = '';
let content = '';

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  content = join(WORK, 'hostile/content');
  cpSync('content', content, { recursive: true });
  for (const name of hostileLetters) cpSync(`${S}/letters/${name}.md`, join(content, 'letters', `${name}.md`));
  site = join(WORK, 'hostile/dist');
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: buildEnv({ BAROMETER_CONTENT_DIR: content, OUT_DIR: site, ASTRO_CACHE_DIR: join(WORK, 'hostile/cache') }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
}, 300_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a build with every hostile letter', () => {
  it('publishes each letter, with nothing active in its text', () => {
    for (const name of hostileLetters) {
      const html = readFileSync(join(site, 'breve', name, 'index.html'), 'utf8');
      const regions = proseRegions(html);
      expect(regions.length, name).toBeGreaterThan(0);
      for (const region of regions) expect(findActiveContent(region), name).toEqual([]);
    }
  });

  it('passes the page security scan on every page (CSP, hashed scripts, no handlers, no javascript:)', () => {
    for (const file of files(site).filter((f) => f.endsWith('.html'))) {
      expect(scanPageSecurity(readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });

  it('prints HTML in front matter as text', () => {
    const html = readFileSync(join(site, 'breve', 'html-in-title', 'index.html'), 'utf8');
    const h1 = element(parseHtml(html), 'h1');
    expect(text(h1)).toBe('<script>alert(1)</script> Et brev');
    expect(elements(h1, '*')).toEqual([]);
    // In attribute values (the description) "<" needs no escaping; what matters is that the parser
    // finds no such element and no script holding the editor's code.
    const injected: string[] = [];
    let inScript = false;
    const parser = new Parser({
      onopentag(name, a) {
        if (name === 'img' && a.src === 'x') injected.push('<img src=x>');
        inScript = name === 'script';
      },
      ontext(text) {
        if (inScript && text.includes('alert(1)')) injected.push(`<script>${text}`);
      },
      onclosetag() {
        inScript = false;
      },
    });
    parser.write(html);
    parser.end();
    expect(injected).toEqual([]);
  });

  it('has a page for every content file and no letter page without a file', () => {
    for (const page of contentPages(content)) {
      expect(page.route, page.file).toBeDefined();
      expect(existsSync(join(site, page.route ?? '', 'index.html')), page.file).toBe(true);
    }
    const letterFiles = new Set(
      contentPages(content)
        .filter((p) => p.collection === 'letters')
        .map((p) => p.route),
    );
    const letterPages = readdirSync(join(site, 'breve'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !['aar', 'udvalg'].includes(e.name))
      .map((e) => `/breve/${e.name}/`);
    expect(letterPages.sort()).toEqual([...letterFiles].sort());
  });

  it('never writes the build\u2019s environment into the site', () => {
    for (const file of files(site)) expect(readFileSync(file).includes(CANARY), file).toBe(false);
  });
});

describe('npm run build with a report that tries to run code', () => {
  // In two parts (src/lib/build-parts.ts) both Astro processes meet the report: the editor reads each error once.
  it.each([1, 2])(
    'stops before publishing, keeps dist/ as it was and says why in Danish (%i Astro process(es))',
    (parts) => {
      const dir = join(WORK, `code-${parts}`);
      const reports = join(dir, 'content');
      cpSync('content', reports, { recursive: true });
      writeFileSync(
        join(reports, 'conferences', '2009.mdx'),
        readFileSync('content/conferences/2009.mdx', 'utf8').replace(
          /\n---\n/,
          '\n---\n\nexport const leak = process.env.IB_CANARY_SECRET\n\nNøglen er {process.env.IB_CANARY_SECRET}.\n',
        ),
      );
      const out = join(dir, 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), '<p>forrige udgave</p>');
      const r = spawnSync(process.execPath, ['scripts/build.ts', '--skip-check'], {
        env: buildEnv({ BAROMETER_CONTENT_DIR: reports, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_PARTS: String(parts) }),
        encoding: 'utf8',
      });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status).toBe(1);
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>forrige udgave</p>');
      expect(existsSync(`${out}.staging`)).toBe(false);
      expect(existsSync(`${out}.staging-2`)).toBe(false);
      expect(output.match(/Astro-byggeriet stoppede/g)).toHaveLength(1);
      expect(output).toMatch(/conferences\/2009\.mdx:\d+:1: export er ikke tilladt i MDX/);
      expect(output).toMatch(
        /conferences\/2009\.mdx:\d+:\d+: \{…\} er kode i MDX og er ikke tilladt \(fik "\{process\.env\.IB_CANARY_SECRET\}"/,
      );
      expect(output).toContain('det offentliggjorte site er ikke ændret');
      expect(output).not.toMatch(/\n\s+at [\w.<]+ \(|Stack trace/);
      expect(output).not.toContain(CANARY);
      for (const file of files(dir)) expect(readFileSync(file).includes(CANARY), file).toBe(false);
    },
    300_000,
  );
});

describe('npm run build in two parts when a letter page fails in the second part', () => {
  it('stops both parts, publishes nothing, leaves no part folder and names the letter once', () => {
    const dir = join(WORK, 'letter-part-2');
    const content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    // A letter whose page the second part builds (src/lib/build-parts.ts letterPart).
    const slug = readdirSync(join(content, 'letters'))
      .map((f) => f.replace(/\.md$/, ''))
      .find((id) => letterPart(id, 2) === 1);
    expect(slug).toBeDefined();
    const letter = join(content, 'letters', `${slug}.md`);
    writeFileSync(letter, readFileSync(letter, 'utf8').replace(/\n---\n/, '\nindicators: [ingen-saadan-indikator]\n---\n'));
    const out = join(dir, 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--skip-check'], {
      env: buildEnv({ BAROMETER_CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_PARTS: '2' }),
      encoding: 'utf8',
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(existsSync(`${out}.staging-2`)).toBe(false);
    expect(output.match(/ukendt indikator i "indicators" \(fik "ingen-saadan-indikator"/g)).toHaveLength(1);
    expect(output).toContain(`${slug}`);
    expect(output).toContain('astro-build-del-2.log');
    expect(output).toContain('det offentliggjorte site er ikke ændret');
    expect(output).not.toMatch(/\n\s+at [\w.<]+ \(|Stack trace/);
  }, 300_000);
});
