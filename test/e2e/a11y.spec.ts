/**
 * Every page the site publishes (sitemap), the 404 page and the search page with results shown,
 * each loaded once for two checks:
 * - privacy and integrity (request-watch.ts): every request stays on 127.0.0.1, none fails, no
 *   Content-Security-Policy violation, no script error, no cookie;
 * - axe-core: WCAG 2.0/2.1/2.2 A and AA rules, zero violations. No rule is disabled.
 * (Two visits per page took 4.9 + 1.6 s a page on CI's 2 cores; axe is loaded
 * with the page (axe.ts says why), makes no requests and runs only after the requests are checked.)
 */
import { axeViolations, installAxe } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { watchRequests } from './request-watch.ts';
import { firstPage, NO_PAGES_HINT, NOT_FOUND_PATH, PAGES, PATTERNS, SEARCH_WORD } from './site.ts';

const search = firstPage(PATTERNS.search);
const targets = [...PAGES, NOT_FOUND_PATH, ...(search ? [`${search}?q=${SEARCH_WORD}`] : [])];

test('the built site publishes pages to test', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
});

// The check itself can fail: an image without a text alternative, loaded both ways axe.ts offers.
test('axe reports a violation it is shown, with axe loaded before or after the page', async ({ page, context }) => {
  await page.setContent('<html lang="da"><title>Prøve</title><main><h1>Prøve</h1><img src="data:,"></main></html>');
  expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  await installAxe(context);
  await page.goto(PAGES[0] ?? '/');
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
  expect((await axeViolations(page)).join('\n')).toContain('image-alt');
});

for (const path of targets) {
  test(`requests stay on 127.0.0.1, and axe: ${path}`, async ({ page, context }) => {
    const checkRequests = await watchRequests(page, context);
    await installAxe(context);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await checkRequests(path);

    expect(await axeViolations(page), `axe-overtrædelser på ${path}`).toEqual([]);
  });
}
