/**
 * Privacy and integrity of a page load: every request stays on 127.0.0.1 (no third-party fonts,
 * scripts, images or trackers; other hosts are blocked and recorded), every same-origin request
 * succeeds, the Content-Security-Policy is never violated, no script throws, and no cookie is set.
 * Used by a11y.spec.ts on the same visit as axe, so every page is loaded once for both.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { NOT_FOUND_PATH } from './site.ts';

/** Start watching before `page.goto`; call the returned check after the page has settled. */
export async function watchRequests(page: Page, context: BrowserContext): Promise<(path: string) => Promise<void>> {
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
  return async (path: string) => {
    expect(offsite, `forespørgsler til andre værter fra ${path}`).toEqual([]);
    expect(failed, `fejlede forespørgsler fra ${path}`).toEqual([]);
    expect(cspViolations, `CSP-overtrædelser på ${path}`).toEqual([]);
    expect(scriptErrors, `scriptfejl på ${path}`).toEqual([]);
    expect(await context.cookies(), `cookies efter ${path}`).toEqual([]);
    expect(await page.evaluate(() => document.cookie), `document.cookie på ${path}`).toBe('');
  };
}
