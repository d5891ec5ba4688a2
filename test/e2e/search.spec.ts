/**
 * /soeg/ in a real browser against the built site and its Pagefind index: Danish inflections,
 * compounds, names, case numbers, filters, shared URLs, the live region, keyboard use, and the
 * page without JavaScript. Facts come from the five real letters in content/letters.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './console-errors.ts';

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('.ib-result');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Søg i breve, konferencer og indikatorer' });

/** Type a query the way a visitor does and wait for the live region to report on it. */
async function search(page: Page, query: string): Promise<void> {
  await page.goto('soeg/');
  await searchBox(page).fill(query);
  await expect(status(page)).toContainText(`»${query}«`);
  await firstPageShown(page);
}

/** The page paints the first results at once and the rest of the first ten a moment later. */
async function firstPageShown(page: Page): Promise<void> {
  const n = Number(/^([\d.]+) (?:resultat|dokument)/.exec((await status(page).textContent()) ?? '')?.[1]?.replace(/\./g, '') ?? 0);
  await expect(results(page)).toHaveCount(Math.min(n, 10));
}

/**
 * The letter with this case number among the results. Conference reports carry their source
 * letters' case numbers too, so the type is part of the match.
 */
const resultWithCase = (page: Page, sagsnr: string) =>
  results(page)
    .filter({ has: page.locator('.ib-result__type', { hasText: /^Brev$/ }) })
    .filter({ has: page.locator('.ib-result__meta', { hasText: new RegExp(`Sagsnr\\. (.*, )?${sagsnr}(,|$| ·)`) }) });

