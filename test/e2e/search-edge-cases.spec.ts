/**
 * Search edge cases from a review of the findability change, in Chromium on the built site: a date
 * that does not exist, a date query under filters, a pasted paragraph in a reloaded link and in the
 * live region, and a result link whose fragment is not valid percent encoding. Facts come from the
 * five real letters in content/letters.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './console-errors.ts';

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('.ib-result');
const notes = (page: Page) => page.locator('[data-search-notes]');
const LETTER = 'breve/2009-04-02-opsamling-integrationskonference-2009/';

test.describe('søgning: kanttilfælde', () => {
  test('a date that does not exist says so and shows no pages', async ({ page }) => {
    // Was: two example goals with »310« and »2009«, as if they had the date.
    await page.goto('soeg/?q=31.02.2009');
    await expect(status(page)).toHaveText('Ingen resultater for »31.02.2009«');
    await expect(notes(page)).toHaveText('Datoen 31.02.2009 findes ikke. Tjek dag og måned.');
    await expect(results(page)).toHaveCount(0);
  });

  test('a date query under a filter does not say that no document has the date', async ({ page }) => {
    // The letter of 2. april 2009 exists; the year filter hides it.
    await page.goto('soeg/?q=2.4.2009&aar=2008');
    await expect(status(page)).toHaveText('Ingen resultater for »2.4.2009« med de valgte filtre');
    await expect(notes(page)).toHaveText('Ingen dokumenter inden for din afgrænsning har datoen 2. april 2009.');
  });

  test('a pasted paragraph is quoted short, and a reloaded link searches all of it', async ({ page }) => {
    const pasted = Array.from({ length: 80 }, (_, i) => (i % 2 ? 'integrationspolitikken' : `kvinder${i}`)).join(' ');
    await page.goto('soeg/');
    await page.locator('#soeg-q').focus();
    await page.keyboard.insertText(pasted);
    await expect(status(page)).toContainText('…«');
    const typed = await page.locator('#soeg-q').inputValue();
    expect(typed).toHaveLength(500);
    // The live region reads a short quote, not 500 characters.
    expect(((await status(page).textContent()) ?? '').length).toBeLessThan(160);
    // Was: cut to 200 characters on reload, another search than the one shared.
    await expect(page).toHaveURL(/q=/);
    await page.reload();
    await expect(page.locator('#soeg-q')).toHaveValue(typed.trim());
  });

  test('a word marked inside a closed »Vis ændringerne« is shown: the details are opened', async ({ page }) => {
    // Was: all marks inside the closed <details> of a change-history entry, nothing visible.
    const indicator = 'indikatorer/beskaeftigelsesfrekvens-16-64/';
    await page.goto(indicator);
    const entry = page.locator('.ib-history__item', { has: page.locator('details', { hasText: 'Platformens' }) }).first();
    const id = await entry.getAttribute('id');
    expect(id).toMatch(/^aendring-/);
    await page.goto(`${indicator}?fremhaev=Platformens#${id}`);
    const hit = page.locator('mark.ib-hit', { hasText: /^Platformens$/ }).first();
    await expect(hit).toBeVisible();
    expect(await hit.evaluate((m) => m.closest('details')?.open)).toBe(true);
  });

  test('a result link whose fragment is not valid percent encoding still highlights the words', async ({ page }) => {
    // Was: »URIError: URI malformed« on the page and nothing marked.
    await page.goto(`${LETTER}?fremhaev=kvinder#%E0%A4%A`);
    await expect(page.locator('mark.ib-hit').first()).toHaveText(/^kvinder$/i);
  });

  test('results with some of the words show no filter counts that say (0)', async ({ page }) => {
    // Was: »Brev (0)«, »2009 (0)« beside five letters with »Hougaard«.
    await page.goto('soeg/?q=kvinder');
    await page.locator('summary.ib-search__summary').click();
    // The filter index is loaded once counts show.
    await expect(page.locator('.ib-search__refine [data-count]').first()).toHaveText(/\(\d+\)/);
    await page.locator('#soeg-q').fill('Jacob Hougaard');
    await expect(status(page)).toContainText('med nogle af ordene i »Jacob Hougaard«');
    const counts = await page.locator('.ib-search__refine [data-count]').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => c.trim() !== '')).toEqual([]);
  });
  test('a month finds the documents dated in it first, and says so', async ({ page }) => {
    // Was: every page with »maj« and »2008« somewhere, ranked by how often they occur.
    await page.goto('soeg/?q=maj+2008');
    await expect(status(page)).toHaveText(/^\d+ resultat(er)? for »maj 2008«$/);
    await expect(notes(page)).toHaveText('Viser dokumenter fra maj 2008: først dem, der er dateret i måneden, så sider, der nævner den.');
    await expect(results(page).first().locator('.ib-result__meta time')).toHaveAttribute('datetime', '2008-05-16');
  });

  test('a month written in numbers, beside a word, finds that month’s document with the word', async ({ page }) => {
    await page.goto('soeg/?q=integrationskonferencen+11.2007');
    await expect(status(page)).toContainText('for »integrationskonferencen 11.2007«');
    await expect(results(page).first().locator('.ib-result__meta time')).toHaveAttribute('datetime', '2007-11-20');
    await expect(notes(page)).toContainText('Viser dokumenter fra november 2007, der har »integrationskonferencen«');
  });

  test('a month outside the chosen date range finds nothing and names the range as the reason', async ({ page }) => {
    await page.goto('soeg/?q=maj+2008&fra=2010-01');
    await expect(status(page)).toContainText('Ingen resultater for »maj 2008«');
    await expect(notes(page)).toHaveText('Ingen dokumenter inden for din afgrænsning er fra maj 2008 eller nævner måneden.');
  });
  test('sorted newest first, a month query still lists the documents dated in the month before pages that mention it', async ({ page }) => {
    // The 2009 conference report writes »november 2007«; it came first, under a note saying the dated ones do.
    await page.goto('soeg/?q=november+2007&sort=nyeste');
    await expect(status(page)).toContainText('for »november 2007«');
    await expect(results(page).first().locator('.ib-result__meta time')).toHaveAttribute('datetime', '2007-11-20');
  });

  test('»i maj 2008« and two months in one query are read as months', async ({ page }) => {
    await page.goto('soeg/?q=i+maj+2008');
    await expect(notes(page)).toHaveText('Viser dokumenter fra maj 2008: først dem, der er dateret i måneden, så sider, der nævner den.');
    await page.goto('soeg/?q=maj+2008+og+november+2007');
    await expect(notes(page)).toHaveText(
      'Viser dokumenter fra maj 2008 og november 2007: først dem, der er dateret i månederne, så sider, der nævner dem.',
    );
    const dates = await results(page)
      .locator('.ib-result__meta time')
      .evaluateAll((ts) => ts.slice(0, 2).map((t) => t.getAttribute('datetime')));
    expect(dates.sort()).toEqual(['2007-11-20', '2008-05-16']);
  });
});
