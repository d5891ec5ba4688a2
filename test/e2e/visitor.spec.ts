/**
 * What a visitor sees (issue 17): every page template fits a 320 and a 390 px phone without sideways
 * scrolling, and a 360 px phone with the browser's text at 200 %; no raw period code (2024K4, 2024-12) in the text a reader sees; charts, trend arrows and
 * status badges keep their contrast in forced colours (Windows high contrast); the sitemap lists only
 * pages that may be indexed and robots.txt names it; the trend says how the value moved and, apart
 * from that, whether it is good.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { firstPage, NO_PAGES_HINT, NOT_FOUND_PATH, PAGES, PATTERNS, SEARCH_WORD, SITE } from './site.ts';
import { RAW_PERIOD_CODE } from '../../src/lib/format/period.ts';
import { elements, parseHtml, text } from '../helpers/html.ts';

const search = firstPage(PATTERNS.search);
const targets = [...PAGES, NOT_FOUND_PATH, ...(search ? [`${search}?q=${SEARCH_WORD}`] : [])];
/**
 * The pages in four runs of consecutive pages, each its own test: one test visiting every page took
 * ~48 s and, started last, kept one worker busy after the other had finished.
 */
const RUNS = 4;
const runs = Array.from({ length: RUNS }, (_, i) => {
  const size = Math.ceil(targets.length / RUNS);
  const paths = targets.slice(i * size, (i + 1) * size);
  return { paths, name: `pages ${i * size + 1}–${i * size + paths.length} of ${targets.length}` };
}).filter((r) => r.paths.length > 0);

/** Every page of `paths` wider than the window, with the elements that stick out (a table's own scroll box excepted). */
async function sideways(page: Page, paths: readonly string[]): Promise<string[]> {
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    if (search && path.startsWith(search)) await page.waitForLoadState('networkidle');
    const r = await page.evaluate(() => {
      const cw = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > cw + 1 && !el.closest('.ib-table-wrap *'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
      return { sw: document.documentElement.scrollWidth, cw, culprits };
    });
    if (r.sw > r.cw) wide.push(`${path}: ${r.sw} px (${r.culprits.join(', ')})`);
  }
  return wide;
}

test('the built site publishes pages to test', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
  // Every template is among them, the embed pages included (they are not in the sitemap).
  for (const pattern of [PATTERNS.home, PATTERNS.area, PATTERNS.indicator, PATTERNS.embed, PATTERNS.letter, PATTERNS.search]) {
    expect(firstPage(pattern), String(pattern)).toBeDefined();
  }
});

for (const width of [320, 390]) {
  test.describe(`${width} px phone`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const run of runs) {
      test(`no page scrolls sideways at ${width} px (${run.name})`, async ({ page }) => {
        test.setTimeout(120_000);
        expect(await sideways(page, run.paths)).toEqual([]);
      });
    }

    test(`the front page heading is not cut inside the word at ${width} px`, async ({ page }) => {
      await page.goto(SITE.base);
      const h1 = page.locator('h1');
      const lines = await h1.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      // »Integrationsbarometeret« is one word: one line.
      expect(lines).toBe(1);
    });
  });
}

test.describe('200 % text on a 360 px phone (the browser’s font size at 32 px)', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const run of runs) {
    test(`no page scrolls sideways (${run.name})`, async ({ page }) => {
      test.setTimeout(120_000);
      // The browser's own text-size setting, as a reader with low vision sets it (WCAG 1.4.4): rem and em grow, px do not.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      expect(await sideways(page, run.paths)).toEqual([]);
    });
  }
});

/** One page of each template: the heading sizes are set per template and component. */
const templates = [
  '',
  'omraader/',
  'omraader/[^/]+/',
  'indikatorer/',
  'indikatorer/[^/]+/',
  'indikatorer/[^/]+/indlejr/',
  'breve/',
  'breve/aar/\\d{4}/',
  'breve/udvalg/[^/]+/',
  'breve/\\d{4}-[^/]+/',
  'forvaltninger/',
  'forvaltninger/[^/]+/',
  'forvaltninger/[^/]+/[^/]+/',
  'statusrapporter/\\d{4}/',
  'udgaver/',
  'udgaver/\\d{4}-\\d{2}-\\d{2}/',
  'konferencer/',
  'konferencer/\\d{4}/',
  'konferencer/\\d{4}/idekatalog/',
  'konferencer/ideer/',
  'konferencer/ideer/omraade/[^/]+/',
  'data/',
  'om/',
].flatMap((re) => PAGES.find((p) => new RegExp(`^${re}$`).test(p.slice(SITE.base.length))) ?? []);
const headingPages = [...templates, NOT_FOUND_PATH, ...(search ? [`${search}?q=${SEARCH_WORD}`] : [])];

