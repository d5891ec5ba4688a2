import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchChunkStarts, preloadTyped, siteDeps } from '../../src/client/site-files.ts';
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

/** The search page's small files for preloadTyped: chunk starts for c and d, the vocabulary shard d, answers for i. */
function siteFetch(): { urls: string[] } {
  const urls: string[] = [];
  const files: Record<string, unknown> = {
    'filtre.json': { pages: 1, counts: {}, months: {}, shards: ['d'], chunkStarts: ['c', 'd', 'i'], answers: ['i'] },
    'stykker/c.json': ['ca', 'cz'],
    'stykker/d.json': ['da', 'dalsgaard', 'de'],
    'stykker/i.json': ['i', 'integrationsp', 'j'],
    'ordliste/d.json': { words: [] },
    'svar/i.json': { integrationspolitikken: 'x1' },
  };
  vi.stubGlobal('fetch', async (input: string) => {
    urls.push(input);
    const body = files[input.replace(/^.*\/soeg\//, '')];
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
  });
  return { urls };
}

function preloads(): { pf: typeof idlePagefind & { search: () => Promise<never> }; loaded: string[] } {
  const loaded: string[] = [];
  const pf = {
    ...idlePagefind,
    preload: async (t: string) => void loaded.push(t),
    search: () => Promise.reject(new Error('not searched')),
  };
  return { pf, loaded };
}

describe('preloadTyped', () => {
  it('loads the chunks of the words typed so far, and the vocabulary shard of a word with aa', async () => {
    const net = siteFetch();
    const { pf, loaded } = preloads();
    await preloadTyped(pf, '/c/', 'Camilla Dalsg', false);
    expect(loaded).toEqual(['Camilla']);
    // »dalsgaa« still reaches into the chunk that starts at »dalsgaard«; Pagefind loads a chunk once.
    await preloadTyped(pf, '/c/', 'Camilla Dalsgaa', false);
    expect(loaded).toEqual(['Camilla', 'Camilla']);
    await preloadTyped(pf, '/c/', 'Camilla Dalsgaard', false);
    expect(loaded).toEqual(['Camilla', 'Camilla', 'Camilla', 'Dalsgaard']);
    expect(net.urls).toContain('/c/soeg/ordliste/d.json');
    // Two words are never answered ahead: no answer list is asked for.
    expect(net.urls.filter((u) => u.includes('/svar/'))).toEqual([]);
  });

  it('loads nothing for one word that may become a word answered ahead, and has its answer list ready', async () => {
    const net = siteFetch();
    const { pf, loaded } = preloads();
    await preloadTyped(pf, '/d/', 'integrationsp', false);
    await preloadTyped(pf, '/d/', 'integrationspolitikken', true);
    expect(loaded).toEqual([]);
    expect(net.urls).toContain('/d/soeg/svar/i.json');
    await preloadTyped(pf, '/d/', 'integrationsudvalget', false);
    expect(loaded).toEqual(['integrationsudvalget']);
  });

  it('loads no chunk of a word being typed whose chunk starts are unknown', async () => {
    siteFetch();
    const { pf, loaded } = preloads();
    await preloadTyped(pf, '/e/', 'kulturhus', false);
    expect(loaded).toEqual([]);
  });
});
