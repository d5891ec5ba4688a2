/**
 * Builds the site under a sub-path and checks the archive in the output: the five real letters
 * are published at their permanent URLs with their case numbers, faithfully, and the sitemap
 * and feed list them with the base path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXmlStrict } from '../helpers/archive-xml.ts';
import { childEnv } from '../helpers/child-env.ts';

const LETTERS = [
  {
    slug: '2009-04-02-opsamling-integrationskonference-2009',
    sagsnr: '2009-9512',
    doknr: '2009-194106',
    date: '2009-04-02',
    text: '2. april 2009',
  },
  {
    slug: '2008-05-16-integrationsbarometrets-resultater-maj-2008',
    sagsnr: '2007-114951',
    doknr: '2008-255779',
    date: '2008-05-16',
    text: '16. maj 2008',
  },
  {
    slug: '2007-11-20-koncept-og-tema-for-integrationskonferencen',
    sagsnr: '2007-102467',
    doknr: '2007-432793',
    date: '2007-11-20',
    text: '20. november 2007',
  },
  {
    slug: '2007-03-26-budgetredegoerelse-for-integrationsindsatsen',
    sagsnr: '2006-742',
    doknr: '2007-86327',
    date: '2007-03-26',
    text: '26. marts 2007',
  },
  {
    slug: '2006-02-02-inspirationsmateriale-integrationsprocessen-budget-2007',
    sagsnr: '292118',
    doknr: '1759012',
    date: '2006-02-02',
    text: '2. februar 2006',
  },
];
const BASE = '/integrationsbarometer/';
const SITE = 'https://www.kk.dk';

let out = '';
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ib-archive-'));
  const env = childEnv();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: { ...env, OUT_DIR: join(out, 'dist'), ASTRO_CACHE_DIR: join(out, 'cache'), BASE_PATH: BASE, SITE_URL: SITE },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  out = join(out, 'dist');
}, 240_000);

afterAll(() => {
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('the five real letters', () => {
  it.each(LETTERS)('publishes $slug with sagsnr $sagsnr and dok.nr. $doknr', (l) => {
    const html = page(`breve/${l.slug}`);
    expect(html).toMatch(new RegExp(`<dt[^>]*>Sagsnr\\.</dt>\\s*<dd[^>]*>${l.sagsnr}</dd>`));
    expect(html).toMatch(new RegExp(`<dt[^>]*>Dok\\.nr\\.</dt>\\s*<dd[^>]*>${l.doknr}</dd>`));
    expect(html).toMatch(new RegExp(`<time datetime="${l.date}"[^>]*>${l.text}</time>`));
    expect(html).toContain(`data-pagefind-meta="sagsnr:${l.sagsnr}`);
    expect(html).toContain(`${SITE}${BASE}breve/${l.slug}/`);
    expect(html).toContain('id="afsnit-1"');
  });

  it('lists them newest first on /breve/', () => {
    const html = page('breve');
    const positions = LETTERS.map((l) => html.indexOf(`href="${BASE}breve/${l.slug}/"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps the authors\u2019 wording and fixes only conversion artefacts', () => {
    const l2006 = text(page(`breve/${LETTERS[4]!.slug}`));
    const l2007 = text(page(`breve/${LETTERS[3]!.slug}`));
    const bilag = text(page(`breve/${LETTERS[2]!.slug}`));
    const l2008 = text(page(`breve/${LETTERS[1]!.slug}`));
    const l2009 = page(`breve/${LETTERS[0]!.slug}`);
    expect(l2007).toContain('udsende retningslinier herfor.');
    expect(bilag).toContain('Alternative team-forslag:');
    expect(bilag).toContain('uddeling af en intern præmiering i Københavns Kommune');
    expect(bilag).toContain('på området kan inviteres til at fremlægge');
    expect(l2008).toContain('hovedindikatoren er rød/gul på [uddannelsesområdet] og opfordrer');
    expect(l2006).toContain('"Analyse af styrker, svagheder, muligheder og trusler i Københavns Kommunes" (bilag 1)');
    expect(l2009).not.toContain('METROPOLEN</p>');
    expect(text(l2009)).toContain('J.nr. 2009-45212 (fra Socialforvaltningens modtagelsesstempel)');
    // The contact block that sat mid-letter is metadata now; the last paragraph follows the rest.
    expect(l2007).toMatch(/særligt vedrørende sidstnævnte spørgsmål\. ¶ Link til afsnit \d+ Jeg vil bede jer om at indsende/);
  });
});

describe('sitemap and feed', () => {
  it('lists every built HTML page with the base path in a well-formed sitemap', () => {
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    const urls = Array.from(parseXmlStrict(xml).getElementsByTagName('loc')).map((l) => l.textContent ?? '');
    for (const l of LETTERS) expect(urls).toContain(`${SITE}${BASE}breve/${l.slug}/`);
    expect(urls).toContain(`${SITE}${BASE}konferencer/2009/`);
    for (const u of urls) {
      expect(u.startsWith(`${SITE}${BASE}`)).toBe(true);
      expect(existsSync(join(out, u.slice(`${SITE}${BASE}`.length), 'index.html'))).toBe(true);
    }
  });

  it('announces the letters in a well-formed Atom feed with absolute links under the base path', () => {
    const xml = readFileSync(join(out, 'feed.xml'), 'utf8');
    const links = Array.from(parseXmlStrict(xml).getElementsByTagName('link')).map((l) => l.getAttribute('href') ?? '');
    for (const l of LETTERS) expect(links).toContain(`${SITE}${BASE}breve/${l.slug}/`);
    expect(links.every((h) => h.startsWith(`${SITE}${BASE}`))).toBe(true);
  });
});
