/**
 * Loads Pagefind's browser bundle only when it is needed: its code and WebAssembly while the page is
 * idle, the page table at the first keystroke. Browser code (fetch, document, location); the types
 * and ranking options are pure and live in lib/search/pagefind-api.ts.
 */
import { PAGEFIND_OPTIONS, type Pagefind } from '../lib/search/pagefind-api.ts';

let importing: Promise<Pagefind> | undefined;
let loading: Promise<Pagefind> | undefined;

/**
 * Import the bundle's code and fetch its WebAssembly, without the index's page table: what a
 * visitor's first search needs before it can start, small enough to load while the page is idle.
 * The page table (pf_meta, about 4 bytes a page) is fetched by loadPagefind, once the visitor
 * starts typing: at 20,000 letters it would otherwise be most of what the page loads.
 */
export function preparePagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  importing ??= (async () => {
    const pf = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    // No worker: it would fetch a second copy of the search code (~12 KB gzip) for every visitor,
    // and on this index a search takes milliseconds, so the main thread never notices.
    // A case or document number typed in full should put the document filed under it first, ahead
    // of area and indicator pages that merely list it (Pagefind searches meta values too).
    await pf.options({ baseUrl, noWorker: true, ...PAGEFIND_OPTIONS });
    // The same request Pagefind makes in init(), answered from the HTTP cache then.
    const lang = document.documentElement.lang || 'unknown';
    await fetch(new URL(`wasm.${lang}.pagefind`, new URL(bundleUrl, location.href)))
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    return pf;
  })();
  importing.catch(() => {
    importing = undefined;
  });
  return importing;
}

/**
 * The bundle ready to search: imported, and its page table loaded (init). The URL comes from the
 * page (built with href()), so the site works under a base path; results then get the base path
 * prepended, since Pagefind indexed the site from /.
 */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = await preparePagefind(bundleUrl, baseUrl);
    await pf.init();
    return pf;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * A separate instance of the bundle with nothing loaded from earlier searches. Pagefind matches a
 * word against every index word loaded so far, so after other searches the visitor's own instance
 * may find more for a word than a fresh search (»fritid« after »fritidsliv«: 20 results, not 18,
 * in another order). A precomputed answer is a fresh search (first-results.ts), so the rest of its
 * list comes from such an instance and »Vis flere« continues the same list. Its files come from
 * the HTTP cache.
 */
export async function freshPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  const mod = await preparePagefind(bundleUrl, baseUrl);
  if (!mod.createInstance) throw new Error('pagefind.js has no createInstance');
  const pf = mod.createInstance({ baseUrl, noWorker: true, ...PAGEFIND_OPTIONS });
  await pf.init();
  return pf;
}
