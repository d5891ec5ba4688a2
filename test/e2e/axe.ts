/**
 * axe-core's WCAG 2.0/2.1/2.2 A and AA rules on a loaded page, none disabled, with each violation
 * reported as its rule, help text and the elements it found.
 *
 * Why axe-core directly rather than @axe-core/playwright: that wrapper injected axe into the page
 * with `evaluate` and opened a second page to finish every run, 2–6 s a page on CI's two cores, and
 * a11y.spec.ts checks every page of the site (~190). Loaded as an init script instead, axe is
 * compiled with the page and `axe.run` takes 0.2–1 s, the same rules on the same document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: string | undefined;

/** Load axe into every page and frame the context opens from now on (call before `page.goto`). */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_PATH });
}

/** Part of the page to check: CSS selectors to include (default: the whole document) and exclude. */
export interface AxeScope {
  include?: string[];
  exclude?: string[];
}

/**
 * The violations on the page as readable lines (empty when there are none). A page opened without
 * `installAxe` gets axe injected into each of its frames first.
 */
export async function axeViolations(page: Page, scope?: AxeScope): Promise<string[]> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => 'axe' in window)) continue;
    source ??= readFileSync(AXE_PATH, 'utf8');
    await frame.evaluate(source);
  }
  const { violations } = await page.evaluate(([ctx, tags]) => window.axe.run(ctx ?? document, { runOnly: { type: 'tag', values: tags } }), [
    scope ?? null,
    WCAG_TAGS,
  ] as const);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'),
  );
}

declare global {
  interface Window {
    axe: { run: (context: AxeScope | Document, options: object) => Promise<AxeResults> };
  }
}