/**
 * Headings that break the order of sizes on a page: every h2 and h3 smaller than the h1, and every h3
 * smaller than the h2 it follows (WCAG 1.3.1: on a phone the browser's 24 px h2 was larger than the
 * 19.5 px h1). Headings hidden or visually hidden are not seen, so they do not count.
 */
async function headingOrder(page: Page): Promise<string[]> {
  const wrong: string[] = [];
  for (const path of headingPages) {
    await page.goto(path);
    if (search && path.startsWith(search)) await page.waitForLoadState('networkidle');
    const found = await page.evaluate(() => {
      const seen = [...document.querySelectorAll<HTMLElement>('h1, h2, h3')].filter((h) => {
        const r = h.getBoundingClientRect();
        return r.width > 1 && r.height > 1;
      });
      const size = (h: HTMLElement) => parseFloat(getComputedStyle(h).fontSize);
      const name = (h: HTMLElement) => `${h.tagName.toLowerCase()} »${(h.textContent ?? '').trim().slice(0, 30)}« ${size(h)} px`;
      const h1 = Math.min(...seen.filter((h) => h.tagName === 'H1').map(size));
      const out: string[] = [];
      let h2: HTMLElement | undefined;
      for (const h of seen) {
        if (h.tagName !== 'H1' && size(h) >= h1) out.push(`${name(h)} ≥ h1 ${h1} px`);
        if (h.tagName === 'H2') h2 = h;
        if (h.tagName === 'H3' && h2 && size(h) >= size(h2)) out.push(`${name(h)} ≥ ${name(h2)}`);
      }
      return out;
    });
    wrong.push(...found.map((f) => `${path}: ${f}`));
  }
  return wrong;
}

for (const [width, large] of [
  [320, false],
  [375, false],
  [1280, false],
  [360, true],
  [1280, true],
] as const) {
  test(`h1 > h2 > h3 in size at ${width} px${large ? ' with 200 % text' : ''}`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(templates.length, NO_PAGES_HINT).toBeGreaterThan(15);
    await page.setViewportSize({ width, height: 800 });
    if (large) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    }
    expect(await headingOrder(page)).toEqual([]);
  });
}

for (const run of runs)
  test(`no raw period code in the text a reader sees (${run.name})`, async ({ page }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    for (const path of run.paths) {
      await page.goto(path);
      // Visible text, chart text (SVG <text>, <title>, <desc>), alt texts and labels; code samples (<code>) excepted.
      const text = await page.evaluate(() => {
        const parts: string[] = [document.title];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement;
          if (!parent || parent.closest('script, style, code, pre, template, [hidden]:not(svg *)')) continue;
          parts.push(n.textContent ?? '');
        }
        for (const el of document.querySelectorAll('[aria-label], [alt], [title], [data-tip]')) {
          parts.push(
            el.getAttribute('aria-label') ?? '',
            el.getAttribute('alt') ?? '',
            el.getAttribute('title') ?? '',
            el.getAttribute('data-tip') ?? '',
          );
        }
        return parts.join('\n');
      });
      for (const line of text.split('\n')) {
        const m = RAW_PERIOD_CODE.exec(line);
        if (m) found.push(`${path}: »${line.trim().slice(0, 120)}«`);
      }
    }
    expect(found).toEqual([]);
  });

test('the feed and the graph files write periods in Danish', async ({ request }) => {
  const feed = await (await request.get(`${SITE.base}feed.xml`)).text();
  const entries = parseHtml(feed, { xml: true });
  const words = [...elements(entries, 'title'), ...elements(entries, 'summary')].map(text);
  expect(words.length).toBeGreaterThan(0);
  expect(words.filter((w) => RAW_PERIOD_CODE.test(w))).toEqual([]);
  const indicator = firstPage(PATTERNS.indicator)!;
  const svg = await (await request.get(`${indicator}graf.svg`)).text();
  const drawing = parseHtml(svg, { xml: true });
  const texts = [...elements(drawing, 'text'), ...elements(drawing, 'title'), ...elements(drawing, 'desc')].map(text);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => RAW_PERIOD_CODE.test(t))).toEqual([]);
});

