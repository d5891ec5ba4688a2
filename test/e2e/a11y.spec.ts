/**
 * axe-core on every page the site publishes (sitemap), on the 404 page and on the search page with
 * results shown: WCAG 2.0/2.1/2.2 A and AA rules, zero violations. No rule is disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { firstPage, NO_PAGES_HINT, NOT_FOUND_PATH, PAGES, PATTERNS, SEARCH_WORD } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const search = firstPage(PATTERNS.search);
const targets = [...PAGES, NOT_FOUND_PATH, ...(search ? [`${search}?q=${SEARCH_WORD}`] : [])];

test('the built site publishes pages to test', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
});

for (const path of targets) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    // Only search builds its content with JavaScript after load; other pages are complete at load.
    if (search && path.startsWith(search)) await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const report = violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'),
    );
    expect(report, `axe-overtrædelser på ${path}`).toEqual([]);
  });
}
