/**
 * Back and Forward on /soeg/ (src/lib/search/history-entry.ts): Back returns to the search the
 * visitor chose or read, with its words, filters and results, not to every word typed on the way.
 * Facts come from the five real letters in content/letters.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './console-errors.ts';

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('.ib-result');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Søg i breve, konferencer og indikatorer' });
const year2007 = (page: Page) => page.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: /^2007/ });

async function typeAndWait(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(status(page)).toContainText(`for »${query}«`);
}

test.describe('søgning: tilbage og frem', () => {
  test('Back returns to the search chosen with Enter, and Forward to the next one', async ({ page }) => {
    await page.goto('soeg/');
    await typeAndWait(page, 'konferencer');
    await searchBox(page).press('Enter');
    await typeAndWait(page, 'integrationspolitikken');
    await expect(page).toHaveURL(/\/soeg\/\?q=integrationspolitikken$/);
    const later = await results(page).locator('.ib-result__title').allTextContents();

    await page.goBack();
    await expect(page).toHaveURL(/\/soeg\/\?q=konferencer$/);
    await expect(searchBox(page)).toHaveValue('konferencer');
    await expect(status(page)).toHaveText(/^\d+ resultat(er)? for »konferencer«$/);
    await expect(page).toHaveTitle(/^»konferencer« – /);

    await page.goForward();
    await expect(searchBox(page)).toHaveValue('integrationspolitikken');
    await expect(status(page)).toContainText('for »integrationspolitikken«');
    await expect(results(page).locator('.ib-result__title')).toHaveText(later);
  });

  test('a search whose results were read for a few seconds is kept without Enter', async ({ page }) => {
    await page.goto('soeg/');
    await typeAndWait(page, 'konferencer');
    // Reading the results (history-entry.ts, SETTLED_AFTER_MS).
    await page.waitForTimeout(3_200);
    await typeAndWait(page, 'integrationspolitikken');
    await page.goBack();
    await expect(searchBox(page)).toHaveValue('konferencer');
    await expect(status(page)).toContainText('for »konferencer«');
  });

  test('typing makes no entry per word: Back from a search typed straight on leaves the search page', async ({ page }) => {
    await page.goto('');
    await page.goto('soeg/');
    await typeAndWait(page, 'integration');
    await typeAndWait(page, 'integrationspolitikken');
    await page.goBack();
    await expect(page).not.toHaveURL(/\/soeg\//);
  });

  test('Back undoes a filter: the box is unticked and the results are the unfiltered ones again', async ({ page }) => {
    await page.goto('soeg/');
    await typeAndWait(page, 'integrationspolitikken');
    const unfiltered = await status(page).textContent();
    await year2007(page).check();
    await expect(status(page)).toContainText('med de valgte filtre');
    await expect(page).toHaveURL(/[?&]aar=2007(&|$)/);

    await page.goBack();
    await expect(page).toHaveURL(/\/soeg\/\?q=integrationspolitikken$/);
    await expect(status(page)).toHaveText(unfiltered ?? '');
    await expect(year2007(page)).not.toBeChecked();

    await page.goForward();
    await expect(year2007(page)).toBeChecked();
    await expect(status(page)).toContainText('med de valgte filtre');
  });

  test('a link within the page does not search again', async ({ page }) => {
    await page.goto('soeg/?q=konferencer');
    await expect(status(page)).toContainText('for »konferencer«');
    await page.evaluate(() => {
      location.hash = '#soeg-q';
    });
    const first = results(page).first();
    await first.evaluate((el) => el.setAttribute('data-kept', 'ja'));
    await page.goBack();
    await expect(page).toHaveURL(/\/soeg\/\?q=konferencer$/);
    // The same result element: the list was not drawn again.
    await expect(results(page).first()).toHaveAttribute('data-kept', 'ja');
  });

  test('Back and Forward show a date as the visitor typed it, not as the address writes it', async ({ page }) => {
    await page.goto('soeg/');
    await typeAndWait(page, 'integrationspolitikken');
    // The panel is open on a wide screen; on a narrow one the visitor opens it.
    const refine = page.locator('[data-search-refine]');
    if (!(await refine.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Afgræns og sortér').click();
    const from = page.getByLabel('Fra måned');
    await from.fill('2007');
    await from.press('Enter');
    await expect(page).toHaveURL(/[?&]fra=2007-01(&|$)/);
    await page.goBack();
    await expect(from).toHaveValue('');
    await page.goForward();
    await expect(from).toHaveValue('2007');
    await expect(status(page)).toContainText('for »integrationspolitikken«');
  });
});
