import { describe, expect, it } from 'vitest';
import {
  chunkStartShards,
  chunkStartsKey,
  MAX_ANSWERED_PREFIX_CHUNKS,
  MAX_PREFIX_CHUNKS,
  prefixChunkLimit,
  prefixChunkStarts,
  stemInOneChunk,
  wordsToPreload,
} from '../../src/lib/search/prefix-chunks.ts';
import { runSearch } from '../../src/lib/search/engine.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { idlePagefind } from '../helpers/fake-pagefind.ts';

describe('prefixChunkStarts', () => {
  const starts = ['fa', 'fritidsl', 'fritidsu', 'fy'];
  it('lists the chunks that begin with the stem', () => {
    expect(prefixChunkStarts('fritid', starts)).toEqual(['fritidsl', 'fritidsu']);
    expect(prefixChunkStarts('fritidsliv', starts)).toEqual([]);
  });
  it('lists none for a short stem, or when more than the cap begin with it', () => {
    expect(prefixChunkStarts('fr', starts)).toEqual([]);
    const many = Array.from({ length: MAX_PREFIX_CHUNKS + 1 }, (_, i) => `konf${String.fromCharCode(97 + i)}`);
    expect(prefixChunkStarts('konf', many)).toEqual([]);
    expect(prefixChunkStarts('konf', many.slice(0, MAX_PREFIX_CHUNKS))).toHaveLength(MAX_PREFIX_CHUNKS);
  });
});

describe('stemInOneChunk', () => {
  const starts = ['ca', 'da', 'dalsgaard', 'de'];
  it('is true when no chunk after the stem begins with it, so every longer word is in the same chunk', () => {
    expect(stemInOneChunk('dalsgaard', starts)).toBe(true);
    expect(stemInOneChunk('camill', starts)).toBe(true);
    // A chunk that starts with the stem itself holds every word the stem begins.
    expect(stemInOneChunk('da', ['ca', 'da', 'de'])).toBe(false);
    expect(stemInOneChunk('dal', ['ca', 'dal', 'de'])).toBe(true);
  });
  it('is false when a later chunk begins with the stem, or the stem is short', () => {
    expect(stemInOneChunk('dalsg', starts)).toBe(false);
    expect(stemInOneChunk('dalsgaar', starts)).toBe(false);
    expect(stemInOneChunk('de', starts)).toBe(false);
  });
});

describe('wordsToPreload', () => {
  const lists: Record<string, string[]> = { c: ['ca', 'cz'], d: ['da', 'dalsgaard', 'de'] };
  const starts = (key: string) => lists[key];
  const never = () => false;
  it('loads each word finished with a space, and the word being typed once it lies in one chunk', () => {
    expect(wordsToPreload(['Camilla', 'Dalsg'], false, starts, never)).toEqual(['Camilla']);
    expect(wordsToPreload(['Camilla', 'Dalsgaard'], false, starts, never)).toEqual(['Camilla', 'Dalsgaard']);
    expect(wordsToPreload(['Camilla', 'Dalsg'], true, starts, never)).toEqual(['Camilla', 'Dalsg']);
  });
  it('waits for the chunk starts of the word being typed', () => {
    expect(wordsToPreload(['Camilla', 'Dalsgaard'], false, () => undefined, never)).toEqual(['Camilla']);
  });
  it('loads no short word, number or case number: they are searched in their own way', () => {
    expect(wordsToPreload(['og', 'i', 'Camilla'], true, starts, never)).toEqual(['Camilla']);
    expect(wordsToPreload(['2009-612682', '2009'], true, starts, never)).toEqual([]);
  });
  it('loads nothing for one word that may become a word answered ahead, whose chunk the answer does not need', () => {
    const answered = (w: string) => 'integrationspolitikken'.startsWith(w.toLowerCase());
    expect(wordsToPreload(['Integrationsp'], false, () => ['i', 'j'], answered)).toEqual([]);
    expect(wordsToPreload(['integrationspolitikken'], true, () => ['i', 'j'], answered)).toEqual([]);
    expect(wordsToPreload(['Camilla'], true, starts, answered)).toEqual(['Camilla']);
    // Two words are never answered ahead.
    expect(wordsToPreload(['integrationspolitikken', 'Camilla'], false, starts, answered)).toEqual(['integrationspolitikken', 'Camilla']);
  });
});

