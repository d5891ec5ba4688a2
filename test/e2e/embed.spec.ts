/**
 * Embedding: another site can frame an indicator's embed page; the indicator page shows the iframe
 * code – »altid de nyeste tal« or »denne udgave, uændret« – which can be copied with the button
 * (JavaScript) or selected by hand (no JavaScript); the chart is also a standalone SVG file.
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
  await page.setContent(
    `<!doctype html><html lang="da"><title>Vært</title><iframe src="${src}" title="Graf" width="700" height="540"></iframe></html>`,
  );
  expect(new URL(page.url()).origin).toBe(host.origin);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toBeVisible();
  await expect(frame.locator('figure svg[role="img"]').filter({ visible: true })).toHaveCount(1);
  // The chart's numbers as a table too, behind a disclosure so the figure still fits the frame.
  await expect(frame.locator('figure table')).toBeHidden();
  await frame.getByText('Se tallene som tabel').click();
  await expect(frame.locator('figure table tbody tr').first()).toBeVisible();
  const back = frame.getByRole('link', { name: /Se tallene og hele indikatoren/ });
  await expect(back).toHaveAttribute('target', '_blank');
  expect(new URL((await back.getAttribute('href'))!).pathname).toBe(new URL(indicatorPath!, baseURL).pathname);
});

test('the embed page is not indexed and has no site navigation', async ({ page }) => {
  await page.goto(embedPath!);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('nav')).toHaveCount(0);
});

test('each embed page has its own title, naming the chart as its iframe code does (WCAG 2.4.2)', async ({ page }) => {
  await page.goto(indicatorPath!);
  const pageTitle = await page.title();
  const codes = await page.locator('.ib-embed-code pre code').allInnerTexts();
  expect(codes).toHaveLength(2);
  for (const code of codes) {
    const [, src, title] = /src="([^"]+)" title="([^"]+)"/.exec(code.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) ?? [];
    await page.goto(new URL(src!).pathname);
    // The iframe: »Graf: <chart> (Integrationsbarometeret)«; the page: »Graf: <chart> – Integrationsbarometeret«.
    expect(await page.title()).toBe(`${title!.replace(/ \(Integrationsbarometeret\)$/, '')} – Integrationsbarometeret`);
    expect(await page.title()).not.toBe(pageTitle);
  }
});

const IFRAME = (path: string) =>
  new RegExp(`^<iframe src="[^"]+${path}" title="Graf: .+" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>$`);

test('each iframe code (always the newest figures, this edition unchanged) can be copied with its button', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(indicatorPath!);
  const choices = page.locator('.ib-embed-code ib-copy-code');
  // »Altid de nyeste tal«, and »Denne udgave, uændret« when the indicator is in an edition (the real data has one).
  await expect(choices).toHaveCount(2);
  await expect(page.locator('.ib-embed-code h3')).toHaveText(['Altid de nyeste tal', 'Denne udgave, uændret']);
  const paths = ['/indikatorer/[^/]+/indlejr/', '/udgaver/\\d{4}-\\d{2}-\\d{2}/indikatorer/[^/]+/indlejr/'];
  for (const [i, path] of paths.entries()) {
    const choice = choices.nth(i);
    const text = (await choice.locator('pre code').innerText()).trim();
    expect(text).toMatch(IFRAME(path));
    // Each button names its code (»Kopiér koden: altid de nyeste tal«): two alike said nothing in a list of buttons (WCAG 2.4.6).
    const choiceName = ((await page.locator('.ib-embed-code h3').nth(i).textContent()) ?? '').toLowerCase();
    await expect(choice.getByRole('button')).toHaveAccessibleName(`Kopiér koden: ${choiceName}`);
    await choice.getByRole('button', { name: 'Kopiér koden' }).click();
    await expect(choice.locator('[role="status"]')).toHaveText('Koden er kopieret.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the codes are shown for selecting by hand, with no dead button', async ({ page }) => {
    await page.goto(indicatorPath!);
    await expect(page.getByText('HTML-kode til indlejring: altid de nyeste tal')).toBeVisible();
    await expect(page.getByText('HTML-kode til indlejring: denne udgave, uændret')).toBeVisible();
    for (const code of await page.locator('.ib-embed-code pre code').all()) await expect(code).toContainText('<iframe src=');
    const buttons = page.getByRole('button', { name: 'Kopiér koden', includeHidden: true });
    await expect(buttons).toHaveCount(2);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
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
