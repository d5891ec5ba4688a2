/**
 * What links say about where they go, over the built site:
 * - aria-current (WCAG 1.3.1, 4.1.2): "page" only on a link to the page itself; a link to the section
 *   or list the page is in is "true" (the main navigation's »Breve« on a letter, a committee's link on
 *   its year page). Read statically from every HTML file, as security.spec.ts does.
 * - link text (WCAG 2.4.4): on the pages with idea lists, a text under an idea never names two
 *   different pages (»Tryghed« was both the area and the ideas about it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/dist.ts';
import { expect, test } from './fixtures.ts';
import { NO_PAGES_HINT, PAGES, SITE } from './site.ts';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const htmlOf = (path: string) => {
  const file = join(SITE.dir, path.slice(SITE.base.length), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/** Every <a> with aria-current on a page: its text, where it goes and the value. */
function currentLinks(html: string): { text: string; href: string; value: string }[] {
  return [...html.matchAll(/<a\b[^>]*\saria-current="[^"]*"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    text: (m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
    href: attr(m[0], 'href') ?? '',
    value: attr(m[0], 'aria-current') ?? '',
  }));
}

test('aria-current="page" is only on links to the page itself; a section or list link is "true"', () => {
  const files = existsSync(SITE.dir) ? listFiles(SITE.dir).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/')) : [];
  expect(files.length, NO_PAGES_HINT).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const f of files) {
    const here = SITE.base + f.slice(0, -'index.html'.length);
    for (const l of currentLinks(readFileSync(join(SITE.dir, f), 'utf8'))) {
      if (!['page', 'true'].includes(l.value)) wrong.push(`${here}: »${l.text}« aria-current="${l.value}"`);
      if (l.value === 'page' && l.href !== here) wrong.push(`${here}: »${l.text}« → ${l.href} is marked as this page`);
    }
  }
  expect(wrong).toEqual([]);

  const nav = (path: string) =>
    Object.fromEntries(
      currentLinks(htmlOf(path))
        .filter((l) => l.text)
        .map((l) => [l.text, l.value]),
    );
  const first = (re: RegExp) => PAGES.find((p) => re.test(p.slice(SITE.base.length))) as string;
  // The main navigation: its own pages are "page", the pages in its sections "true".
  expect(nav(SITE.base)).toMatchObject({ Overblik: 'page' });
  expect(nav(first(/^omraader\/[^/]+\/$/))).toMatchObject({ Overblik: 'true' });
  expect(nav(first(/^indikatorer\/[^/]+\/$/))).toMatchObject({ Overblik: 'true' });
  expect(nav(first(/^breve\/\d{4}-[^/]+\/$/))).toMatchObject({ Breve: 'true' });
  expect(nav(`${SITE.base}breve/`)).toMatchObject({ Breve: 'page', 'Alle breve': 'page' });
  // A committee's year: the year is the page, the committee the list it is part of.
  const year = first(/^breve\/udvalg\/[^/]+\/\d{4}\/$/);
  const marked = currentLinks(htmlOf(year));
  expect(marked.find((l) => l.href === year)?.value).toBe('page');
  expect(marked.find((l) => year.startsWith(l.href) && l.href !== year && l.href !== `${SITE.base}breve/`)?.value).toBe('true');
  expect(nav(year)).toMatchObject({ Breve: 'true' });
});

const withIdeas = PAGES.filter((p) => htmlOf(p).includes('class="ib-idea-list"'));

test('the pages with idea lists', () => {
  expect(withIdeas.length, NO_PAGES_HINT).toBeGreaterThan(3);
});

for (const path of withIdeas) {
  test(`an idea's links do not share their text with a link elsewhere on ${path}`, async ({ page }) => {
    await page.goto(path);
    const clashes = await page.evaluate(() => {
      const key = (a: HTMLAnchorElement) => (a.getAttribute('aria-label') ?? a.innerText).replace(/\s+/g, ' ').trim().toLowerCase();
      const where = new Map<string, Set<string>>();
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (!a.checkVisibility()) continue;
        const set = where.get(key(a)) ?? new Set<string>();
        set.add(new URL(a.href).pathname);
        where.set(key(a), set);
      }
      return [...document.querySelectorAll<HTMLAnchorElement>('.ib-idea-list a[href]')]
        .map((a) => key(a))
        .filter((k, i, all) => all.indexOf(k) === i && (where.get(k)?.size ?? 0) > 1)
        .map((k) => `»${k}« → ${[...(where.get(k) ?? [])].join(', ')}`);
    });
    expect(clashes).toEqual([]);
  });
}
