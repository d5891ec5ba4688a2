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
    const embed = PATTERNS.embed.test(path);
    const root = page.locator(embed ? 'body' : 'main');
    const h1 = root.locator('h1');
    await expect(h1, `ingen synlig h1 på ${path}`).toBeVisible();
    expect((await h1.innerText()).trim().length, `tom overskrift på ${path}`).toBeGreaterThan(0);
    expect((await root.innerText()).trim().length, `næsten intet indhold på ${path}`).toBeGreaterThan(40);
    if (embed || PATTERNS.area.test(path) || PATTERNS.indicator.test(path)) {
      // Charts may come in a narrow and a wide version for different screens: one must show.
      const chart = root.locator('figure svg[role="img"]').filter({ visible: true }).first();
      await expect(chart, `ingen synlig SVG-graf på ${path}`).toBeVisible();
      const box = await chart.boundingBox();
      expect(box && box.width > 100 && box.height > 50, `grafen på ${path} har ingen synlig størrelse`).toBe(true);
    }
    if (PATTERNS.area.test(path) || PATTERNS.indicator.test(path)) {
      expect(await root.locator('table tbody tr').count(), `ingen datatabel med rækker på ${path}`).toBeGreaterThan(0);
    }
  });
}
