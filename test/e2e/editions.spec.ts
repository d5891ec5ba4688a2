/**
 * Editions, dated citations, update dates and feeds as a visitor meets them (issue 14): /udgaver/ and
 * an edition's page with its banner, six areas, CSV and frozen chart; an indicator page's »Senest
 * opdateret«, »Næste opdatering forventes«, »Følg«, »Status i tidligere udgaver« and citation with a
 * permanent link that lands on the edition's row; a feed opened in the browser shows a Danish page.
 * At 390 and 1280 px, without sideways scrolling and with axe. Runs on the real data (one edition).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './console-errors.ts';
import { NO_PAGES_HINT, PAGES, SITE } from './site.ts';
import { readCsvRecords } from '../../src/lib/data/read-csv.ts';

const list = `${SITE.base}udgaver/`;
const editions = PAGES.filter((p) => new RegExp(`^${list}\\d{4}-\\d{2}-\\d{2}/$`).test(p));
const indicators = readCsvRecords(readFileSync(new URL('../../data/indicators.csv', import.meta.url), 'utf8')).rows;
/** An indicator whose source's publishing schedule is known (next_update filled in). */
const scheduled = indicators.find((r) => r['next_update']);

async function noSidewaysScroll(page: Page): Promise<void> {
  const r = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  expect(r.sw, `siden er ${r.sw} px bred i et vindue på ${r.cw} px`).toBeLessThanOrEqual(r.cw);
}

async function axe(page: Page): Promise<void> {
  // Chromium's own banner on XSLT pages ("XSLT is being removed") is the browser's, not the site's.
  expect(await axeViolations(page, { exclude: ['xslt-warning-banner'] })).toEqual([]);
}

test.beforeEach(() => {
  test.skip(editions.length === 0, `${NO_PAGES_HINT} (og data/editions.csv skal have en udgave)`);
});