test.describe('forced colours (Windows high contrast, dark theme)', () => {
  test.use({ colorScheme: 'dark', forcedColors: 'active' });

  /** Contrast of two CSS colours as the browser resolves them (rgb()). */
  const contrastIn = async (page: import('@playwright/test').Page, selector: string, property: 'fill' | 'stroke' | 'color') =>
    page
      .locator(selector)
      .filter({ visible: true })
      .first()
      .evaluate((el, prop) => {
        const parse = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
        const lum = (rgb: number[]) => {
          const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [
            number,
            number,
            number,
          ];
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const fg = lum(parse(getComputedStyle(el).getPropertyValue(prop)));
        const bg = lum(parse(getComputedStyle(document.documentElement).backgroundColor));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      }, property);

  test('chart labels, baseline, target, lines, trend arrows and status shapes stay visible', async ({ page }) => {
    const indicator = firstPage(PATTERNS.indicator)!;
    await page.goto(indicator);
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    const checks: [string, 'fill' | 'stroke' | 'color'][] = [
      ['svg.ib-chart .ib-chart__baseline text', 'fill'],
      ['svg.ib-chart .ib-chart__baseline line', 'stroke'],
      ['svg.ib-chart .ib-chart__tick', 'fill'],
      ['svg.ib-chart .ib-chart__unit', 'fill'],
      ['svg.ib-chart .ib-chart__label', 'fill'],
      ['svg.ib-chart .ib-chart__line', 'stroke'],
      ['svg.ib-chart .ib-chart__axis', 'stroke'],
      ['.ib-trend__icon path', 'stroke'],
      ['.ib-status__shape', 'stroke'],
      ['.ib-figure__swatch-line', 'stroke'],
    ];
    const low: string[] = [];
    for (const [selector, property] of checks) {
      if ((await page.locator(selector).filter({ visible: true }).count()) === 0) continue;
      const ratio = await contrastIn(page, selector, property);
      if (ratio < 4.5) low.push(`${selector} ${property}: ${ratio.toFixed(1)}:1`);
    }
    expect(low).toEqual([]);
    // An indicator with a target shows »Mål«: its label and line too.
    const withTarget = PAGES.filter((p) => PATTERNS.indicator.test(p));
    for (const path of withTarget) {
      await page.goto(path);
      if ((await page.locator('svg.ib-chart .ib-chart__target-line').count()) === 0) continue;
      expect(await contrastIn(page, 'svg.ib-chart .ib-chart__target-label text', 'fill')).toBeGreaterThanOrEqual(4.5);
      expect(await contrastIn(page, 'svg.ib-chart .ib-chart__target-line', 'stroke')).toBeGreaterThanOrEqual(4.5);
      break;
    }
  });

  test('the front page cards: sparkline and trend arrow visible', async ({ page }) => {
    await page.goto(SITE.base);
    expect(await contrastIn(page, '.ib-sparkline__line', 'stroke')).toBeGreaterThanOrEqual(4.5);
    // The dotted join of a survey measured every few years (Sundhed og omsorg).
    expect(await contrastIn(page, '.ib-sparkline__bridge', 'stroke')).toBeGreaterThanOrEqual(4.5);
    expect(await contrastIn(page, '.ib-trend__icon path', 'stroke')).toBeGreaterThanOrEqual(4.5);
  });
});

test('the sitemap lists no page that asks not to be indexed, and robots.txt names it', async ({ page, request }) => {
  const robots = await (await request.get(`${SITE.base}robots.txt`)).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl, robots).toMatch(/^https?:\/\/[^/]+\/.*sitemap\.xml$/);
  expect(new URL(sitemapUrl!).pathname).toBe(`${SITE.base}sitemap.xml`);
  const sitemap = await (await request.get(`${SITE.base}sitemap.xml`)).text();
  const locs = elements(parseHtml(sitemap, { xml: true }), 'loc').map((loc) => new URL(text(loc).trim()).pathname);
  expect(locs.filter((p) => PATTERNS.embed.test(p))).toEqual([]);
  for (const path of locs) {
    const html = await (await request.get(path)).text();
    expect(elements(parseHtml(html), 'meta', { name: 'robots', content: /noindex/ }), path).toEqual([]);
  }
  // The embed pages exist, are noindex, and have a favicon (no 404 for /favicon.ico).
  const embed = firstPage(PATTERNS.embed)!;
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  await page.goto(embed);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  expect(failed).toEqual([]);
});

