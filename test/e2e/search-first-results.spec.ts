/**
 * Precomputed first results (lib/search/first-results.ts) in Chromium: for a word the build answered
 * ahead, the search page shows the answer (the same results, count and excerpts Pagefind would give)
 * without fetching Pagefind's word index or fragments, and fetches them only when the visitor asks
 * for more or changes the order. The real site is too small to have such words, so the answer for
 * a word with many results is computed here exactly as the build does (answerFor) and served by
 * routing the answer files.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './console-errors.ts';
import { SITE } from './site.ts';
import { answerFor } from '../../scripts/lib/search/first-results.ts';
import { loadNodePagefind } from '../../scripts/lib/search/node-pagefind.ts';
import { OVER_STEMMED_CHECK, runSearch, type EngineDeps } from '../../src/lib/search/engine.ts';
import { searchCopy } from '../../src/lib/copy/search.ts';
import { siteDeps } from '../../src/client/site-files.ts';
import { firstResultsShardKey, type FirstResultsAnswer } from '../../src/lib/search/first-results.ts';
import { resultCountMessage } from '../../src/lib/search/format.ts';
import { stripParts } from '../../src/lib/search/index-only.ts';
import { PAGEFIND_OPTIONS, type Pagefind } from '../../src/lib/search/pagefind-api.ts';

const QUERY = 'integration';

/** The engine's dependencies as the search page has them when the build answered `query` (it loads more of its chunks). */
function answeredDeps(instance: Pagefind, siteUrl: string, query: string): EngineDeps {
  return { ...siteDeps(instance, siteUrl), answered: async (term) => term === query };
}
let pf: Pagefind;
let answer: FirstResultsAnswer;

test.beforeAll(async () => {
  pf = await loadNodePagefind(SITE.dir, { baseUrl: SITE.base, ...PAGEFIND_OPTIONS });
  answer = await answerFor(answeredDeps(pf, `${pathToFileURL(SITE.dir).href}/`, QUERY), QUERY);
  expect(answer.count, 'the query needs more than one page of results').toBeGreaterThan(10);
});

/** Serve the answer as the build would write it, and record what the page fetches from Pagefind's index. */
async function withAnswer(page: Page, query = QUERY, served = answer): Promise<string[]> {
  const shard = firstResultsShardKey(query);
  await page.route('**/soeg/filtre.json', async (route) => {
    const response = await route.fetch();
    const json = { ...((await response.json()) as object), answers: [shard] };
    await route.fulfill({ response, json });
  });
  await page.route(`**/soeg/svar/${shard}.json`, (route) => route.fulfill({ json: { [query]: 'svar-i-test' } }));
  await page.route('**/soeg/svar/svar-i-test.json', (route) => route.fulfill({ json: served }));
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\.pf_(index|fragment)$/.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
  return fetched;
}

const titles = (page: Page) => page.locator('.ib-result__link').allTextContents();