for (const width of [390, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('/udgaver/ lists the editions, explains how they are made, and each opens as published', async ({ page }) => {
      await page.goto(list);
      await expect(page.locator('h1')).toHaveText('Udgaver af barometret');
      await expect(page.getByRole('heading', { name: 'Sådan er udgaverne lavet' })).toBeVisible();
      await expect(page.locator('main')).toContainText('beregnet med den regel, der gælder i dag');
      await noSidewaysScroll(page);
      await axe(page);
      const links = page.locator(`main a[href^="${list}2"]`);
      await expect(links).toHaveCount(editions.length);
      await links.first().click();
      await expect(page).toHaveURL(new RegExp(`${list}\\d{4}-\\d{2}-\\d{2}/$`));
      await expect(page.getByRole('note')).toContainText(/Du ser udgaven fra \d{1,2}\. \p{L}+ \d{4}\./u);
    });

    test('an edition shows the six areas with status, figures, trend, its CSV and a chart that never changes', async ({
      page,
      request,
    }) => {
      await page.goto(editions[0]!);
      await expect(page.getByRole('note')).toContainText('Du ser udgaven fra');
      await expect(page.locator('.ib-edition-area h3')).toHaveCount(6);
      await expect(page.locator('.ib-edition-area h3').first()).toContainText('Beskæftigelse');
      // Status in words, never by colour alone.
      await expect(page.locator('.ib-edition-area h3').first()).toContainText(
        /På rette kurs|For langsomt|Tilbagegang|Stilstand|Ingen status|Fremgang/,
      );
      await expect(page.getByRole('heading', { name: 'Ændret siden udgaven' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sådan citerer du udgaven' })).toBeVisible();
      await noSidewaysScroll(page);
      await axe(page);
      // Every table scrolls by keyboard inside its own frame.
      for (const wrap of await page.locator('.ib-edition-area .ib-table-wrap').all()) await expect(wrap).toHaveAttribute('tabindex', '0');
      const csv = await page.locator('a[href$="/data.csv"]').first().getAttribute('href');
      const res = await request.get(csv!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('text/csv');
      expect((await res.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^indicator;period;/);
      const embed = await page.locator('a[href$="/indlejr/"]').first().getAttribute('href');
      expect(embed).toMatch(new RegExp(`^${editions[0]!}indikatorer/[^/]+/indlejr/$`));
      await page.goto(embed!);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('figure svg[role="img"]').filter({ visible: true })).toHaveCount(1);
      await expect(page.locator('body')).toContainText('og ændres ikke.');
      await noSidewaysScroll(page);
      await axe(page);
    });

    test('an edition prints each value in the unit the live pages use: »indeks«, a count with its noun', async ({ page }) => {
      await page.goto(editions[0]!);
      let checked = 0;
      for (const r of indicators) {
        const row = page.locator(`#indikator-${r['id']}`);
        if ((await row.count()) === 0) continue;
        const cell = ((await row.locator('td').nth(1).textContent()) ?? '').trim();
        if (cell === '–') continue;
        const nouns = (r['unit_noun'] ?? '')
          .split('/')
          .map((n) => n.trim())
          .filter(Boolean);
        // The live pages' forms (registry/units.ts): »indeks 80,02«, »0 områder«, »68,2 pct.«.
        if (r['unit'] === 'indeks') expect(cell, r['id']).toMatch(/^indeks \d/);
        else if (r['unit'] === 'antal' && nouns.length > 0)
          expect(cell, r['id']).toMatch(new RegExp(`^\\d[\\d.]*\\s(${nouns.join('|')}) \\(`));
        else if (r['unit'] === 'pct') expect(cell, r['id']).toMatch(/^\d[\d.,]*\spct\. \(/);
        if (r['unit'] !== 'pct') expect(cell, r['id']).not.toContain('pct.');
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
      // A main indicator's reason speaks its unit's change too: »indekspoint«, not »procentpoint«.
      for (const r of indicators.filter((i) => i['main'] === 'ja' && i['unit'] === 'indeks')) {
        const why = page.locator(`#omraade-${r['area']}`).locator('xpath=..').locator('.ib-edition-area__why');
        if (await why.count()) await expect(why).not.toContainText(/pct\.|procentpoint/);
      }
      // A unit renamed since the edition is said so, not passed off as what the edition showed.
      for (const li of await page.locator('.ib-edition-units li').all()) await expect(li).toHaveText(/: »[^«]+« i udgaven, »[^«]+« i dag$/);
    });

    test('the citation says the figures changed only when a figure changed, not a unit’s name or a note', async ({ page }) => {
      const newest = [...editions].sort().at(-1)!;
      await page.goto(newest);
      // Indicators whose only changes since the edition are words: the unit's name, a note, a source.
      const flagChange =
        /(foreløbig|revideret|brud i serien|skønnet|ingen markering) → |→ (foreløbig|revideret|brud i serien|skønnet|endelig|ingen markering)\b/;
      const wordsOnly: string[] = [];
      for (const item of await page.locator('.ib-since__item').all()) {
        const terms = (await item.locator('dt').allTextContents()).map((t) => t.trim());
        if (!terms.every((t) => t === 'Enhed dengang → nu' || t === 'Ny markering, note eller kilde')) continue;
        if (flagChange.test((await item.locator('dd').allTextContents()).join(' '))) continue;
        const link = await item.locator('h3 a').getAttribute('href');
        if (link) wordsOnly.push(link);
      }
      test.skip(wordsOnly.length === 0, 'ingen indikator har kun ændrede ord siden den nyeste udgave');
      for (const path of wordsOnly) {
        await page.goto(path);
        const cite = page.locator('#citer').locator('xpath=..');
        await expect(cite, path).not.toContainText('Tallene er ændret siden');
        await expect(cite, path).toContainText('kun beskrivelsen');
        // The figures are the edition's, so the citation's permanent link is the edition's row.
        await expect(cite.locator(`a[href^="${newest}"]`).first()).toBeVisible();
      }
    });

    test('an indicator page: when updated, when next, follow, status in earlier editions, a dated citation', async ({ page, request }) => {
      test.skip(!scheduled, 'ingen indikator har next_update i data/indicators.csv');
      const id = scheduled!['id']!;
      const path = `${SITE.base}indikatorer/${id}/`;
      await page.goto(path);
      const dates = page.locator('.ib-update-dates');
      // »Næste opdatering forventes« before the day; »Næste opdatering: var forventet …« once it has passed.
      await expect(dates.locator('dt')).toHaveText(['Senest opdateret', /^Næste opdatering( forventes)?$/]);
      const passed = ((await dates.locator('dd').nth(1).textContent()) ?? '').startsWith('var forventet');
      await expect(dates.locator('dt').nth(1)).toHaveText(passed ? 'Næste opdatering' : 'Næste opdatering forventes');
      await expect(dates.locator('dd').first().locator('time')).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}$/u);
      // The feed: »Følg« and <link rel="alternate"> point at the same Atom file.
      const follow = page.getByRole('link', { name: 'Følg indikatoren (Atom-feed)' });
      const feed = await follow.getAttribute('href');
      expect(feed).toBe(`${path}feed.xml`);
      await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`)).toHaveCount(1);
      const atom = await request.get(feed!);
      expect(atom.status()).toBe(200);
      expect(await atom.text()).toContain('<?xml-stylesheet type="text/xsl"');
      // »Status i tidligere udgaver«: a row per edition, with that edition's figures as CSV.
      const history = page.locator('#tidligere-udgaver').locator('xpath=..');
      await expect(history.locator('tbody tr')).toHaveCount(editions.length);
      const rowCsv = await history.locator('tbody tr a[href$="/data.csv"]').first().getAttribute('href');
      expect(rowCsv).toMatch(new RegExp(`^${list}\\d{4}-\\d{2}-\\d{2}/indikatorer/${id}/data\\.csv$`));
      expect((await request.get(rowCsv!)).status()).toBe(200);
      // The citation names the edition and the day retrieved; its permanent link lands on the indicator's row.
      const cite = page.locator('#citer').locator('xpath=..');
      await expect(cite).toContainText('Hentet');
      await expect(cite).toContainText(/Udgave|Seneste udgave/);
      await noSidewaysScroll(page);
      await axe(page);
      const permanent = cite.locator(`a[href*="/udgaver/"][href*="#indikator-${id}"]`).first();
      if (await permanent.count()) {
        await permanent.click();
        await expect(page.locator(`#indikator-${id}`)).toBeVisible();
        await expect(page.locator(`#indikator-${id}`)).toContainText(scheduled!['title']!);
      }
    });

    test('a feed opened in the browser reads as a Danish page', async ({ page }) => {
      const path = `${SITE.base}omraader/${indicators[0]!['area']}/feed.xml`;
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      await expect(page.locator('h1')).toContainText('Integrationsbarometeret');
      await expect(page.getByRole('heading', { name: 'Sådan følger du med' })).toBeVisible();
      await expect(page.locator('.ib-feed__address')).toContainText(/\/feed\.xml$/);
      await expect(page.locator('.ib-feed__entry').first()).toBeVisible();
      await expect(page.locator('.ib-feed__meta time').first()).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}$/u);
      await noSidewaysScroll(page);
      await axe(page);
    });

    test('an area page: follow the area and cite it with the edition', async ({ page, request }) => {
      const area = indicators[0]!['area']!;
      await page.goto(`${SITE.base}omraader/${area}/`);
      const feed = await page.getByRole('link', { name: 'Følg området (Atom-feed)' }).getAttribute('href');
      expect(feed).toBe(`${SITE.base}omraader/${area}/feed.xml`);
      await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`)).toHaveCount(1);
      expect((await request.get(feed!)).status()).toBe(200);
      const cite = page.locator('#citer').locator('xpath=..');
      await expect(cite).toContainText('Hentet');
      await expect(cite.locator(`a[href^="${list}"]`).first()).toBeVisible();
      await noSidewaysScroll(page);
    });

    test('the front page says when the figures last changed and links the newest edition', async ({ page }) => {
      await page.goto(SITE.base);
      await expect(page.locator('main')).toContainText(/Tallene er senest ændret \d{1,2}\. \p{L}+ \d{4}/u);
      await expect(page.getByRole('link', { name: 'Udgaver af barometret' }).first()).toHaveAttribute('href', list);
    });
  });
}