describe('chunkStartShards', () => {
  it('files the starts under their first letter, æ/ø by code point', () => {
    const shards = chunkStartShards(['2007', 'fa', 'fritidsl', 'ø', 'øk']);
    expect([...shards]).toEqual([
      ['2', ['2007']],
      ['f', ['fa', 'fritidsl']],
      ['uf8', ['ø', 'øk']],
    ]);
    expect(chunkStartsKey('økonomi')).toBe('uf8');
  });
});

/** A Pagefind that finds nothing and records each preload and search in `calls`. */
function recordingPagefind(calls: string[]): Pagefind {
  return {
    ...idlePagefind,
    preload: async (term) => void calls.push(`preload ${term}`),
    search: async (term) => {
      calls.push(`search ${term ?? ''}`);
      return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
    },
  };
}

describe('prefixChunkLimit', () => {
  it('lets an answered word with a stem of five letters or more reach into MAX_ANSWERED_PREFIX_CHUNKS chunks', () => {
    expect(prefixChunkLimit('integration', true)).toBe(MAX_ANSWERED_PREFIX_CHUNKS);
    expect(prefixChunkLimit('fritid', true)).toBe(MAX_ANSWERED_PREFIX_CHUNKS);
    // »bol« (bolig), »sam«, »sund«: their longer words are mostly other words.
    expect(prefixChunkLimit('sund', true)).toBe(MAX_PREFIX_CHUNKS);
    expect(prefixChunkLimit('integration', false)).toBe(MAX_PREFIX_CHUNKS);
  });
});

describe('runSearch loads the chunks a stem reaches into', () => {
  it('preloads each chunk start that begins with a query word’s stem, before searching', async () => {
    const calls: string[] = [];
    const pf = recordingPagefind(calls);
    const chunkStarts = async (key: string) => (key === 'f' ? ['fa', 'fritidsl'] : undefined);
    await runSearch({ pf, shard: async () => undefined, chunkStarts }, 'fritid');
    expect(calls.slice(0, 2)).toEqual(['preload fritidsl', 'search fritid']);
  });

  it('loads up to MAX_ANSWERED_PREFIX_CHUNKS of them for a one-word query the build answers, in every search of it', async () => {
    const many = Array.from({ length: MAX_ANSWERED_PREFIX_CHUNKS }, (_, i) => `integrations${String.fromCharCode(97 + i)}`);
    const chunkStarts = async (key: string) => (key === 'i' ? ['i', ...many] : undefined);
    const preloads = async (q: string, answered?: (term: string) => Promise<boolean>) => {
      const calls: string[] = [];
      await runSearch({ pf: recordingPagefind(calls), shard: async () => undefined, chunkStarts, ...(answered ? { answered } : {}) }, q);
      return calls.filter((c) => c.startsWith('preload')).length;
    };
    const answered = async (term: string) => term === 'integration';
    expect(many.length).toBeGreaterThan(MAX_PREFIX_CHUNKS);
    // Answered: all 16; not answered, or in a query of two words: none (more than MAX_PREFIX_CHUNKS).
    expect(await preloads('integration', answered)).toBe(MAX_ANSWERED_PREFIX_CHUNKS);
    expect(await preloads('integration')).toBe(0);
    expect(await preloads('integrationen', answered)).toBe(0);
    expect(await preloads('integration politik', async () => true)).toBe(0);
    // One more chunk than the limit, and even an answered word loads none of them.
    const more = async (key: string) => (key === 'i' ? [...many, 'integrationsz'] : undefined);
    const calls: string[] = [];
    await runSearch({ pf: recordingPagefind(calls), shard: async () => undefined, chunkStarts: more, answered }, 'integration');
    expect(calls.filter((c) => c.startsWith('preload'))).toEqual([]);
  });

  it('asks for every word’s list of starts at once, then preloads the chunks in the order of the words', async () => {
    const calls: string[] = [];
    const pending: (() => void)[] = [];
    const pf = recordingPagefind(calls);
    const lists: Record<string, string[]> = { f: ['fa', 'fritidsl'], k: ['kulturhusets'] };
    // The lists arrive once both were asked for, the second word's first (or, asked one at a time, each after 20 ms).
    const chunkStarts = (key: string) =>
      new Promise<string[] | undefined>((resolve) => {
        calls.push(`list ${key}`);
        pending.push(() => resolve(lists[key]));
        if (pending.length === 2) for (const done of pending.reverse()) done();
        else setTimeout(() => resolve(lists[key]), 20);
      });
    await runSearch({ pf, shard: async () => undefined, chunkStarts }, 'fritid kulturhus');
    expect(calls.slice(0, 5)).toEqual(['list f', 'list k', 'preload fritidsl', 'preload kulturhusets', 'search fritid kulturhus']);
  });
});
