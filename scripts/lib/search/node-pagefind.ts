/**
 * Pagefind's browser bundle (pagefind/pagefind.js of a built site) run in Node, for the gold set
 * and tests: its index files are read from disk through a small fetch shim.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Pagefind } from '../../../src/lib/search/pagefind-api.ts';

let shimmed = false;
let onRead: ((path: string) => void) | undefined;

/** Call `listener` with the path of every file the shim reads (one listener; undefined stops it). */
export function watchFileReads(listener: ((path: string) => void) | undefined): void {
  onRead = listener;
}

/** fetch() for file: URLs, so pagefind.js (and the vocabulary loader) can read a dist folder. */
export function installFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    try {
      const path = fileURLToPath(url.split('?')[0] ?? url);
      const bytes = readFileSync(path);
      onRead?.(path);
      return new Response(bytes);
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
}

async function importBundle(dist: string): Promise<{ mod: Pagefind; basePath: string }> {
  installFileFetch();
  const dir = resolve(dist, 'pagefind');
  const mod = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'pagefind.js')).href)) as Pagefind;
  return { mod, basePath: `${pathToFileURL(dir).href}/` };
}

/** Load the Pagefind bundle of a built site (dist) with the given options. */
export async function loadNodePagefind(dist: string, options: Record<string, unknown> = {}): Promise<Pagefind> {
  const { mod: pf, basePath } = await importBundle(dist);
  await pf.options({ basePath, noWorker: true, ...options });
  await pf.init();
  return pf;
}

/**
 * A separate instance of a built site's bundle (pagefind.js's createInstance), nothing loaded yet.
 * It starts loading its page table at once, but pagefind.js's init() does not wait for that, and a
 * search asked before it is in waits in steps of 50 ms: made ahead of use, it is ready when asked.
 */
export async function createNodePagefind(dist: string, options: Record<string, unknown> = {}): Promise<Pagefind> {
  const { mod, basePath } = await importBundle(dist);
  if (!mod.createInstance) throw new Error(`${dist}: pagefind.js has no createInstance`);
  const pf = mod.createInstance({ basePath, noWorker: true, ...options });
  await pf.init();
  return pf;
}
