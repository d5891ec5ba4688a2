/**
 * Search on the built site in headless Chromium. Each query runs in a fresh browser context (empty
 * cache, as a first-time visitor): open /soeg/, wait until the page is idle, type the query with
 * real keystrokes, and measure
 * - bytes: the encoded (on-the-wire) size of every response requested from the first keystroke on,
 * - time: from the last keystroke's input event to the first animation frame after a result item
 *   was added to the result list (the page discards results of earlier keystrokes).
 * The page's own selectors are used ([data-search-input], [data-search-results]); without them the
 * probe falls back to Pagefind's JS API from the page context and says so in `method`.
 */
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium.ts';

export interface QueryResult {
  label: string;
  query: string;
  method: 'page' | 'pagefind-api';
  /** Bytes on the wire from the first keystroke until results settled. */
  bytes: number;
  requests: number;
  /** Each response fetched for the query: path and bytes on the wire, largest first. */
  files: { path: string; bytes: number }[];
  /** Last keystroke → first result painted, ms; undefined when nothing was found. */
  firstResultMs?: number;
  /** Result items shown (the page shows the first page of hits). */
  results: number;
  /** The page's status line, e.g. "123 resultater". */
  status: string;
}

export interface SearchProbe {
  /** Bytes on the wire to load /soeg/ itself (before any typing). */
  pageLoadBytes: number;
  queries: QueryResult[];
}

const INPUT = '[data-search-input]';
const RESULTS = '[data-search-results]';

/** Encoded (on-the-wire) size of each finished request, headers included. */
async function wireFiles(requests: Request[]): Promise<{ path: string; bytes: number }[]> {
  const files = await Promise.all(
    requests.map(async (r) => {
      const s = await r.sizes().catch(() => undefined);
      return { path: new URL(r.url()).pathname, bytes: s ? s.responseBodySize + s.responseHeadersSize : 0 };
    }),
  );
  return files.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
}

const total = (files: { bytes: number }[]) => files.reduce((sum, f) => sum + f.bytes, 0);

interface Outcome {
  firstResultMs?: number;
  results: number;
  status?: string;
}

async function viaPage(page: Page, query: string): Promise<Outcome> {
  await page.evaluate(
    ({ inputSel, resultsSel }) => {
      const w = window as unknown as { __probe: { lastInput: number; added: number[] } };
      w.__probe = { lastInput: 0, added: [] };
      document.addEventListener('input', () => (w.__probe.lastInput = performance.now()), true);
      const list = document.querySelector(resultsSel);
      if (!list) throw new Error(`${resultsSel} not found`);
      new MutationObserver((records) => {
        if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1))) {
          requestAnimationFrame(() => w.__probe.added.push(performance.now()));
        }
      }).observe(list, { childList: true });
      (document.querySelector(inputSel) as HTMLInputElement).focus();
    },
    { inputSel: INPUT, resultsSel: RESULTS },
  );
  await page.keyboard.type(query, { delay: 60 });
  // Results for the final query within 10 s (a query that finds nothing waits the full 10 s).
  await page
    .waitForFunction(() => {
      const w = window as unknown as { __probe: { lastInput: number; added: number[] } };
      return w.__probe.added.some((t) => t > w.__probe.lastInput);
    }, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  return page.evaluate((sel) => {
    const w = window as unknown as { __probe: { lastInput: number; added: number[] } };
    const first = w.__probe.added.find((t) => t > w.__probe.lastInput);
    const results = document.querySelectorAll(`${sel} > li`).length;
    const status = document.querySelector('[role="status"]')?.textContent?.trim() ?? '';
    return { firstResultMs: first === undefined || results === 0 ? undefined : first - w.__probe.lastInput, results, status };
  }, RESULTS);
}

async function viaApi(page: Page, baseUrl: string, query: string): Promise<Outcome> {
  return page.evaluate(
    async ([bundle, q]) => {
      const pf = await import(/* @vite-ignore */ bundle as string);
      const t0 = performance.now();
      const search = await pf.search(q);
      const first = search.results[0];
      if (!first) return { results: 0, status: '0 resultater' };
      await first.data();
      const n = search.results.length as number;
      return { firstResultMs: performance.now() - t0, results: n, status: `${n} resultater` };
    },
    [`${baseUrl}pagefind/pagefind.js`, query],
  );
}

export async function probeSearch(
  baseUrl: string,
  queries: { label: string; query: string }[],
  onResult: (r: QueryResult) => void = () => undefined,
): Promise<SearchProbe> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const out: SearchProbe = { pageLoadBytes: 0, queries: [] };
  try {
    for (const { label, query } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const loadRequests: Request[] = [];
      const queryRequests: Request[] = [];
      let typing = false;
      page.on('requestfinished', (r) => (typing ? queryRequests : loadRequests).push(r));
      await page.goto(`${baseUrl}soeg/`, { waitUntil: 'networkidle' });
      out.pageLoadBytes = Math.max(out.pageLoadBytes, total(await wireFiles(loadRequests)));
      const hasUi = (await page.locator(INPUT).count()) > 0 && (await page.locator(RESULTS).count()) > 0;
      typing = true;
      const r = hasUi ? await viaPage(page, query) : await viaApi(page, baseUrl, query);
      await page.waitForLoadState('networkidle');
      const files = await wireFiles(queryRequests);
      const result: QueryResult = {
        label,
        query,
        method: hasUi ? 'page' : 'pagefind-api',
        bytes: total(files),
        requests: queryRequests.length,
        files,
        firstResultMs: r.firstResultMs,
        results: r.results,
        status: r.status ?? `${r.results} resultater (Pagefind-API)`,
      };
      out.queries.push(result);
      onResult(result);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
