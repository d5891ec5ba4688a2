/**
 * Every page the site publishes (sitemap), the 404 page and the search page with results shown,
 * each loaded once for two checks:
 * - privacy and integrity (request-watch.ts): every request stays on 127.0.0.1, none fails, no
 *   Content-Security-Policy violation, no script error, no cookie;
 * - axe-core: WCAG 2.0/2.1/2.2 A and AA rules, zero violations. No rule is disabled.
 * (Two visits per page took 4.9 + 1.6 s a page on CI's 2 cores; the requests are checked before axe
 * runs, so nothing axe does can count as the page's.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { watchRequests } from './request-watch.ts';
import { firstPage, NO_PAGES_HINT, NOT_FOUND_PATH, PAGES, PATTERNS, SEARCH_WORD } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const search = firstPage(PATTERNS.search);
const targets = [...PAGES, NOT_FOUND_PATH, ...(search ? [`${search}?q=${SEARCH_WORD}`] : [])];

test('the built site publishes pages to test', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
});

for (const path of targets) {
  test(`requests stay on 127.0.0.1, and axe: ${path}`, async ({ page, context }) => {
    const checkRequests = await watchRequests(page, context);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await checkRequests(path);

    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const report = violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'),
    );
    expect(report, `axe-overtrædelser på ${path}`).toEqual([]);
  });
}
