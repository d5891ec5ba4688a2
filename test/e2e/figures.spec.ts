/**
 * Real figures in the browser: the front page has no example-data banner and labels whom each
 * headline covers; flagged values show in the chart (hollow markers, a broken line with a dotted rule)
 * and the legend and table footnotes say why; the status trace names a break it spans; the city
 * comparison shows one small chart per municipality, a table, a description and working downloads.
 * At phone and desktop width, with and without JavaScript, and with axe on the figures themselves.
 * Pages are picked from the built site by what they contain, so no slug is hard-coded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { NO_PAGES_HINT, PAGES, PATTERNS, SITE } from './site.ts';

const html = (path: string): string => {
  const file = join(SITE.dir, path.slice(SITE.base.length), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};
const indicators = PAGES.filter((p) => PATTERNS.indicator.test(p));
const withText = (needle: string | RegExp) =>
  indicators.find((p) => (typeof needle === 'string' ? html(p).includes(needle) : needle.test(html(p))));
const breakPage = withText('class="ib-chart__break"');
const tracePage = withText(/<dt[^>]*>Brud i serien<\/dt>/);
const hollowPage = withText('ib-chart__marker--hollow');
const comparePage = withText('class="ib-figure ib-compare');
const axe = (page: Page, selector: string) => axeViolations(page, { include: [selector] });

test('the built site has pages with flags, a break in a status trace and a city comparison', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
  expect([breakPage, tracePage, hollowPage, comparePage].every(Boolean), 'sider med markeringer og sammenligning').toBe(true);
});

test('front page: no example-data banner, every area card says whom its figures cover and since when its status', async ({ page }) => {
  await page.goto(SITE.base);
  await expect(page.locator('.ib-banner')).toHaveCount(0);
  await expect(page.getByText('Eksempeldata', { exact: false })).toHaveCount(0);
  const cards = page.locator('.ib-area-card');
  await expect(cards).toHaveCount(6);
  for (const card of await cards.all()) {
    await expect(card.locator('.ib-area-card__coverage')).toHaveText(/^Omfatter: (alle københavnere|indvandrere.+)$/);
    // Status is measured from the baseline, the trend is the last change: each says so, so »Tilbagegang«
    // beside »→ Stort set uændret« is no contradiction.
    await expect(card.locator('.ib-area-card__since')).toHaveText(/^siden \d{4}/);
    await expect(card.locator('.ib-area-card__trend')).toHaveText(/^Seneste ændring:/);
  }
  // A card's trend that rests on an estimated, provisional or revised value says so, as the area
  // page's full trend sentence does (»Bemærk: tallet for 2022 er skønnet«).
  const areas = await cards.locator('.ib-area-card__link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const notes = await cards.locator('.ib-area-card__trend').allInnerTexts();
  for (const [i, url] of areas.entries()) {
    const area = await page.context().newPage();
    await area.goto(url);
    const detail =
      (await area
        .locator('.ib-trend__detail')
        .first()
        .innerText()
        .catch(() => '')) ?? '';
    const flagged = /Bemærk: (.+)\.$/.exec(detail.trim())?.[1];
    if (flagged) expect(notes[i], url).toContain(flagged);
    else expect(notes[i], url).not.toMatch(/skønnet|foreløbig|revideret/);
    await area.close();
  }
  // »Sådan beregnes status« lands on that section of /om/, not at the top of the page.
  await expect(page.getByRole('link', { name: 'Sådan beregnes status' })).toHaveAttribute('href', /om\/#status$/);
});

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a series break breaks the line, and the legend and the table say why', async ({ page }) => {
      await page.goto(breakPage as string);
      const figure = page.locator('section[aria-labelledby="udvikling"] figure');
      const chart = figure.locator('svg.ib-chart').filter({ visible: true });
      await expect(chart).toHaveCount(1);
      // Named by its title alone; the paragraph printed below describes it, so it is not read twice.
      const title = (await chart.locator('title').textContent()) ?? '';
      await expect(chart).toHaveAccessibleName(title);
      await expect(chart).toHaveAccessibleDescription((await figure.locator('.ib-figure__desc').textContent()) ?? '');
      // A vertical line has no width, so Playwright never calls it visible: it is drawn in the visible chart.
      await expect(chart.locator('line.ib-chart__break').first()).toBeAttached();
      const paths = await chart
        .locator('path.ib-chart__line')
        .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
      expect(Math.max(...paths), 'a broken line has more than one sub-path').toBeGreaterThan(1);
      const legend = figure.locator('.ib-figure__key-item--break').first();
      await expect(legend).toBeVisible();
      await expect(legend).toContainText('Brud i serien');
      const cell = figure.locator('td[data-flag="brud i serien"]').first();
      await expect(cell.locator('sup')).toBeVisible();
      await expect(cell).toContainText('(brud i serien, note');
      // The note's number is drawn, not written: copied text and search excerpts keep the value whole (not »77,461«).
      expect(await cell.innerText()).toMatch(/^\d[\d.,]*(?:\u00a0\S+)?\s\(brud i serien, note \d+\)$/);
      expect((await cell.locator('sup').boundingBox())?.width ?? 0).toBeGreaterThan(3);
      await expect(figure.locator('.ib-figure__footnotes li[data-flag="brud i serien"]').first()).toBeVisible();
      expect(await axe(page, 'section[aria-labelledby="udvikling"]')).toEqual([]);
    });

    test('estimated and provisional values are hollow, and the legend and footnotes name the flag', async ({ page }) => {
      await page.goto(hollowPage as string);
      const figure = page.locator('section[aria-labelledby="udvikling"] figure');
      await expect(figure.locator('svg.ib-chart').filter({ visible: true }).locator('.ib-chart__marker--hollow').first()).toBeVisible();
      await expect(figure.locator('.ib-figure__key-item--hollow').first()).toContainText('Hul markør');
      const flag = await figure.locator('.ib-chart__marker--hollow').first().getAttribute('data-flag');
      expect(['foreløbig', 'revideret', 'skønnet']).toContain(flag);
      await expect(figure.locator(`td[data-flag="${flag}"]`).first()).toContainText(`(${flag}, note`);
    });

    test('the status trace says when the comparison spans a break', async ({ page }) => {
      await page.goto(tracePage as string);
      const trace = page.locator('dl.ib-trace');
      await expect(trace.getByText('Brud i serien', { exact: true })).toBeVisible();
      await expect(trace).toContainText('sammenligningen går hen over bruddet i');
      await expect(page.locator('section[aria-labelledby="status"]')).toContainText('går hen over et brud i serien');
    });

    test('the city comparison: one small chart per municipality, a description, a table and downloads', async ({ page, request }) => {
      await page.goto(comparePage as string);
      const figure = page.locator('figure.ib-compare');
      await expect(figure).toBeVisible();
      const panels = figure.locator('.ib-compare__panel');
      const count = await panels.count();
      expect(count).toBeGreaterThanOrEqual(3);
      const visible = figure.locator('svg[role="img"]').filter({ visible: true });
      await expect(visible).toHaveCount(count);
      // A panel is named by its <title> and <desc> together (aria-labelledby): its description is its own text, printed nowhere else.
      await expect(visible.first()).toHaveAccessibleName(/^København København: fra /);
      await expect(visible.nth(1)).toHaveAccessibleName(/^\S+ sammenlignet med København .+ København: /);
      await expect(visible.nth(1).locator('.ib-compare__reference')).toBeVisible();
      // Small multiples share their scales: the same y ticks in every panel.
      const ticks = await visible.evaluateAll((svgs) =>
        svgs.map((s) => [...s.querySelectorAll('text.ib-compare__tick')].map((t) => t.textContent).join('|')),
      );
      expect(new Set(ticks).size).toBe(1);
      await expect(figure.locator('.ib-figure__desc')).toContainText(
        /København ligger (bedst|næstbedst|dårligst|næstdårligst|som nr\. \d+ af \d+)/,
      );
      const headers = await figure.locator('table thead th').allInnerTexts();
      expect(headers.slice(1, 3)).toEqual(['København', expect.stringMatching(/^(Aarhus|Odense|Aalborg|Frederiksberg)$/)]);
      if (width < 640) expect((await panels.first().boundingBox())!.width).toBeGreaterThan(300);
      else expect((await panels.first().boundingBox())!.width).toBeLessThan(320);
      const csv = figure.getByRole('link', { name: 'CSV (til Excel)' });
      const response = await request.get(new URL((await csv.getAttribute('href')) as string, page.url()).href);
      expect(response.status()).toBe(200);
      const text = await response.text();
      expect(text.startsWith('\uFEFFindicator;period;geo;municipality;value;flag;note;source;source_url;coverage')).toBe(true);
      expect(text).toMatch(/;101;København;/);
      expect(await axe(page, 'figure.ib-compare')).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
  test('flags and the comparison are drawn at build time', async ({ page }) => {
    await page.goto(comparePage as string);
    await expect(page.locator('figure.ib-compare svg[role="img"]').filter({ visible: true }).first()).toBeVisible();
    await expect(page.locator('figure.ib-compare table tbody tr').first()).toBeVisible();
    await page.goto(breakPage as string);
    await expect(page.locator('svg.ib-chart').filter({ visible: true }).locator('line.ib-chart__break').first()).toBeAttached();
  });
});

test('downloads carry each value’s flag and whom the figures cover', async ({ request }) => {
  const data = await (await request.get(`${SITE.base}data/measurements.csv`)).text();
  expect(data.split(/\r?\n/)[0]).toContain(';flag');
  expect(data).toMatch(/;brud i serien;/);
  const id = (breakPage as string).slice(SITE.base.length).split('/')[1];
  const csv = await (await request.get(`${SITE.base}indikatorer/${id}/data.csv`)).text();
  expect(csv.split(/\r?\n/)[0]).toBe('\uFEFFindicator;period;breakdown;value;source;note;geo;flag;source_url;coverage');
  expect(csv).toMatch(/;brud i serien;/);
  const json = await (await request.get(`${SITE.base}indikatorer/${id}/data.json`)).json();
  expect(json.indicator.coverage).toMatch(/^(alle københavnere|indvandrere)/);
  expect(json.rows.some((r: { flag: string | null }) => r.flag === 'brud i serien')).toBe(true);
  const svg = await (await request.get(`${SITE.base}indikatorer/${id}/graf.svg`)).text();
  expect(svg).toContain('stroke-dasharray="1 3"');
  expect(svg).toContain('Brud i serien');
  expect(svg).toContain('>Omfatter: ');
});
