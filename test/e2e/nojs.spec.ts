/**
 * Without JavaScript every page still shows its content, and area and indicator pages still show
 * their charts: an inline SVG chart (role="img") and the same data as a real table.
 */
import { expect, test } from './fixtures.ts';
import { NO_PAGES_HINT, PAGES, PATTERNS } from './site.ts';

test.use({ javaScriptEnabled: false });

test('the built site publishes pages to test', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
});

for (const path of PAGES) {
  test(`no JS: ${path} shows its content`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `HTTP-status for ${path}`).toBeLessThan(400);
    const main = page.locator('main');
    await expect(main.locator('h1')).toBeVisible();
    expect((await main.locator('h1').innerText()).trim().length, `tom overskrift på ${path}`).toBeGreaterThan(0);
    expect((await main.innerText()).trim().length, `næsten intet indhold på ${path}`).toBeGreaterThan(40);
    if (PATTERNS.area.test(path) || PATTERNS.indicator.test(path)) {
      const chart = main.locator('figure svg[role="img"]').first();
      await expect(chart, `ingen SVG-graf på ${path}`).toBeVisible();
      const box = await chart.boundingBox();
      expect(box && box.width > 100 && box.height > 50, `grafen på ${path} har ingen synlig størrelse`).toBe(true);
      await expect(main.locator('table').first(), `ingen datatabel på ${path}`).toBeAttached();
      expect(await main.locator('table tbody tr').count(), `tom datatabel på ${path}`).toBeGreaterThan(0);
    }
  });
}