test.describe('forudberegnede første resultater', () => {
  test('an answered word shows the answer at once, without Pagefind’s word index', async ({ page }) => {
    const fetched = await withAnswer(page);
    await page.goto('soeg/');
    // The whole word in one input event: a pause while typing may search a prefix, which is not answered.
    await page.locator('[data-search-input]').fill(QUERY);
    await expect(page.getByRole('status')).toHaveText(resultCountMessage(answer.count, QUERY, false));
    await expect(page.locator('.ib-result')).toHaveCount(10);
    expect(await titles(page)).toEqual(answer.views.map((v) => v.title));
    // The paragraphs that matched, with their links, as the search would show them.
    await expect(page.locator('.ib-result mark').first()).toBeVisible();
    expect(fetched).toEqual([]);
  });

  test('»Vis flere« runs the full search and continues the same list', async ({ page }) => {
    const fetched = await withAnswer(page);
    await page.goto(`soeg/?q=${QUERY}`);
    await expect(page.locator('.ib-result')).toHaveCount(10);
    await page.locator('[data-search-more]').click();
    await expect(page.locator('.ib-result')).toHaveCount(Math.min(20, answer.count));
    // The engine's order, real pages before example pages (ordering.ts), as the answer's first ten.
    const full = await runSearch(answeredDeps(pf, `${pathToFileURL(SITE.dir).href}/`, QUERY), QUERY);
    const next = await Promise.all(full.results.slice(10, 20).map(async (r) => (await r.data()).meta.title ?? ''));
    expect((await titles(page)).slice(10)).toEqual(next.map((t) => stripParts(t)));
    expect(fetched.some((u) => u.endsWith('.pf_index'))).toBe(true);
  });

  test('»Vis flere« continues the answer’s list also after other searches', async ({ page }) => {
    // Pagefind matches a word against every index word loaded so far: after »komme«, the visitor's
    // instance finds 80 results for »ko«, a fresh search (what the answer is) 40, in another order.
    // The rest of the list must be the fresh search's, or later pages repeat and skip.
    const query = 'ko';
    const siteUrl = `${pathToFileURL(SITE.dir).href}/`;
    await pf.destroy();
    const fresh = await loadNodePagefind(SITE.dir, { baseUrl: SITE.base, ...PAGEFIND_OPTIONS });
    const served = await answerFor(answeredDeps(fresh, siteUrl, query), query);
    await fresh.destroy();
    const again = await loadNodePagefind(SITE.dir, { baseUrl: SITE.base, ...PAGEFIND_OPTIONS });
    const full = await runSearch(answeredDeps(again, siteUrl, query), query);
    const all = await Promise.all(full.results.map(async (r) => (await r.data()).meta.title ?? ''));
    expect(served.count, 'the query needs more than one page of results').toBeGreaterThan(10);
    await withAnswer(page, query, served);
    await page.goto('soeg/');
    await page.locator('[data-search-input]').fill('komme');
    await expect(page.getByRole('status')).toContainText('»komme«');
    await page.locator('[data-search-input]').fill(query);
    await expect(page.getByRole('status')).toHaveText(resultCountMessage(served.count, query, false));
    // At once, while the first page may still be filling (3 or 10 shown, so 13 or 20 after), then
    // page by page: each result once, in the fresh order.
    const more = page.locator('[data-search-more]');
    const items = page.locator('.ib-result');
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(10);
    for (let shown = await items.count(); shown < served.count; shown = await items.count()) {
      await more.click();
      await expect(items).toHaveCount(Math.min(shown + 10, served.count));
    }
    await expect(more).toBeHidden();
    expect(await titles(page)).toEqual(all.map((t) => stripParts(t)));
  });

  test('an answer for a word found only through its short stem says so, and offers no other word', async ({ page }) => {
    // What the build answers for »denne« in a large archive: the word is on two pages, neither among
    // the first OVER_STEMMED_CHECK of Pagefind's results for its stem »den« (engine.ts, Buried).
    const buried: FirstResultsAnswer = {
      q: 'denne',
      searched: 'denne',
      suggestions: [],
      buried: [{ word: 'denne', pages: 2, stem: 'den' }],
      count: 0,
      ids: [],
      views: [],
    };
    await withAnswer(page, 'denne', buried);
    await page.goto('soeg/');
    await page.locator('[data-search-input]').fill('denne');
    await expect(page.getByRole('status')).toHaveText(resultCountMessage(0, 'denne', false));
    await expect(page.locator('.ib-search__buried')).toHaveText(searchCopy.buried('denne', 2, 'den', OVER_STEMMED_CHECK));
    await expect(page.locator('.ib-search__buried')).toContainText('står på 2 sider i arkivet');
    await expect(page.locator('.ib-search__suggest')).toHaveCount(0);
  });

  test('another order searches Pagefind itself', async ({ page }) => {
    const fetched = await withAnswer(page);
    await page.goto(`soeg/?q=${QUERY}&sort=nyeste`);
    await expect(page.getByRole('status')).toHaveText(resultCountMessage(answer.count, QUERY, false));
    expect(fetched.some((u) => u.endsWith('.pf_index'))).toBe(true);
  });
});
