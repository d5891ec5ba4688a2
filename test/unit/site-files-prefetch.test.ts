import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchChunkStarts, siteDeps } from '../../src/client/site-files.ts';
import { loadPrefixChunks, startRun } from '../../src/lib/search/engine-search.ts';
import { idlePagefind } from '../helpers/fake-pagefind.ts';

/** A fetch stand-in for the search page's small files: filtre.json lists the chunk-start files that exist. */
function fakeFetch(chunkStarts: string[]): { urls: string[] } {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    urls.push(input);
    const body = input.endsWith('/soeg/filtre.json') ? { pages: 1, counts: {}, months: {}, shards: [], chunkStarts } : ['a'];
    return new Response(JSON.stringify(body));
  });
  return { urls };
}

afterEach(() => vi.unstubAllGlobals());

describe('prefetchChunkStarts', () => {
  it('asks for the lists the engine reads for the query, once each', async () => {
    const net = fakeFetch(['c', 'd']);
    prefetchChunkStarts('/a/', 'Camilla Dalsgaard');
    prefetchChunkStarts('/a/', 'Camilla Dalsgaard');
    await vi.waitFor(() => expect(net.urls).toHaveLength(3));
    expect(net.urls.sort()).toEqual(['/a/soeg/filtre.json', '/a/soeg/stykker/c.json', '/a/soeg/stykker/d.json']);

    // The search that follows finds them fetched: no new request.
    const pf = { ...idlePagefind, search: () => Promise.reject(new Error('not searched here')) };
    const run = startRun(siteDeps(pf, '/a/'));
    await loadPrefixChunks(run, 'Camilla Dalsgaard');
    expect(net.urls).toHaveLength(3);
  });

  it('asks for no list the site does not have', async () => {
    const net = fakeFetch(['c']);
    prefetchChunkStarts('/b/', 'æbler camilla');
    await vi.waitFor(() => expect(net.urls).toContain('/b/soeg/stykker/c.json'));
    await new Promise((r) => setTimeout(r, 10));
    expect(net.urls.sort()).toEqual(['/b/soeg/filtre.json', '/b/soeg/stykker/c.json']);
  });
});
