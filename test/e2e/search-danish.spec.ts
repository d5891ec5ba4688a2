/**
 * Search as a Danish journalist uses it, in Chromium on the built site: compounds found by a part,
 * æ/ø/å typed as aa/oe/ae, »Mente du …?« for typos, ranking of real documents, deep links that
 * land on the matched paragraph with the words highlighted (never a text fragment) on any indexed
 * page, the date range and slug filter values in the URL, hyphenated committee names, names typed
 * with å, queries no page has every word of, dates (alone and among words) and case-number labels, real pages before
 * example pages, date sorting without undated pages. The last test reads the built index itself for glued words.
 * Facts come from the five real letters in content/letters.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './console-errors.ts';
import { fragmentFiles } from '../../scripts/lib/search-index/fragments.ts';

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('.ib-result');
const notes = (page: Page) => page.locator('[data-search-notes]');

/** Search as a shared link does; the status names `shown`, what was searched (»Rådhuset« for »Raadhuset«). */
async function search(page: Page, query: string, params = '', shown = query): Promise<void> {
  await page.goto(`soeg/?q=${encodeURIComponent(query)}${params}`);
  await expect(status(page)).toContainText(`»${shown}«`);
  await firstPageShown(page);
}

/** The page paints the first results at once and the rest of the first ten a moment later. */
async function firstPageShown(page: Page): Promise<void> {
  const n = Number(/^([\d.]+) (?:resultat|dokument)/.exec((await status(page).textContent()) ?? '')?.[1]?.replace(/\./g, '') ?? 0);
  await expect(results(page)).toHaveCount(Math.min(n, 10));
}

/** Index in the result list of the letter with this case number, or -1. */
async function rankOfCase(page: Page, sagsnr: string): Promise<number> {
  const metas = await results(page).locator('.ib-result__meta').allTextContents();
  return metas.findIndex((m) => new RegExp(`Sagsnr\\. ${sagsnr}(,|$| ·)`).test(m) && m.startsWith('Brev'));
}

