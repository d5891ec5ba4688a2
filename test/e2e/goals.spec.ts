/**
 * The administrations' goals in the browser, at phone and desktop width: the overview of
 * administrations × budget years, an administration's page with its goals and spending chart (SVG
 * with title and description, table, downloads), a goal's page and every link it makes, the
 * cross-links back from letters, areas and indicators, the status report on screen, printed to A4
 * and as CSV, the »Mål« type and its facets in the search, and the pages without JavaScript.
 * »Eksempeldata« shows wherever example goals do. Pages are picked from the built site by address
 * pattern and content, so the test does not depend on which goals the data holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { axeViolations } from './axe.ts';
import { expect, test } from './console-errors.ts';
import { NO_PAGES_HINT, PAGES, SITE } from './site.ts';

const at = (re: string) => new RegExp(`^${SITE.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${re}$`);
const html = (path: string): string => {
  const file = join(SITE.dir, path.slice(SITE.base.length), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};
const OVERVIEW = `${SITE.base}forvaltninger/`;
const administrations = PAGES.filter((p) => at('forvaltninger/[^/]+/').test(p));
const goals = PAGES.filter((p) => at('forvaltninger/[^/]+/[^/]+/').test(p));
const reports = PAGES.filter((p) => at('statusrapporter/\\d{4}/').test(p));
const withSpending = administrations.find((p) => html(p).includes('class="ib-figure ib-spending"'));
const withIndicator = goals.find((p) => html(p).includes('Følges af indikatoren'));
const citingLetter = PAGES.find((p) => at('breve/(?!aar/|udvalg/|side/)[^/]+/').test(p) && html(p).includes('id="maal"'));
const areaWithGoals = PAGES.find((p) => at('omraader/[^/]+/').test(p) && html(p).includes('class="ib-goal-list'));
const axe = (page: Page) => axeViolations(page);
const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const status = async (page: Page, url: string) => (await page.request.get(url)).status();

test('the built site has the goal pages, a spending chart, a status report and the cross-links', () => {
  expect(PAGES.length, NO_PAGES_HINT).toBeGreaterThan(0);
  expect(PAGES).toContain(OVERVIEW);
  expect(administrations).toHaveLength(7);
  expect(goals.length).toBeGreaterThan(0);
  expect(reports.length).toBeGreaterThan(0);
  expect(
    [withSpending, withIndicator, citingLetter, areaWithGoals].every(Boolean),
    'forvaltning med udgifter, mål med indikator, brev og område med mål',
  ).toBe(true);
});

for (const width of [320, 390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('overview: every administration by budget year, status in colour, icon and word, marked example data', async ({ page }) => {
      await page.goto(OVERVIEW);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forvaltningernes mål for integrationsindsatsen');
      await expect(page.locator('.ib-banner')).toContainText('Eksempeldata');
      // One of the two layouts shows: blocks on a phone, the table from 40em.
      const visible = page.locator(width < 640 ? '.ib-goals-narrow' : '.ib-goals-wide');
      await expect(visible).toBeVisible();
      for (const name of ['Økonomiforvaltningen', 'Børne- og Ungdomsforvaltningen', 'Beskæftigelses- og Integrationsforvaltningen']) {
        await expect(visible.getByRole('link', { name })).toBeVisible();
      }
      const badge = visible.locator('.ib-status').first();
      await expect(badge.locator('svg.ib-status__icon')).toBeAttached();
      await expect(badge).toHaveText(/\d+ (opfyldt|delvist opfyldt|ikke opfyldt|ikke vurderet)$/);
      expect(await noOverflow(page)).toBe(0);
      expect(await axe(page)).toEqual([]);
    });

    test('an administration: goals per budget year and the spending as chart, description, table and downloads', async ({ page }) => {
      await page.goto(withSpending as string);
      const figure = page.locator('figure.ib-spending');
      const chart = figure.locator('svg.ib-chart').filter({ visible: true });
      await expect(chart).toHaveCount(1);
      await expect(chart).toHaveAttribute('role', 'img');
      await expect(chart.locator('title')).toHaveText(/udgifter til integration$/);
      await expect(chart.locator('desc')).toContainText('Grafen viser');
      await expect(figure.locator('.ib-figure__desc')).toContainText('mio. kr.');
      const table = figure.locator('table.ib-figure__table');
      await expect(table.locator('tbody tr')).not.toHaveCount(0);
      await expect(page.locator('.ib-budget-year').first().locator('.ib-goal-list__item').first()).toBeVisible();
      const csvHref = await figure.getByRole('link', { name: 'CSV (til Excel)' }).getAttribute('href');
      const csv = await page.request.get(csvHref as string);
      expect(csv.status()).toBe(200);
      const text = await csv.text();
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.split('\r\n')[0]?.replace(/^\uFEFF/, '')).toBe(
        'administration;budget_year;amount;covers;source;source_document;illustrative',
      );
      for (const name of ['JSON', 'grafen som SVG'])
        expect(await status(page, (await figure.getByRole('link', { name }).getAttribute('href')) as string)).toBe(200);
      expect(await noOverflow(page)).toBe(0);
      expect(await axe(page)).toEqual([]);
    });
  });
}

test('a goal links to its administration, area, indicator, status report and source letter, and each link works', async ({ page }) => {
  await page.goto(withIndicator as string);
  await expect(page.locator('.ib-goal-page .ib-mark', { hasText: 'Eksempeldata' }).first()).toBeVisible();
  await expect(page.locator('.ib-status--large')).toHaveText(/Status: (Opfyldt|Delvist opfyldt|Ikke opfyldt|Ikke vurderet)/);
  const facts = page.locator('#om-maalet ~ dl, section[aria-labelledby="om-maalet"] dl').first();
  const links = await facts.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.some((l) => /\/omraader\/[^/]+\/$/.test(l))).toBe(true);
  expect(links.some((l) => /\/indikatorer\/[^/]+\/$/.test(l))).toBe(true);
  expect(links.some((l) => /\/breve\/[^/]+\/$/.test(l))).toBe(true);
  expect(links.some((l) => /\/forvaltninger\/[^/]+\/$/.test(l))).toBe(true);
  const report = await page.getByRole('link', { name: /^Statusrapport \d{4}$/ }).getAttribute('href');
  for (const l of [...links, report as string]) expect(await status(page, l), l).toBe(200);
  // And back: the indicator lists the goal.
  const indicator = links.find((l) => /\/indikatorer\//.test(l)) as string;
  await page.goto(indicator);
  await expect(
    page
      .locator(
        `#forvaltningernes-maal ~ * a[href$="${new URL(withIndicator as string, 'http://x').pathname}"], .ib-related-goals a[href$="${new URL(withIndicator as string, 'http://x').pathname}"]`,
      )
      .first(),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('a process letter lists the goals of the budget year it concerns, each linking to the goal', async ({ page }) => {
  await page.goto(citingLetter as string);
  const section = page.locator('section.ib-related-goals');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Mål og udgifter, der henviser til brevet');
  await expect(section.getByRole('heading', { level: 3, name: /^Budget \d{4}$/ }).first()).toBeVisible();
  await expect(section.locator('.ib-banner')).toContainText('Eksempeldata');
  const first = section.locator('.ib-goal-list__title a').first();
  const href = (await first.getAttribute('href')) as string;
  expect(href).toMatch(/\/forvaltninger\/[^/]+\/[^/]+\/$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // The goal names the letter it comes from.
  await expect(page.locator('.ib-goal-page__sources a').first()).toHaveAttribute(
    'href',
    new URL(citingLetter as string, 'http://x').pathname,
  );
});

test('an example goal says so in its title and description; a total made with invented amounts carries the mark', () => {
  const head = (path: string) => {
    const h = html(path);
    return {
      title: /<title>([^<]*)<\/title>/.exec(h)?.[1] ?? '',
      description: /<meta name="description" content="([^"]*)"/.exec(h)?.[1] ?? '',
    };
  };
  const examples = goals.filter((p) => html(p).includes('ib-banner--illustrative'));
  expect(examples.length, NO_PAGES_HINT).toBeGreaterThan(0);
  for (const p of examples) {
    // A search engine's result and a link preview show no banner.
    expect(head(p).title, p).toMatch(/ \(eksempeldata\) – Integrationsbarometeret$/);
    expect(head(p).description, p).toMatch(/^Eksempeldata: /);
  }
  // A real letter citing example goals is itself real.
  expect(head(citingLetter as string).title).not.toContain('eksempeldata');
  // The sums a reader may quote carry the mark themselves: the spending and the count of goals.
  const sums =
    html(citingLetter as string).match(
      /<p>((?:Opdigtede u|U)dgifter for budget \d{4}(?: med brevet som kilde|, der henviser til brevet|, lavet efter brevet)|[^<]* (?:mål|eksempelmål) for budget \d{4} (?:har brevet som kildedokument|er lavet efter brevet))[^]*?<\/p>/g,
    ) ?? [];
  // A count per budget year and a spending line per year.
  expect(sums.filter((l) => l.includes('mål for budget')).length).toBeGreaterThan(0);
  expect(sums.length).toBeGreaterThan(1);
  for (const line of sums) expect(line).toContain('class="ib-mark">Eksempeldata</strong>');
});

test("an area lists the administrations' goals in it", async ({ page }) => {
  await page.goto(areaWithGoals as string);
  await expect(page.getByRole('heading', { level: 2, name: 'Forvaltningernes mål på området' })).toBeVisible();
  await expect(page.locator('.ib-related-goals .ib-goal-list__item').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

/** The page banner's text after its bold mark, or '' when the page has none. */
const bannerText = async (page: Page) => {
  const banner = page.locator('main > .ib-banner--illustrative');
  return (await banner.count()) > 0 ? ((await banner.textContent()) ?? '').replace(/^\s*Eksempeldata:\s*/, '').trim() : '';
};

