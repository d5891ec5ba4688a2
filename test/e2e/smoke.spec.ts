import { expect, test } from './fixtures.ts';

test('the front page is Danish and has a skip link to the main content', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til hovedindhold' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#indhold$/);
});