test.describe('søgning på dansk', () => {
  test('a compound is found by its last part, and its hidden parts never show', async ({ page }) => {
    // »integrationspriser« stands only in the letter of 20-11-2007.
    await search(page, 'pris');
    expect(await rankOfCase(page, '2007-102467')).toBeGreaterThanOrEqual(0);
    const letter = results(page).nth(await rankOfCase(page, '2007-102467'));
    expect((await letter.locator('mark').allTextContents()).some((m) => /^integrationspris/i.test(m))).toBe(true);
    await expect(page.locator('.ib-search__results')).not.toContainText('⁅');
    // »budgetforhandlingerne« by »forhandlinger«.
    await search(page, 'forhandlinger');
    expect(await rankOfCase(page, '2006-742')).toBeGreaterThanOrEqual(0);
  });

  test('æ/ø/å typed as aa, oe, ae (or o) find the words, and say so', async ({ page }) => {
    for (const [typed, shown, sagsnr] of [
      ['Raadhuset', 'Rådhuset', '2009-9512'],
      ['Oekonomiudvalget', 'Økonomiudvalget', '292118'],
      ['faellesindstillinger', 'fællesindstillinger', '2006-742'],
      ['okonomiudvalget', 'økonomiudvalget', '292118'],
    ] as const) {
      // The status line names what was searched, as the note does.
      await search(page, typed, '', shown);
      await expect(notes(page)).toContainText(`Viser resultater for »${shown}«`);
      expect(await rankOfCase(page, sagsnr), typed).toBeGreaterThanOrEqual(0);
    }
    // A name really written with aa is left alone.
    await search(page, 'Hougaard');
    await expect(notes(page)).not.toContainText('Viser resultater for');
    expect(await rankOfCase(page, '2009-9512')).toBeGreaterThanOrEqual(0);
  });

  test('a misspelt name offers »Mente du …?« as a link that runs the corrected search', async ({ page }) => {
    await search(page, 'Hougard');
    await expect(status(page)).toHaveText('Ingen resultater for »Hougard«');
    const suggestion = notes(page).getByRole('link', { name: '»Hougaard«' });
    await expect(notes(page)).toContainText('Mente du »Hougaard«?');
    await expect(suggestion).toHaveAttribute('href', /q=Hougaard/);
    await suggestion.click();
    await expect(status(page)).toContainText('for »Hougaard«');
    await expect(page).toHaveURL(/[?&]q=Hougaard(&|$)/);
    expect(await rankOfCase(page, '2009-9512')).toBeGreaterThanOrEqual(0);
  });

  test('real documents rank above pages that only list them or use the word in a heading', async ({ page }) => {
    await search(page, 'konference');
    const types = await results(page).locator('.ib-result__type').allTextContents();
    const letter = await rankOfCase(page, '2009-9512');
    expect(letter).toBeGreaterThanOrEqual(0);
    const firstArea = types.indexOf('Indsatsområde');
    if (firstArea >= 0) expect(letter).toBeLessThan(firstArea);
    // »kvinder«: the real 2009 letter before the illustrative indicator pages.
    await search(page, 'kvinder');
    const kinds = await results(page).locator('.ib-result__type').allTextContents();
    const real = await rankOfCase(page, '2009-9512');
    expect(real).toBeGreaterThanOrEqual(0);
    const firstIndicator = kinds.indexOf('Indikator');
    if (firstIndicator >= 0) expect(real).toBeLessThan(firstIndicator);
    // An area's name still finds its page first.
    await search(page, 'Tryghed');
    await expect(results(page).first().locator('.ib-result__title')).toHaveText('Tryghed');
  });

  test('»Gå til afsnit N« lands on the paragraph that matched, with the words highlighted there', async ({ page }) => {
    // »ligestilling« also stands in the letter's metadata (Bilag); a text fragment would land there.
    await search(page, 'ligestilling');
    const i = await rankOfCase(page, '2009-9512');
    const jump = results(page).nth(i).locator('a.ib-result__jump').first();
    const href = (await jump.getAttribute('href')) ?? '';
    expect(href).not.toContain(':~:');
    const id = /#(afsnit-\d+)$/.exec(href)?.[1];
    expect(id, href).toBeTruthy();
    expect(href).toContain('fremhaev=');
    await jump.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    const target = page.locator(`#${id}`);
    await expect(target.locator('mark.ib-hit').first()).toHaveText(/ligestilling/i);
    await expect(target).toBeInViewport();
    // Only the paragraph linked to is marked.
    expect(await page.locator('mark.ib-hit').count()).toBe(await target.locator('mark.ib-hit').count());

    // A match on a compound's part marks the whole compound.
    await search(page, 'pris');
    await results(page)
      .nth(await rankOfCase(page, '2007-102467'))
      .locator('a.ib-result__jump')
      .first()
      .click();
    await expect(page.locator('mark.ib-hit').first()).toHaveText(/^integrationspris/i);
    await expect(page.locator('mark.ib-hit').first()).toBeInViewport();
  });

  test('æ/ø/å typed as two letters, or o, in a hyphenated committee name, and å typed for a name’s aa', async ({ page }) => {
    // Was: no results and no note for the first two, one (the data page) for the third.
    for (const [typed, shown] of [
      ['Boerne- og Ungdomsudvalget', 'Børne- og Ungdomsudvalget'],
      ['Borne- og Ungdomsudvalget', 'Børne- og Ungdomsudvalget'],
      ['Beskaeftigelses- og Integrationsforvaltningen', 'Beskæftigelses- og Integrationsforvaltningen'],
      ['Beskaeftigelsesforvaltningen', 'beskæftigelse forvaltningen'],
      ['Hougård', 'Hougaard'],
      ['Laigård', 'Laigaard'],
    ] as const) {
      await search(page, typed, '', shown);
      await expect(notes(page)).toContainText(`Viser resultater for »${shown}« (du skrev »${typed}«)`);
      expect(await results(page).count(), typed).toBeGreaterThan(0);
      await expect(results(page).first().locator('.ib-result__type')).toHaveText(/Brev|Konferencerapport/);
    }
  });

  test('real pages come before every page of example data', async ({ page }) => {
    // »kvinder« put an example goal first (it matches »kvindelige« in its title); »bolig« had the real letter ninth.
    for (const q of ['kvinder', 'bolig', 'fritid', 'Borgerrepræsentationen']) {
      await search(page, q);
      // The result line's »Eksempeldata« mark (.ib-mark), not the word in an excerpt.
      const marked = await results(page).evaluateAll((lis) => lis.map((li) => li.querySelector('.ib-result__meta .ib-mark') !== null));
      expect(marked[0], q).toBe(false);
      expect(marked.indexOf(true) === -1 || marked.slice(marked.indexOf(true)).every(Boolean), q).toBe(true);
    }
    await search(page, 'bolig');
    expect(await rankOfCase(page, '2007-114951')).toBeGreaterThanOrEqual(0);
    // The sources list of an indicator weighs little: the letters that name the council come first.
    await search(page, 'Borgerrepræsentationen');
    await expect(results(page).first().locator('.ib-result__type')).toHaveText('Brev');
    // The idea catalogue of a real conference with invented ideas is weighted as example data.
    await page.goto('konferencer/2009/idekatalog/');
    await expect(page.locator('[data-pagefind-body]')).toHaveAttribute('data-pagefind-weight', /^0\.08/);
  });

  test('no page has every word: a close word is offered, and the pages with some of the words are shown', async ({ page }) => {
    await page.goto(`soeg/?q=${encodeURIComponent('Jacob Hougaard')}`);
    await expect(status(page)).toContainText('med nogle af ordene i »Jacob Hougaard«');
    await expect(notes(page)).toContainText('Ingen sider har alle ordene i »Jacob Hougaard«');
    await expect(notes(page).getByRole('link', { name: '»Jakob Hougaard«' })).toBeVisible();
    await firstPageShown(page);
    expect(await rankOfCase(page, '2009-9512')).toBeGreaterThanOrEqual(0);
    // Two pasted case numbers find both letters.
    await page.goto(`soeg/?q=${encodeURIComponent('2007-114951 2006-742')}`);
    await expect(status(page)).toContainText('med nogle af ordene');
    await firstPageShown(page);
    expect(await rankOfCase(page, '2007-114951')).toBeGreaterThanOrEqual(0);
    expect(await rankOfCase(page, '2006-742')).toBeGreaterThanOrEqual(0);
  });

  test('a word no page has is named as left out, not passed over in silence', async ({ page }) => {
    // Was: »20 resultater for »konference xyzzy««, the pages of »konference« alone.
    await page.goto(`soeg/?q=${encodeURIComponent('konference xyzzy')}`);
    await expect(status(page)).toContainText('med nogle af ordene i »konference xyzzy«');
    await expect(notes(page)).toContainText('Ordet »xyzzy« står ikke på nogen side i arkivet og er udeladt af søgningen.');
    await firstPageShown(page);
    await page.goto(`soeg/?q=${encodeURIComponent('konference')}`);
    await expect(notes(page)).not.toContainText('udeladt');
  });

  test('a date with a two-digit year finds the letter, a date no document has says so, and labels are dropped', async ({ page }) => {
    for (const q of ['2.4.09', '02.04.09']) {
      await search(page, q);
      await expect(notes(page)).toContainText('Viser sider med datoen 2. april 2009');
      expect(await rankOfCase(page, '2009-9512'), q).toBe(0);
    }
    await page.goto('soeg/?q=03.03.2015');
    await expect(status(page)).toHaveText('Ingen resultater for »03.03.2015«');
    await expect(notes(page)).toContainText('Ingen dokumenter har datoen 3. marts 2015');
    await expect(results(page)).toHaveCount(0);
    // A name and a date: the letter of that day with the name, not every page with »2«, »4« and »2009«.
    await search(page, 'Hougaard 2.4.2009');
    await expect(notes(page)).toContainText('Viser sider med datoen 2. april 2009, der også har »Hougaard«');
    // The letter of that day first, then the conference report that names the letter and its date.
    await expect(results(page)).toHaveCount(2);
    expect(await rankOfCase(page, '2009-9512')).toBe(0);
    await expect(results(page).nth(1)).toContainText('Konferencerapport');
    await search(page, 'Hougaard 3.3.2015');
    await expect(notes(page)).toContainText('Ingen dokumenter med datoen 3. marts 2015 har »Hougaard«.');
    await expect(results(page)).toHaveCount(0);
    for (const [q, sagsnr] of [
      ['sagsnummer 2007-114951', '2007-114951'],
      ['dokumentnummer 2008-255779', '2007-114951'],
      ['j.nr. 2009-45212', '2009-9512'],
    ] as const) {
      await search(page, q);
      expect(await rankOfCase(page, sagsnr), q).toBe(0);
    }
  });

  test('a page that is no dated document takes no part in date sorting or the year filter', async ({ page }) => {
    // The statement (reviewed 23. november 2026) was first under »Nyeste først«, and 2026 a year to filter by.
    await search(page, 'Københavns Kommune', '&sort=nyeste');
    const first = results(page).first();
    await expect(first.locator('.ib-result__title')).not.toHaveText(/Tilgængelighedserklæring/);
    await page.getByText('Afgræns og sortér').click();
    await expect(page.getByRole('group', { name: 'År' }).getByRole('checkbox', { name: /^2026/ })).toHaveCount(0);
  });

  test('a result on any indexed page lands with its words highlighted, without the punctuation', async ({ page }) => {
    // An idea catalogue, a goal, /data/ and an area page mark the words as a letter does (they marked none).
    // (/data/'s example values are not indexed: »decimalkomma« is in its own text.)
    for (const [q, path] of [
      ['mentorordning', '/konferencer/2009/idekatalog/'],
      ['Lektiecaféer', '/forvaltninger/kultur-og-fritid/kff-2007-lektiecafeer/'],
      ['decimalkomma', '/data/'],
      ['Tryghed', '/omraader/tryghed/'],
    ] as const) {
      await search(page, q);
      const result = results(page).filter({ has: page.locator(`a.ib-result__link[href$="${path}"]`) });
      await result.locator('a.ib-result__jump').first().click();
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}\\?fremhaev=`));
      await expect(page.locator('mark.ib-hit').first(), q).toBeVisible();
    }
    // Marks in the result list stop at the word (»Hougaard«, not »Hougaard.«).
    await search(page, 'Hougaard');
    for (const m of await results(page).locator('mark').allTextContents()) expect(m).toMatch(/[\p{L}\p{N}]$/u);
  });

  test('a text pasted beyond the field’s limit is cut, and the page says so', async ({ page }) => {
    await page.goto('soeg/');
    const input = page.getByLabel('Søg i breve, konferencer og indikatorer');
    await expect(input).toHaveAttribute('maxlength', '500');
    await input.fill('integration '.repeat(60));
    await expect(notes(page)).toContainText('Søgefeltet rummer 500 tegn');
    // The tab title quotes the query short, so the site's name still shows.
    await expect(page).toHaveTitle(/^»integration integration .{0,80} …« – .*Integrationsbarometeret/);
    expect((await page.title()).length).toBeLessThan(160);
  });

  test('a date range by month is kept in the URL and combines with the filters', async ({ page }) => {
    await page.goto('soeg/?q=integrationspolitikken&fra=2007-03&til=2008-06&type=brev');
    await expect(status(page)).toContainText('fra marts 2007 til juni 2008');
    await firstPageShown(page);
    const dates = await results(page)
      .locator('.ib-result__meta time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= '2007-03-01' && d <= '2008-06-30', d).toBe(true);
    await expect(page.getByLabel('Fra måned')).toHaveValue('2007-03');

    // Typed in the form, in the ways people write months.
    await page.goto('soeg/?q=integrationspolitikken');
    await expect(status(page)).toContainText('»integrationspolitikken«');
    await page.getByLabel('Fra måned').fill('marts 2007');
    await page.getByLabel('Til måned').fill('11.2007');
    await page.getByLabel('Til måned').press('Enter');
    await expect(page).toHaveURL(/fra=2007-03&til=2007-11/);
    await expect(status(page)).toContainText('fra marts 2007 til november 2007');
  });

  test('a date that cannot be read says so and searches nothing', async ({ page }) => {
    await page.goto('soeg/?q=integrationspolitikken&fra=i+fjor');
    await expect(page.getByRole('alert')).toContainText('Fra-datoen »i fjor« kan ikke læses');
    await expect(results(page)).toHaveCount(0);
    await page.goto('soeg/?q=integrationspolitikken&fra=2009-01&til=2007-01');
    await expect(page.getByRole('alert')).toContainText('ligger efter til-datoen');
    await expect(results(page)).toHaveCount(0);
  });

  test('a date problem is said next to its field, which is marked invalid and described by it (WCAG 3.3.1)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('soeg/?q=integrationspolitikken&fra=i+fjor');
    const from = page.getByLabel('Fra måned');
    const to = page.getByLabel('Til måned');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(
      'Fra-datoen »i fjor« kan ikke læses. Skriv år og måned, fx marts 2007 eller 3.2007. År og måned, fx marts 2007 eller 3.2007',
    );
    await expect(to).not.toHaveAttribute('aria-invalid');
    // The filter panel opens on a phone, and the message is right under the field, not far down the results column.
    const message = page.locator(`#${(await from.getAttribute('aria-describedby'))?.split(' ')[0]}`);
    await expect(from).toBeVisible();
    await expect(message).toBeVisible();
    const field = (await from.boundingBox())!;
    const said = (await message.boundingBox())!;
    expect(said.y - (field.y + field.height)).toBeGreaterThanOrEqual(0);
    expect(said.y - (field.y + field.height)).toBeLessThan(24);

    // Corrected, the mark and the message go; the hint stays.
    await from.fill('marts 2007');
    await from.press('Enter');
    await expect(from).not.toHaveAttribute('aria-invalid');
    await expect(from).toHaveAttribute('aria-describedby', 'soeg-dato-hint');
    await expect(message).toBeHidden();
    await expect(results(page).first()).toBeVisible();

    // A range that runs backwards is about both fields: both marked, the message once, under »Til måned«.
    await to.fill('2006');
    await to.press('Enter');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    for (const box of [from, to])
      await expect(box).toHaveAccessibleDescription(/^Fra-datoen \(marts 2007\) ligger efter til-datoen \(december 2006\)\./);
    await expect(page.locator('.ib-search__date-error').filter({ visible: true })).toHaveCount(1);
  });

  test('filter values in the URL are stable slugs, and old label links still work', async ({ page }) => {
    await page.goto('soeg/?type=brev&omraade=tryghed');
    await expect(status(page)).toContainText('med de valgte filtre');
    await firstPageShown(page);
    await expect(page.getByRole('group', { name: 'Indsatsområde' }).getByRole('checkbox', { name: /^Tryghed/ })).toBeChecked();
    const n = await results(page).count();
    expect(n).toBeGreaterThan(0);
    // The old link with a label as value finds the same, and the URL becomes the slug.
    await page.goto('soeg/?type=brev&omraade=Tryghed');
    await expect(status(page)).toContainText('med de valgte filtre');
    await firstPageShown(page);
    await expect(results(page)).toHaveCount(n);
    await expect(page).toHaveURL(/omraade=tryghed/);
    await page.goto('soeg/?omraade=Kultur+og+fritid&udvalg=%C3%98konomiudvalget');
    await expect(page).toHaveURL(/omraade=kultur-og-fritid&udvalg=oekonomi/);
    // A value that names nothing is reported, not silently matched against nothing.
    await page.goto('soeg/?q=integration&omraade=xyz');
    await expect(page.getByRole('alert')).toContainText('Ukendt indsatsområde »xyz«');
  });
});

test('the search index holds no glued words (text of neighbouring cells run together)', async () => {
  const glued = new Map<string, string>();
  for (const f of fragmentFiles('dist/pagefind')) {
    let bytes = gunzipSync(readFileSync(f));
    if (bytes.subarray(0, 12).toString() === 'pagefind_dcd') bytes = bytes.subarray(12);
    const d = JSON.parse(bytes.toString('utf8')) as { url: string; content: string; excerpt?: string };
    for (const w of d.content.split(/\s+/)) {
      // Web addresses, e-mail and code references are written without spaces on purpose.
      if (/[/@=]|www\.|\w\.\w/.test(w) || w === 'JavaScript' || /^JavaScript\W$/.test(w)) continue;
      // A commit hash cited in a source (»commit f53cbf6«) is one word.
      if (/^\(?[0-9a-f]{7,40}\W*$/.test(w)) continue;
      if (/\p{Ll}{2}\p{Lu}\p{Ll}|[)\]]\p{L}|\p{L}:\p{L}|\p{Ll}{3}\d/u.test(w)) glued.set(w, d.url);
    }
  }
  expect([...glued].map(([w, u]) => `${w} (${u})`)).toEqual([]);
});