test.describe('søgning', () => {
  test('an inflected word finds the letter that uses another form of it', async ({ page }) => {
    // No letter says "konferencer"; the 2009 letter says "Konferencen" and "konferencen".
    await search(page, 'konferencer');
    await expect(status(page)).toHaveText(/^\d+ resultat(er)? for »konferencer«$/);
    await expect(resultWithCase(page, '2009-9512')).toHaveCount(1);
    const marked = await resultWithCase(page, '2009-9512').locator('mark').allTextContents();
    expect(
      marked.some((m) => /^konferencen\W*$/i.test(m)),
      `marked: ${marked.join(' | ')}`,
    ).toBe(true);
  });

  test('the embed code on the indicator pages is not searchable', async ({ page }) => {
    // The <iframe> snippet and its instructions are the same on every indicator page: indexed, they
    // made »iframe« find 25 pages and showed HTML code in the excerpts of words next to them.
    await page.goto('soeg/');
    await searchBox(page).fill('iframe');
    await expect(status(page)).toContainText('Ingen resultater for »iframe«');
    await search(page, 'natten');
    await expect(results(page).first()).not.toContainText('width=');
  });

  test('download links and source addresses on the indicator pages are not searchable', async ({ page }) => {
    // »Data som JSON«, »Hent tallene: CSV, JSON« and the source's web address are on every indicator
    // page: indexed, »json« found all of them, and »avisen« ranked pages by »orestad-avis.dk«.
    await search(page, 'json');
    await expect(results(page).first()).toBeVisible();
    for (const href of await results(page)
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(href).not.toContain('/indikatorer/');
    await search(page, 'avisen');
    await expect(results(page).first()).not.toContainText('orestad-avis.dk');
  });
  test('a plural finds the singular in the definite form', async ({ page }) => {
    // The letter of 20-11-2007 says "Udgiften"; nobody writes "udgifterne" there.
    await search(page, 'udgifterne');
    await expect(resultWithCase(page, '2007-102467')).toHaveCount(1);
  });

  test('a word Pagefind stems short finds the pages with the word, not with its stem', async ({ page }) => {
    // Pagefind's Danish stemmer cuts »sommer« to »som« and »dette« to »det«: it finds every page
    // with »som« or »det«. »Sommer« is in one letter only; before, the search showed no results.
    await search(page, 'sommer');
    await expect(status(page)).toHaveText('1 resultat for »sommer«');
    await expect(resultWithCase(page, '2006-742')).toHaveCount(1);
    // The paragraph shown is the one with »Sommer«, and only that word is marked (not »som«).
    const marked = await resultWithCase(page, '2006-742').locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(
      marked.every((m) => /^sommer/i.test(m)),
      `marked: ${marked.join(' | ')}`,
    ).toBe(true);
    await search(page, 'dette');
    await expect(status(page)).toHaveText('4 resultater for »dette«');
  });

  test('a word finds the longer words it begins also in the next word-index chunk', async ({ page }) => {
    // »Fritidsudvalget« is the first word of the chunk after »fritid«'s: 18 results before, 20 now.
    await search(page, 'fritid');
    await expect(status(page)).toHaveText('20 resultater for »fritid«');
  });

  test('a compound word finds the letters that use it', async ({ page }) => {
    await search(page, 'integrationskonference');
    await expect(resultWithCase(page, '2009-9512')).toHaveCount(1);
    await expect(resultWithCase(page, '2007-102467')).toHaveCount(1);
    await search(page, 'budgetforhandlingerne');
    await expect(resultWithCase(page, '2006-742')).toHaveCount(1);
  });

  test("a person's name finds their letter and links to the paragraph that names them", async ({ page }) => {
    await search(page, 'Morten Binder');
    const letter = resultWithCase(page, '2006-742');
    await expect(letter).toHaveCount(1);
    await expect(letter.locator('mark', { hasText: 'Binder' }).first()).toBeVisible();
    const jump = letter.locator('a.ib-result__jump').first();
    const href = await jump.getAttribute('href');
    const id = /#(afsnit-\d+)/.exec(href ?? '')?.[1];
    expect(id, `paragraph link: ${href}`).toBeTruthy();
    await jump.click();
    await expect(page).toHaveURL(new RegExp(`#${id}`));
    await expect(page.locator(`#${id}`)).toContainText('Binder');
  });

  test('a case number or name used as an example in the data dictionary does not make /data/ a hit', async ({ page }) => {
    for (const q of ['2006-742', 'Claus Juhl']) {
      await search(page, q);
      await expect(results(page).first()).toBeVisible();
      await expect(results(page).locator('a.ib-result__link[href$="/data/"]'), q).toHaveCount(0);
    }
  });

  for (const [typed, sagsnr] of [
    ['2009-9512', '2009-9512'],
    ['2007-114951', '2007-114951'],
    ['2009–9512', '2009-9512'],
    ['2009-194106', '2009-9512'],
    // Without its hyphen, as a number is often copied from a journal system.
    ['2007114951', '2007-114951'],
  ] as const) {
    test(`the number ${typed} is found as typed`, async ({ page }) => {
      await search(page, typed);
      await expect(resultWithCase(page, sagsnr)).toHaveCount(1);
    });
  }

  test('a case number no document has finds nothing, not the pages of its year', async ({ page }) => {
    // Pagefind backed off from the unknown number to »2009« and listed 25 pages of that year.
    for (const typed of ['2009-123456', 'sagsnr. 2009-123456', '2009123456']) {
      await search(page, typed);
      await expect(status(page), typed).toContainText(`Ingen resultater for »${typed}«`);
      await expect(results(page)).toHaveCount(0);
    }
  });

  test('a year filter narrows the results and is kept in the URL', async ({ page }) => {
    await search(page, 'integrationspolitikken');
    const before = await results(page).count();
    await page.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: /^2007/ }).check();
    await expect(status(page)).toContainText('med de valgte filtre');
    await firstPageShown(page);
    await expect(page).toHaveURL(/[?&]aar=2007(&|$)/);
    const after = await results(page).count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    for (const time of await results(page).locator('.ib-result__meta time').all()) {
      await expect(time).toHaveAttribute('datetime', /^2007-/);
    }
  });

  test('a type filter keeps only letters', async ({ page }) => {
    await search(page, 'integration');
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Brev/ }).check();
    await expect(page).toHaveURL(/[?&]type=brev(&|$)/);
    await expect(status(page)).toContainText('med de valgte filtre');
    await firstPageShown(page);
    const types = await results(page).locator('.ib-result__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Brev']));
  });

  test('sorting by date puts the newest first', async ({ page }) => {
    await search(page, 'integrationspolitikken');
    await page.getByLabel('Sortering').selectOption('nyeste');
    await expect(page).toHaveURL(/[?&]sort=nyeste/);
    await expect(status(page)).toContainText('»integrationspolitikken«');
    await firstPageShown(page);
    const dates = await results(page)
      .locator('.ib-result__meta time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('a shared URL shows the same search after loading', async ({ page }) => {
    await search(page, 'integrationskonference');
    await page.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: /^2009/ }).check();
    await expect(status(page)).toContainText('med de valgte filtre');
    await firstPageShown(page);
    await expect(page).toHaveURL(/\/soeg\/\?q=integrationskonference&aar=2009$/);
    const shared = page.url();
    const titles = await results(page).locator('.ib-result__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);

    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(other.getByRole('status')).toHaveText(
      `${titles.length} ${titles.length === 1 ? 'resultat' : 'resultater'} for »integrationskonference« med de valgte filtre`,
    );
    await expect(other.locator('.ib-result__title')).toHaveText(titles);
    await expect(searchBox(other)).toHaveValue('integrationskonference');
    await expect(other.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: /^2009/ })).toBeChecked();
    await expect(resultWithCase(other, '2009-9512')).toHaveCount(1);
    await other.close();
  });

  test('the live region announces the count in Danish, and "no results" too', async ({ page }) => {
    await search(page, 'konferencer');
    await expect(page.getByText('Søgningen kræver JavaScript')).toBeHidden();
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toHaveText(/^\d+ resultat(er)? for »konferencer«$/);
    const n = Number(/^\d+/.exec((await status(page).textContent()) ?? '')?.[0]);
    expect(n).toBeGreaterThan(0);
    // Ten at a time; the rest behind a button that moves focus to the first new result.
    await expect(results(page)).toHaveCount(Math.min(n, 10));
    if (n > 10) {
      await expect(page.getByText(`Viser 10 af ${n}`)).toBeVisible();
      await page.getByRole('button', { name: 'Vis flere resultater' }).click();
      await expect(results(page)).toHaveCount(Math.min(n, 20));
      await expect(results(page).nth(10).locator('a.ib-result__link')).toBeFocused();
    }
    await searchBox(page).fill('xqzjvw');
    await expect(status(page)).toHaveText('Ingen resultater for »xqzjvw«');
    await expect(results(page)).toHaveCount(0);
  });

  test('the search page itself is not in the index', async ({ page }) => {
    // "anførselstegn" stands only in this page's hint.
    await search(page, 'anførselstegn');
    await expect(status(page)).toHaveText('Ingen resultater for »anførselstegn«');
    await expect(results(page)).toHaveCount(0);
  });

  test('a word the archive lacks gives no results, not pages with a short word it starts with', async ({ page }) => {
    // Pagefind alone answers "omkostninger" with every page containing "om".
    await search(page, 'omkostninger');
    await expect(status(page)).toHaveText('Ingen resultater for »omkostninger«');
    // No page has »natteravnene«; Pagefind backs off to »natt…« and finds pages with »natten«.
    await search(page, 'natteravnene');
    await expect(status(page)).toHaveText('Ingen resultater for »natteravnene«');
  });

  test('works with the keyboard alone, with visible focus', async ({ page }) => {
    await page.goto('soeg/');
    const box = searchBox(page);
    for (let i = 0; i < 25 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type('Jakob Hougaard');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('»Jakob Hougaard«');

    // Tab on to the first result's title link, passing the filters; each stop shows its focus.
    const firstLink = results(page).first().locator('a.ib-result__link');
    for (let i = 0; i < 80 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        const s = getComputedStyle(el);
        return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? 'ok' : `${el.tagName}#${el.id} has no outline`;
      });
      expect(['ok', 'body']).toContain(ring);
    }
    await expect(firstLink).toBeFocused();
    const target = await firstLink.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(target ?? '', page.url()).href);
  });

  test('a filter can be set with the keyboard', async ({ page }) => {
    await search(page, 'integrationspolitikken');
    const box2007 = page.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: /^2007/ });
    await box2007.focus();
    await page.keyboard.press('Space');
    await expect(box2007).toBeChecked();
    await expect(page).toHaveURL(/aar=2007/);
  });

  test('on a slow phone, filter counts arriving late leave the focus on the result it reached (WCAG 2.4.3)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('soeg/?q=integration');
    await expect(status(page)).toContainText('»integration«');
    await firstPageShown(page);
    // From now on the index answers slowly, as on a mobile connection.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    // Tab from the search box past »Søg« and the closed filter panel – reaching its summary asks for
    // the filter index – on to the first result.
    await searchBox(page).focus();
    const link = results(page).first().locator('a.ib-result__link');
    for (let i = 0; i < 6 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const href = await link.getAttribute('href');
    // The counts for this search arrive beside the filters; the results are not drawn again under the focus.
    await expect(page.locator('.ib-search__count').first()).toHaveText(/\(\d+\)/, { timeout: 20_000 });
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName)).toBe(href);
  });
});

test.describe('uden JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says first that search needs JavaScript, offers no dead-end form, and links to the archives', async ({ page }) => {
    await page.goto('soeg/?q=konference');
    const note = page.getByText('Søgningen kræver JavaScript');
    await expect(note).toBeVisible();
    // The note comes before the form in reading order, and the form (which could only reload the page empty) is hidden.
    const order = await page.locator('.ib-search__nojs, form[role="search"]').evaluateAll((els) => els.map((e) => e.tagName));
    expect(order).toEqual(['P', 'FORM']);
    await expect(page.getByRole('search')).toBeHidden();
    const archives = page.getByRole('navigation', { name: 'Gennemse arkiverne' });
    for (const [name, path] of [
      ['Breve', /\/breve\/$/],
      ['Konferencer og idékataloger', /\/konferencer\/$/],
      ['Indikatorer', /\/indikatorer\/$/],
    ] as const) {
      await expect(archives.getByRole('link', { name })).toHaveAttribute('href', path);
    }
  });
});