test('every count and sum made from example goals or spending carries its own mark; the banner says »alle« only when every figure does', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // /forvaltninger/: every cell with goals has its count marked, every spending sum too.
  await page.goto(OVERVIEW);
  const figures = await page
    .locator('.ib-goals-overview td')
    .evaluateAll((tds) =>
      tds.flatMap((td) => [
        ...(/^\s*\d[\d.]* mål/.test(td.textContent ?? '') ? [td.querySelector(':scope > .ib-mark') !== null] : []),
        ...[...td.querySelectorAll('.ib-goals-overview__spending')].map((p) => p.querySelector('.ib-mark') !== null),
      ]),
    );
  // The status report list: each year's count of goals.
  await page.goto(`${SITE.base}statusrapporter/`);
  const listed = await page.locator('.ib-report-list__meta').evaluateAll((ps) => ps.map((p) => p.querySelector('.ib-mark') !== null));
  for (const [path, marked] of [
    [OVERVIEW, figures],
    [`${SITE.base}statusrapporter/`, listed],
  ] as const) {
    await page.goto(path);
    const banner = await bannerText(page);
    expect(marked.length, path).toBeGreaterThan(0);
    // »Alle tallene« exactly when every figure is marked; »Nogle« when some are; no banner when none are.
    if (marked.every(Boolean)) expect(banner, path).toMatch(/^Alle tallene på denne side er illustrative/);
    else if (marked.some(Boolean)) expect(banner, path).toMatch(/^Nogle af tallene/);
    else expect(banner, path).toBe('');
  }

  // A year's report: the count sentence and the spending total are marked when an example goal or amount is behind them.
  for (const report of reports) {
    await page.goto(report);
    const exampleGoals = await page.locator('.ib-report__goals tbody .ib-mark').count();
    const goalsLead = page.locator('section[aria-labelledby="maal"] > p').first();
    await expect(goalsLead, report).toContainText(/ mål for budget \d{4} fra forvaltningerne\./);
    await expect(goalsLead.locator('.ib-mark'), report).toHaveCount(exampleGoals > 0 ? 1 : 0);
    const spending = page.locator('section[aria-labelledby="udgifter"] table');
    if ((await spending.count()) > 0) {
      const exampleAmounts = await spending.locator('tbody .ib-mark').count();
      await expect(spending.locator('tfoot .ib-mark'), report).toHaveCount(exampleAmounts > 0 ? 1 : 0);
    }
    // The areas' status comes from the barometer's indicators; unless each carries the mark, the banner says »nogle«.
    const areaRows = await page.locator('section[aria-labelledby="omraader"] table tbody tr').count();
    const exampleAreas = await page.locator('section[aria-labelledby="omraader"] table tbody tr:has(.ib-mark)').count();
    if (exampleGoals > 0 && exampleAreas < areaRows) expect(await bannerText(page), report).toMatch(/^Nogle af tallene/);
  }

  // An administration: each budget year's count of goals and each year's spending total.
  await page.goto(withSpending as string);
  for (const year of await page.locator('.ib-budget-year').all()) {
    const examples = await year.locator('.ib-goal-list .ib-mark').count();
    await expect(year.locator('.ib-budget-year__summary > .ib-mark')).toHaveCount(examples > 0 ? 1 : 0);
  }
  for (const group of await page.locator('.ib-spending__lines tbody').all()) {
    const examples = await group.locator('tr:not(.ib-spending__total) .ib-mark').count();
    await expect(group.locator('.ib-spending__total .ib-mark')).toHaveCount(examples > 0 ? 1 : 0);
  }
});

