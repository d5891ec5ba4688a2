/**
 * The 404 page as a visitor meets it: HTTP 404 at an unknown address, a Danish explanation, links
 * into the site, and a search form (GET to /soeg/?q=…) pre-filled with words from the missing
 * address; without JavaScript, when the search page cannot search, no form.
 */
import { expect, test } from './fixtures.ts';
import { SITE } from './site.ts';

const missing = `${SITE.base}breve/integrationsraadets-budget-2007/`;

test('an unknown address answers 404 with a useful Danish page', async ({ page }) => {
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  for (const name of ['Overblikket', 'Brevarkivet']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  const field = page.getByRole('searchbox', { name: 'Søgeord' });
  await expect(field).toHaveValue('integrationsraadets budget 2007');
  await field.fill('budget');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page).toHaveURL(new RegExp(`${SITE.base}soeg/\\?q=budget$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows no search form, which would lead to a search page that cannot search, but the ways into the site', async ({ page }) => {
    await page.goto(missing);
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    for (const name of ['Overblikket', 'Brevarkivet']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  });
});
