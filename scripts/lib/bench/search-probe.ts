/**
 * Search on the built site in headless Chromium. Each query runs in a fresh browser context (empty
 * cache, as a first-time visitor): open /soeg/, wait until the page is idle, type the query with
 * real keystrokes, and measure
 * - bytes: the encoded (on-the-wire) size of every response requested from the first keystroke on,
 * - time: from the last keystroke's input event to the first animation frame in which results for
 *   the whole query are shown (see viaPage).
 * The page's own selectors are used ([data-search-input], [data-search-results]); without them the
 * probe falls back to Pagefind's JS API from the page context and says so in `method`.
 */
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export interface QueryResult {
  label: string;
  query: string;
  method: 'page' | 'pagefind-api';
  /** Bytes on the wire from the first keystroke until results settled. */
  bytes: number;
  requests: number;
  /** Each response fetched for the query: path and bytes on the wire, largest first. */
  files: { path: string; bytes: number }[];
  /** Bytes by kind of file: Pagefind word index chunks, result fragments, and everything else. */
  byKind: { index: number; fragment: number; other: number };
  /** The page's own performance measure "ib-search:results" (last input → result count shown), if it sets one. */
  pageMeasureMs?: number;
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
  pageMeasureMs?: number;
}

/** Milliseconds between keystrokes: a fast typist (~120 words a minute). Slower typing lets the page search after more keystrokes. */
export const DEFAULT_TYPING_DELAY_MS = 100;

function byKind(files: { path: string; bytes: number }[]): QueryResult['byKind'] {
  const sum = (test: (p: string) => boolean) => files.filter((f) => test(f.path)).reduce((a, f) => a + f.bytes, 0);
  const index = sum((p) => p.endsWith('.pf_index'));
  const fragment = sum((p) => p.endsWith('.pf_fragment'));
  return { index, fragment, other: sum(() => true) - index - fragment };
}

type Probe = { lastInput: number; hit?: number; fallback?: number };

/**
 * Results count as shown for the final query when the page's status line (role="status") names the
 * whole query: results of an earlier keystroke can still render after the last one (the page's
 * debounce has not started the final search yet), and their status names a shorter prefix. Pages
 * whose status never names the query fall back to the first result-list change after the last keystroke.
 */
async function viaPage(page: Page, query: string, typingDelayMs: number): Promise<Outcome> {
  await page.evaluate(
    ({ inputSel, resultsSel, q }) => {
      const w = window as unknown as { __probe: Probe };
      const p: Probe = (w.__probe = { lastInput: 0 });
      const input = document.querySelector(inputSel) as HTMLInputElement;
      const list = document.querySelector(resultsSel);
      if (!list) throw new Error(`${resultsSel} not found`);
      document.addEventListener(
        'input',
        () => {
          p.lastInput = performance.now();
          p.hit = p.fallback = undefined;
        },
        true,
      );
      new MutationObserver(() => {
        if (!p.lastInput || input.value !== q || list.querySelectorAll(':scope > li').length === 0) return;
        if (p.fallback === undefined) {
          p.fallback = -1;
          requestAnimationFrame(() => (p.fallback = performance.now()));
        }
        const status = document.querySelector('[role="status"]')?.textContent ?? '';
        if (p.hit === undefined && status.includes(q)) {
          p.hit = -1;
          requestAnimationFrame(() => (p.hit = performance.now()));
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
      input.focus();
    },
    { inputSel: INPUT, resultsSel: RESULTS, q: query },
  );
  // 0 ms: the whole query in one input event, as when pasting; otherwise one key at a time.
  if (typingDelayMs <= 0) await page.fill(INPUT, query);
  else await page.keyboard.type(query, { delay: typingDelayMs });
  // Results for the final query within 10 s (a query that finds nothing waits the full 10 s).
  await page
    .waitForFunction(() => ((window as unknown as { __probe: Probe }).__probe.hit ?? 0) > 0, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  return page.evaluate((sel) => {
    const p = (window as unknown as { __probe: Probe }).__probe;
    const at = (p.hit ?? 0) > 0 ? p.hit : (p.fallback ?? 0) > 0 ? p.fallback : undefined;
    const results = document.querySelectorAll(`${sel} > li`).length;
    const status = document.querySelector('[role="status"]')?.textContent?.trim() ?? '';
    const measure = performance.getEntriesByName('ib-search:results').at(-1)?.duration;
    return { firstResultMs: at === undefined || results === 0 ? undefined : at - p.lastInput, results, status, pageMeasureMs: measure };
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
  typingDelayMs = DEFAULT_TYPING_DELAY_MS,
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
      const r = hasUi ? await viaPage(page, query, typingDelayMs) : await viaApi(page, baseUrl, query);
      await page.waitForLoadState('networkidle');
      const files = await wireFiles(queryRequests);
      const result: QueryResult = {
        label,
        query,
        method: hasUi ? 'page' : 'pagefind-api',
        bytes: total(files),
        requests: queryRequests.length,
        files,
        byKind: byKind(files),
        pageMeasureMs: r.pageMeasureMs,
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
