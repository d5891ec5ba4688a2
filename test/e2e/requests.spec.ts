/**
 * Privacy and integrity on every page: every request stays on 127.0.0.1 (no third-party fonts,
 * scripts, images or trackers; other hosts are blocked and recorded), every same-origin request
 * succeeds, the Content-Security-Policy is never violated, no script throws, and no cookie is set.
 */
import { expect, test } from './fixtures.ts';
import { firstPage, NO_PAGES_HINT, NOT_FOUND_PATH, PAGES, PATTERNS, SEARCH_WORD } from './site.ts';

const search = firstPage(PATTERNS.search);
const targets = [...PAGES, NOT_FOUND_PATH, ...(search ? [`${search}?q=${SEARCH_WORD}`] : [])];

test('the built site publishes pages to test', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
});

for (const path of targets) {
  test(`requests stay on 127.0.0.1: ${path}`, async ({ page, context }) => {
    const offsite: string[] = [];
    const failed: string[] = [];
    const cspViolations: string[] = [];
    const scriptErrors: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offsite.push(url.href);
      return route.abort('blockedbyclient');
    });
    page.on('response', (r) => {
      const isThisPage = r.request().isNavigationRequest() && r.url().endsWith(NOT_FOUND_PATH);
      if (r.status() >= 400 && !isThisPage) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => scriptErrors.push(e.message));

    await page.goto(path);
    await page.waitForLoadState('networkidle');

    expect(offsite, `forespørgsler til andre værter fra ${path}`).toEqual([]);
    expect(failed, `fejlede forespørgsler fra ${path}`).toEqual([]);
    expect(cspViolations, `CSP-overtrædelser på ${path}`).toEqual([]);
    expect(scriptErrors, `scriptfejl på ${path}`).toEqual([]);
    expect(await context.cookies(), `cookies efter ${path}`).toEqual([]);
    expect(await page.evaluate(() => document.cookie), `document.cookie på ${path}`).toBe('');
  });
}
