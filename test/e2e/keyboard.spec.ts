/**
 * Keyboard use on the page types people navigate most: the overview, an indicator, a letter and
 * search. Tabbing from the top must reach every focusable element exactly once, in DOM order
 * (no positive tabindex, no traps), start with the skip link, and every focused element must be on
 * screen with a visible focus indicator (its outline or box-shadow changes when it gets focus).
 */
import type { Page } from '@playwright/test';
import { compareFocusOrder } from '../../src/lib/quality/focus-order.ts';
import { expect, test } from './fixtures.ts';
import { firstPage, PATTERNS } from './site.ts';

interface FocusStyle {
  outline: string;
  boxShadow: string;
}
interface Focusable extends FocusStyle {
  key: string;
  label: string;
}

const PAGE_TYPES: [string, RegExp][] = [
  ['forsiden', PATTERNS.home],
  ['en indikatorside', PATTERNS.indicator],
  ['et brev', PATTERNS.letter],
  ['søgesiden', PATTERNS.search],
];

/**
 * Stamp every element the Tab key should reach with data-ib-focus (DOM order) and record its
 * unfocused style. Mirrors the browser's rules: tabIndex ≥ 0, rendered, not disabled or inert,
 * one radio per group, and scroll containers without focusable content (Chromium focuses those).
 */
function stampFocusables(page: Page): Promise<{ items: Focusable[]; positive: string[] }> {
  return page.evaluate(() => {
    const label = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? (el as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`;
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow };
    };
    const rendered = (el: Element) => {
      const s = getComputedStyle(el);
      return el.getClientRects().length > 0 && s.visibility !== 'hidden' && !el.closest('[inert]');
    };
    const interactive = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
    const isScroller = (el: Element) => {
      const s = getComputedStyle(el);
      const scrolls = /(auto|scroll)/.test(`${s.overflowX} ${s.overflowY}`) && (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
      return scrolls && el.tagName !== 'HTML' && el.tagName !== 'BODY' && !el.querySelector(interactive);
    };
    const items: { key: string; label: string; outline: string; boxShadow: string }[] = [];
    const positive: string[] = [];
    const radioGroups = new Set<string>();
    let n = 0;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const h = el as HTMLElement;
      const isSummary = el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS' && el.parentElement.querySelector('summary') === el;
      const candidate = el.matches(interactive) || isSummary || isScroller(el);
      if (!candidate || h.tabIndex < 0 || (h as HTMLButtonElement).disabled || !rendered(el)) continue;
      if (h.tabIndex > 0) positive.push(label(el));
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = `${el.form?.id ?? ''}/${el.name}`;
        const radios = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`));
        const chosen = radios.find((r) => r.checked) ?? radios[0];
        if (radioGroups.has(group) || chosen !== el) continue;
        radioGroups.add(group);
      }
      h.dataset.ibFocus = String(++n);
      items.push({ key: String(n), label: label(el), ...style(el) });
    }
    // A focus starting point before everything else, so the first Tab goes where a visitor's would.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    return { items, positive };
  });
}

/** What the focused element is, where it is and how it looks while focused. */
function focusedState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el.tabIndex < 0) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    return { key: el.dataset.ibFocus ?? `(ikke forventet) <${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, outlineVisible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, onScreen };
  });
}

for (const [name, pattern] of PAGE_TYPES) {
  test(`keyboard: Tab reaches everything on ${name} in order, with visible focus`, async ({ page }) => {
    const path = firstPage(pattern);
    expect(path, `sitemap har ingen side, der matcher ${pattern}`).toBeDefined();
    await page.goto(path!);
    await page.waitForLoadState('networkidle');
    const { items, positive } = await stampFocusables(page);
    expect(items.length, `ingen fokuserbare elementer på ${path}`).toBeGreaterThan(0);
    expect(positive, `tabindex > 0 ændrer tabrækkefølgen på ${path}`).toEqual([]);
    const byKey = new Map(items.map((i) => [i.key, i]));

    const visited: string[] = [];
    const noIndicator: string[] = [];
    const offScreen: string[] = [];
    for (let i = 0; i < items.length + 5; i++) {
      await page.keyboard.press('Tab');
      const state = await focusedState(page);
      if (!state || state.key === visited[0]) break; // focus left the page or came round again
      visited.push(state.key);
      const before = byKey.get(state.key);
      const changed = before && (state.outline !== before.outline || state.boxShadow !== before.boxShadow);
      const shows = (state.outlineVisible || state.boxShadow !== 'none') && changed;
      if (!shows) noIndicator.push(before?.label ?? state.key);
      if (!state.onScreen) offScreen.push(before?.label ?? state.key);
    }

    const report = compareFocusOrder(items.map((i) => i.key), visited);
    const named = (keys: string[]) => keys.map((k) => byKey.get(k)?.label ?? k);
    expect(visited[0] && byKey.get(visited[0])?.label, 'første Tab skal ramme springlinket').toContain('Gå til hovedindhold');
    expect(named(report.missing), `nås ikke med Tab på ${path}`).toEqual([]);
    expect(named(report.unexpected), `uventet fokus på ${path}`).toEqual([]);
    expect(report.outOfOrder.map(([a, b]) => `${byKey.get(a)?.label} før ${byKey.get(b)?.label}`), `fokus ude af DOM-rækkefølge på ${path}`).toEqual([]);
    expect(named(report.repeated), `fokus fanget i en løkke på ${path}`).toEqual([]);
    expect(noIndicator, `ingen synlig fokusmarkering på ${path}`).toEqual([]);
    expect(offScreen, `fokuseret element uden for skærmen på ${path}`).toEqual([]);
  });
}
