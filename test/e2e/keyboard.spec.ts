/**
 * Keyboard use on the page types people navigate most: the overview, an indicator, a letter and
 * search. Tabbing from the top must reach every focusable element exactly once, in DOM order
 * (no positive tabindex, no traps), start with the skip link, and every focused element must be on
 * screen with a visible focus indicator (its outline or box-shadow changes when it gets focus).
 */
import type { Page } from '@playwright/test';
import { compareFocusOrder } from '../../scripts/lib/quality/focus-order.ts';
import { expect, test } from './fixtures.ts';
import { firstPage, PATTERNS } from './site.ts';

/** Outline and box-shadow of an element, its ::before/::after and its nearest ancestors. */
type FocusSignature = { outline: string; boxShadow: string; visible: boolean }[];
interface Focusable {
  key: string;
  label: string;
  signature: FocusSignature;
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
 * The focus ring may be drawn on the element, a pseudo-element or an ancestor (a card that shows
 * :has(:focus-visible)), so the style signature covers those too.
 */
function stampFocusables(page: Page): Promise<{ items: Focusable[]; positive: string[] }> {
  return page.evaluate(() => {
    const label = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? (el as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`;
    const signature = (el: Element) => {
      const styles = [getComputedStyle(el), getComputedStyle(el, '::before'), getComputedStyle(el, '::after')];
      let up = el.parentElement;
      for (let i = 0; i < 4 && up && up !== document.body && up.tagName !== 'MAIN'; i++, up = up.parentElement)
        styles.push(getComputedStyle(up));
      return styles.map((s) => ({
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`,
        boxShadow: s.boxShadow,
        visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
      }));
    };
    (window as unknown as { ibFocusSignature: typeof signature }).ibFocusSignature = signature;
    const rendered = (el: Element) => {
      const s = getComputedStyle(el);
      return el.getClientRects().length > 0 && s.visibility !== 'hidden' && !el.closest('[inert]');
    };
    const interactive =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
    const isScroller = (el: Element) => {
      const s = getComputedStyle(el);
      const scrolls =
        /(auto|scroll)/.test(`${s.overflowX} ${s.overflowY}`) && (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
      return scrolls && el.tagName !== 'HTML' && el.tagName !== 'BODY' && !el.querySelector(interactive);
    };
    const items: { key: string; label: string; signature: ReturnType<typeof signature> }[] = [];
    const positive: string[] = [];
    const radioGroups = new Set<string>();
    let n = 0;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const h = el as HTMLElement;
      const isSummary =
        el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS' && el.parentElement.querySelector('summary') === el;
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
      items.push({ key: String(n), label: label(el), signature: signature(el) });
    }
    // A focus starting point before everything else, so the first Tab goes where a visitor's would.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    return { items, positive };
  });
}

/** What the focused element is, whether it is on screen, and its style signature while focused. */
function focusedState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el.tabIndex < 0) return null;
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const signature = (window as unknown as { ibFocusSignature: (e: Element) => FocusSignature }).ibFocusSignature(el);
    return { key: el.dataset.ibFocus ?? `(ikke forventet) ${el.outerHTML.slice(0, 80)}`, signature, onScreen };
  });
}

/** A focus indicator is visible when some part of the signature changed and is now drawn. */
function showsFocus(before: FocusSignature, after: FocusSignature): boolean {
  return after.some((a, i) => a.visible && (a.outline !== before[i]?.outline || a.boxShadow !== before[i]?.boxShadow));
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
      if (!before || !showsFocus(before.signature, state.signature)) noIndicator.push(before?.label ?? state.key);
      if (!state.onScreen) offScreen.push(before?.label ?? state.key);
    }

    const report = compareFocusOrder(
      items.map((i) => i.key),
      visited,
    );
    const named = (keys: string[]) => keys.map((k) => byKey.get(k)?.label ?? k);
    expect(visited[0] && byKey.get(visited[0])?.label, 'første Tab skal ramme springlinket').toContain('Gå til hovedindhold');
    expect(named(report.missing), `nås ikke med Tab på ${path}`).toEqual([]);
    expect(named(report.unexpected), `uventet fokus på ${path}`).toEqual([]);
    expect(
      report.outOfOrder.map(([a, b]) => `${byKey.get(a)?.label} før ${byKey.get(b)?.label}`),
      `fokus ude af DOM-rækkefølge på ${path}`,
    ).toEqual([]);
    expect(named(report.repeated), `fokus fanget i en løkke på ${path}`).toEqual([]);
    expect(noIndicator, `ingen synlig fokusmarkering på ${path}`).toEqual([]);
    expect(offScreen, `fokuseret element uden for skærmen på ${path}`).toEqual([]);
  });
}