test('the trend shows how the value moved, and separately whether that is good', async ({ page }) => {
  for (const path of PAGES.filter((p) => PATTERNS.indicator.test(p) || PATTERNS.area.test(p) || PATTERNS.home.test(p))) {
    await page.goto(path);
    for (const t of await page.locator('.ib-trend').all()) {
      const movement = await t.getAttribute('data-movement');
      const trend = await t.getAttribute('data-trend');
      const text = (await t.innerText()).replace(/\s+/g, ' ');
      const arrow = t.locator('.ib-trend__icon');
      if (!movement) {
        // No comparable pair (one value, or a series break): no arrow, and words that say why.
        await expect(arrow).toHaveCount(0);
        expect(text, path).toMatch(/Ingen tendens|Brud i serien/);
        continue;
      }
      // The arrow's direction is the value's: rising up, falling down, flat level.
      const d = await arrow.locator('path').getAttribute('d');
      expect({ movement, d }, path).toEqual({
        movement,
        d: { rising: 'M3 15L15 3M7 3h8v8', falling: 'M3 3l12 12M15 7v8H7', flat: 'M2 9h14M11 4l5 5-5 5' }[movement],
      });
      expect(text, path).toContain({ rising: 'Steg', falling: 'Faldt', flat: 'Stort set uændret' }[movement]);
      // And the words say whether that is good, apart from the movement.
      if (movement !== 'flat') expect(text, path).toMatch(trend === 'fremgang' ? /fremgang/ : /tilbagegang/);
      // A change the words call »Faldt« is a negative number, »Steg« a positive one.
      const change = /([+\u2212])[\d.,]+/.exec(text)?.[1];
      if (change && movement !== 'flat') expect(change, `${path}: ${text}`).toBe(movement === 'rising' ? '+' : '\u2212');
    }
  }
});

test('the footer’s »Sideoversigt« opens a page for people that reaches every section, area and archive year', async ({ page }) => {
  await page.goto(SITE.base);
  await page.locator('footer').getByRole('link', { name: 'Sideoversigt' }).click();
  await expect(page).toHaveURL(new RegExp(`${SITE.base}oversigt/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sideoversigt');
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const areas = PAGES.filter((p) => /\/omraader\/[^/]+\/$/.test(p));
  const years = PAGES.filter((p) => /\/breve\/aar\/\d{4}\/$/.test(p));
  expect(areas.length).toBe(6);
  expect(years.length).toBeGreaterThan(0);
  for (const p of [...areas, ...years, `${SITE.base}breve/`, `${SITE.base}data/`, `${SITE.base}forvaltninger/`, `${SITE.base}udgaver/`])
    expect(hrefs, p).toContain(p);
  // The XML sitemap is still one link away, for those who want it; single letters are not listed.
  expect(hrefs).toContain(`${SITE.base}sitemap.xml`);
  expect(hrefs.filter((h) => /\/breve\/\d{4}-\d\d-\d\d-/.test(h))).toEqual([]);
});

test('the footer’s »Nyheder« opens a page with the site feed’s entries and the feed’s address', async ({ page, request }) => {
  await page.goto(SITE.base);
  await page.locator('footer').getByRole('link', { name: 'Nyheder', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${SITE.base}nyheder/$`));
  const feed = await (await request.get(`${SITE.base}feed.xml`)).text();
  const titles = elements(parseHtml(feed, { xml: true }), 'entry').map((e) => text(elements(e, 'title')[0]!).trim());
  expect(titles.length).toBeGreaterThan(0);
  // The same entries, in the same order, each a link that works without a feed reader.
  await expect(page.locator('.ib-news__title')).toHaveText(titles);
  await expect(page.getByRole('link', { name: /Nyhedsfeed for hele sitet/ })).toHaveAttribute('href', `${SITE.base}feed.xml`);
  const first = page.locator('.ib-news__title a').first();
  const target = await first.getAttribute('href');
  expect((await request.get(target!)).status()).toBe(200);
});