test("a year's report links to the archive's letters of that year on the barometer's results", async ({ page }) => {
  // The archive holds the letter of 16 May 2008 on the results per area; the site computes no status for 2008.
  const report = reports.find((p) => p.endsWith('/statusrapporter/2008/'));
  expect(report, NO_PAGES_HINT).toBeDefined();
  await page.goto(report as string);
  const areas = page.locator('section[aria-labelledby="omraader"]');
  await expect(areas.getByRole('heading', { level: 3, name: 'Barometrets resultater for 2008 i arkivets breve' })).toBeVisible();
  await expect(areas).toContainText('Arkivet har et brev fra 2008 om barometrets målinger.');
  await expect(areas).toContainText('status for områderne ovenfor beregner sitet selv efter den nuværende regel');
  const letter = areas.locator('.ib-letter-list a').first();
  await expect(letter).toHaveText('Integrationsbarometrets resultater fra maj 2008');
  const path = (await letter.getAttribute('href')) as string;
  // The linked page is the letter of that year, dated in 2008 and tagged with the barometer's indicator.
  const letterHtml = html(path);
  expect(letterHtml).toContain('datetime="2008-05-16"');
  expect(letterHtml).toMatch(/href="[^"]*indikatorer\//);
  expect(await status(page, path)).toBe(200);
  await expect(areas.getByRole('link', { name: 'Alle arkivets breve fra 2008' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test.describe('the status report', () => {
  const report = reports[0] as string;

  for (const width of [320, 390, 1280]) {
    test(`on screen at ${width} px: areas, every administration's goals, spending, downloads`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(report);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Statusrapport på integrationsområdet \d{4}$/);
      await expect(page.getByRole('heading', { level: 2, name: 'Indsatsområderne i barometret' })).toBeVisible();
      await expect(page.locator('section[aria-labelledby="maal"] h3')).toHaveCount(7);
      // Each administration's goal table is named by its caption (WCAG 1.3.1), where the table shows.
      if (width >= 640) {
        const tables = page.locator('table.ib-report__goals');
        expect(await tables.count()).toBeGreaterThan(0);
        for (const table of await tables.all()) {
          const section = table.locator('xpath=ancestor::section[1]');
          const name = ((await section.locator('h3 a').textContent()) ?? '').trim();
          await expect(table.locator('caption')).toHaveText(new RegExp(`^${name} \\([A-ZÆØÅ]+\\): mål og status, budget \\d{4}$`));
          await expect(table).toHaveAccessibleName((await table.locator('caption').textContent()) ?? '');
          await expect(table.locator('xpath=..')).toHaveAccessibleName((await table.locator('caption').textContent()) ?? '');
        }
      }
      await expect(page.getByRole('heading', { level: 2, name: /^Udgifter til integration i \d{4}$/ })).toBeVisible();
      expect(await noOverflow(page)).toBe(0);
      expect(await axe(page)).toEqual([]);
    });
  }

  test("the areas: the status in the report's year and, beside it, the status today as each area's page shows it", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(report);
    const year = /(\d{4})\/$/.exec(report)?.[1] as string;
    const table = page.locator('section[aria-labelledby="omraader"] table');
    await expect(table.getByRole('columnheader')).toContainText([`Status i ${year}`, 'Status i dag']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        area: (tr.querySelector('th a') as HTMLAnchorElement).pathname,
        today: tr
          .querySelectorAll('td')[1]
          ?.querySelector('.ib-status__label')
          ?.textContent?.replace(/^Status: /, '')
          .trim(),
      })),
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      await page.goto(r.area);
      await expect(page.locator('.ib-status--large .ib-status__label').first(), r.area).toHaveText(`Status: ${r.today}`);
    }
  });

  test("prints on A4 without the site's header, navigation and downloads, with the address it came from", async ({ page }) => {
    await page.goto(report);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ib-header')).toBeHidden();
    await expect(page.locator('.ib-footer')).toBeHidden();
    await expect(page.locator('.ib-report__printed')).toBeVisible();
    await expect(page.locator('.ib-report__printed')).toContainText('/statusrapporter/');
    await expect(page.getByText('Hent rapportens tabeller som CSV')).toBeHidden();
    // The tables, not the phone blocks, and every goal table as wide as the page.
    await expect(page.locator('.ib-report__goals').first()).toBeVisible();
    await expect(page.locator('.ib-report__narrow').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    // A4 in points: 595 × 842 (Chromium writes 594.96 × 841.92).
    expect(text).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    const pages = text.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThan(12);
  });

  test('the goals as CSV: one row per goal on the page, Danish Excel format, links back', async ({ page }) => {
    await page.goto(report);
    const onPage = await page.locator('.ib-report__goals tbody tr').count();
    const href = (await page.getByRole('link', { name: 'mål og status' }).getAttribute('href')) as string;
    const text = await (await page.request.get(href)).text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(onPage);
    for (const r of rows.slice(0, 3)) expect(await status(page, new URL(r.url as string).pathname)).toBe(200);
    for (const name of ['indsatsområder', 'udgifter']) {
      expect(await status(page, (await page.getByRole('link', { name }).getAttribute('href')) as string)).toBe(200);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the overview, an administration with its chart and table, and a goal read in full', async ({ page }) => {
    await page.goto(OVERVIEW);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(withSpending as string);
    await expect(page.locator('figure.ib-spending svg.ib-chart').filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('figure.ib-spending table').first()).toBeVisible();
    await page.goto(goals[0] as string);
    await expect(page.locator('.ib-status--large')).toBeVisible();
  });
});

test.describe('search', () => {
  test('a goal is found as type »Mål« and narrowed by administration and budget year', async ({ page }) => {
    const goalPage = goals[0] as string;
    await page.goto(goalPage);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() as string;
    const kicker = (await page.locator('.ib-goal-page__kicker').textContent()) ?? '';
    const year = /Budget (\d{4})/.exec(kicker)?.[1] as string;
    await page.goto(`${SITE.base}soeg/?q=${encodeURIComponent(title)}&type=maal&budgetaar=${year}`);
    const result = page.locator('.ib-result').filter({ has: page.locator(`a[href*="${new URL(goalPage, 'http://x').pathname}"]`) });
    await expect(result.first()).toBeVisible();
    await expect(result.first().locator('.ib-result__type')).toHaveText('Mål');
    // The result line says who set the goal, for which budget, and the source letter's case number;
    // an example goal's letter is the one it was made after, not its source.
    const abbr = /· (\p{Lu}{2,4})\s*$/u.exec(kicker)?.[1] as string;
    const example = html(goalPage).includes('ib-banner--illustrative');
    await expect(result.first().locator('.ib-result__meta')).toContainText(
      new RegExp(`Mål · ${abbr} · Budget ${year} · ${example ? 'Lavet efter' : 'Kilde:'} sagsnr\\. \\S+`),
    );
    // An example goal says so in the result too, as on its page.
    await expect(result.first().locator('.ib-result__meta .ib-mark')).toHaveCount(example ? 1 : 0);
    if (example) await expect(result.first().locator('.ib-result__meta .ib-mark')).toHaveText('Eksempeldata');
    await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Mål/ })).toBeChecked();
    // »Budget«, not »Budgetår«: the year filter's group is found by the name »År«.
    await expect(
      page.getByRole('group', { name: 'Budget', exact: true }).getByRole('checkbox', { name: new RegExp(`^${year}`) }),
    ).toBeChecked();
    await expect(page.getByRole('group', { name: 'År' })).toHaveCount(1);
    // The administration facet lists administrations by name.
    const administration = page.getByRole('group', { name: 'Forvaltning', exact: true }).getByRole('checkbox').first();
    await expect(administration).toBeVisible();
    await administration.check();
    await expect(page).toHaveURL(/[?&]forvaltning=[a-z-]+/);
    await expect(page.locator('.ib-result .ib-result__type').first()).toHaveText('Mål');
  });
});
