/**
 * The charts' optional enhancement (<ib-chart-tips> in IndicatorFigure): with JavaScript the chart
 * is one tab stop, the arrow keys step through the points, a tooltip shows the value and the status
 * line reads it out; the script runs under the site's Content-Security-Policy without errors.
 */
import { expect, test } from './fixtures.ts';
import { firstPage, NO_PAGES_HINT, PATTERNS } from './site.ts';

const indicator = firstPage(/indikatorer\/[^/]+\/$/);

for (const width of [375, 1280]) {
  test(`chart tooltip by keyboard and pointer at ${width} px`, async ({ page }) => {
    expect(indicator, NO_PAGES_HINT).toBeDefined();
    expect(PATTERNS.indicator.test(indicator as string)).toBe(true);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewportSize({ width, height: 900 });
    await page.goto(indicator as string);

    const svg = page.locator('ib-chart-tips svg.ib-chart').filter({ visible: true }).first();
    await expect(svg).toHaveAttribute('tabindex', '0');
    const tip = page.locator('ib-chart-tips .ib-figure__tip').first();
    const live = page.locator('ib-chart-tips [role="status"]').first();

    await svg.focus();
    await expect(live).toHaveText('Brug piletasterne for at gå gennem målingerne.');
    await page.keyboard.press('ArrowRight');
    await expect(tip).toBeVisible();
    const first = await tip.textContent();
    expect(first).toMatch(/^.+, \d{4}.*: [\d.,\u2212]+/);
    await expect(live).toHaveText(first as string);
    await page.keyboard.press('End');
    expect(await tip.textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();

    const box = await svg.boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await expect(tip).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('operable, the chart is an application described as a »graf«, named and described as the printed image (WCAG 4.1.2)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(indicator as string);
  const svg = page.locator('ib-chart-tips svg.ib-chart').filter({ visible: true }).first();
  // A screen reader passes the arrow keys to an application; to an image it never does, so the hint would mislead.
  await expect(svg).toHaveAttribute('role', 'application');
  await expect(svg).toHaveAttribute('aria-roledescription', 'graf');
  await expect(svg).toHaveAttribute('tabindex', '0');
  await expect(svg).toHaveAccessibleName((await svg.locator('title').textContent()) ?? '');
  await expect(svg).toHaveAccessibleDescription(
    (await svg.locator('xpath=ancestor::figure[1]').locator('.ib-figure__desc').textContent()) ?? '',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the chart is an image with its title and description, and no tab stop', async ({ page }) => {
    await page.goto(indicator as string);
    const svg = page.locator('ib-chart-tips svg.ib-chart').filter({ visible: true }).first();
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg).not.toHaveAttribute('tabindex');
    await expect(svg).not.toHaveAttribute('aria-roledescription');
    await expect(svg).toHaveAccessibleName((await svg.locator('title').textContent()) ?? '');
  });
});

test('the pointer’s tooltip: Esc hides it wherever the focus is, and it stays while the pointer is on it (WCAG 1.4.13)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(indicator as string);
  const svg = page.locator('ib-chart-tips svg.ib-chart').filter({ visible: true }).first();
  const tip = page.locator('ib-chart-tips .ib-figure__tip').first();
  // The focus is elsewhere: on the page's first link in <main>.
  await page.locator('main a').first().focus();
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // Shown again; the pointer moves up onto the tooltip, which stays with the same value.
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(tip).toBeVisible();
  const value = await tip.textContent();
  const t = (await tip.boundingBox())!;
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 8 });
  expect(
    await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.classList.contains('ib-figure__tip'),
      [t.x + t.width / 2, t.y + t.height / 2],
    ),
  ).toBe(true);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(value ?? '');
  // Off the tooltip and the chart, it goes.
  await page.mouse.move(2, 2, { steps: 4 });
  await expect(tip).toBeHidden();
});
