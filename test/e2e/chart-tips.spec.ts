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
