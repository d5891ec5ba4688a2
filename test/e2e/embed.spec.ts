/**
 * Embedding: another site can frame an indicator's embed page; the indicator page shows the iframe
 * code, which can be copied with the button (JavaScript) or selected by hand (no JavaScript); the
 * chart is also a standalone SVG file.
 */
import { expect, test } from './fixtures.ts';
import { NO_PAGES_HINT, PATTERNS, firstPage } from './site.ts';

const embedPath = firstPage(PATTERNS.embed);
const indicatorPath = embedPath?.replace(/indlejr\/$/, '');

test.beforeEach(() => {
  test.skip(!embedPath, NO_PAGES_HINT);
});

test('another site can show the embed page in an iframe', async ({ page, baseURL }) => {
  const src = new URL(embedPath!, baseURL).href;
  // A page on another origin, as a newspaper's article would be. It must be a loopback name too:
  // Chromium blocks a public page from framing a server on the local machine.
  const host = new URL(baseURL!);
  host.hostname = host.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  expect(host.origin).not.toBe(new URL(src).origin);
  // Open the host origin from the real server (a routed response counts as public) on a file with no
  // CSP of its own (the site's pages allow only their own frames), then write the host page.
  await page.goto(`${host.origin}${new URL(baseURL!).pathname}robots.txt`);
  await page.setContent(`<!doctype html><html lang="da"><title>Vært</title><iframe src="${src}" title="Graf" width="700" height="540"></iframe></html>`);
  expect(new URL(page.url()).origin).toBe(host.origin);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toBeVisible();
  await expect(frame.locator('figure svg[role="img"]').filter({ visible: true })).toHaveCount(1);
  const back = frame.getByRole('link', { name: /Se tallene og hele indikatoren/ });
  await expect(back).toHaveAttribute('target', '_blank');
  expect(new URL((await back.getAttribute('href'))!).pathname).toBe(new URL(indicatorPath!, baseURL).pathname);
});

test('the embed page is not indexed and has no site navigation', async ({ page }) => {
  await page.goto(embedPath!);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('nav')).toHaveCount(0);
});

test('the iframe code can be copied with the button', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(indicatorPath!);
  const code = page.locator('.ib-embed-code pre code');
  const text = (await code.innerText()).trim();
  expect(text).toMatch(/^<iframe src="[^"]+\/indlejr\/" title="Graf: .+" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/);
  await page.getByRole('button', { name: 'Kopiér koden' }).click();
  await expect(page.locator('.ib-embed-code [role="status"]')).toHaveText('Koden er kopieret.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the code is shown for selecting by hand, with no dead button', async ({ page }) => {
    await page.goto(indicatorPath!);
    await expect(page.getByText('HTML-kode til indlejring')).toBeVisible();
    await expect(page.locator('.ib-embed-code pre code')).toContainText('<iframe src=');
    await expect(page.getByRole('button', { name: 'Kopiér koden' })).toBeHidden();
  });
});

test('the chart is a standalone SVG file', async ({ request }) => {
  const res = await request.get(`${indicatorPath}graf.svg`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('svg');
  const body = await res.text();
  expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(body).toContain('<title id="graf-titel">');
  expect(body).toContain('Kilde: ');
});
