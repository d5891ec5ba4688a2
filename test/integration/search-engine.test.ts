/**
 * The search as a visitor gets it (engine.ts) on a small real Pagefind index: compound parts
 * printed the way the Markdown plugin prints them (hidden, weighted), the vocabulary written the
 * way the build writes it, and pagefind.js run in Node. Covers compounds found by a part with the
 * whole word ranked first, æ/ø/å typed as aa/oe/ae (in hyphenated names too), »Mente du …?«,
 * illustrative pages below real ones, a query no page has every word of, a date query, and the
 * month filter behind the date range.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compoundSplitter, partsOf } from '../../src/integrations/compound-parts-plugin.ts';
import { runSearch } from '../../src/lib/search/engine.ts';
import { PART_WEIGHT, partsText } from '../../src/lib/search/index-only.ts';
import { META_WEIGHTS, type Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { digraphFold, shardKey, type VocabularyShard } from '../../src/lib/search/vocabulary.ts';
import { ILLUSTRATIVE_FACTOR } from '../../src/lib/search/weights.ts';
import { searchAttributes, type SearchInfo } from '../../src/lib/search-attributes.ts';
import { pagefindFilters, parseSearchState } from '../../src/lib/search/url-state.ts';
import { collect, entries, readFragment } from '../../scripts/lib/search/post-index.ts';
import { loadNodePagefind } from '../../scripts/lib/search/node-pagefind.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const split = compoundSplitter();

/** A paragraph as the compound-parts plugin prints it: its compounds' parts hidden at the end. */
function withParts(text: string, factor: number): string {
  const parts = partsOf(text, split);
  return esc(text) + (parts.length ? `<span hidden data-pagefind-weight="${PART_WEIGHT * factor}">${esc(partsText(parts))}</span>` : '');
}

function page(title: string, info: SearchInfo, paragraphs: string[], illustrative = false): string {
  const a = searchAttributes(info);
  const factor = illustrative ? ILLUSTRATIVE_FACTOR : 1;
  const hidden = [
    ...a.filters.map((f) => `<span data-pagefind-filter="${esc(`${f.name}:${f.value}`)}"></span>`),
    ...a.meta.map((m) => `<span data-pagefind-meta="${esc(`${m.name}:${m.value}`)}"></span>`),
  ].join('');
  const body = paragraphs.map((p, i) => `<p id="afsnit-${i + 1}">${withParts(p, factor)}</p>`).join('\n');
  const weight = illustrative ? ` data-pagefind-weight="${ILLUSTRATIVE_FACTOR}"` : '';
  return `<!doctype html><html lang="da"><head><title>${esc(title)}</title></head><body><main><div data-pagefind-body${weight}><div hidden>${hidden}</div>
<h1>${esc(title)}</h1>\n${body}</div></main></body></html>`;
}

let dir = '';
let pf: Pagefind;
const shards = new Map<string, VocabularyShard>();
/**
 * Pagefind's own fragment names here (the site's merge marks example pages in them, ordering.ts):
 * the example pages are the ones the example-data filter lists.
 */
let examples = new Set<string>();
const deps = () => ({ pf, shard: async (k: string) => shards.get(k), illustrative: (id: string) => examples.has(id) });

async function urls(
  term: string,
  filters?: Record<string, { any: string[] }>,
): Promise<{ searched: string; urls: string[]; suggestions: string[]; someWords?: boolean; date?: string }> {
  const o = await runSearch(deps(), term, filters ? { filters } : {});
  // Result URLs carry the file: base path in Node; the site path is what matters.
  const list = await Promise.all(
    o.results.map(async (r) => (await r.data()).url.replace(/^.*?(?=\/(breve|indikatorer|maal|omraader)\/)/, '')),
  );
  return { searched: o.searched, urls: list, suggestions: o.suggestions, someWords: o.someWords, date: o.date };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ib-engine-'));
  const { index } = await pagefindNode.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  const files = [
    {
      url: '/breve/priser/',
      content: page('Koncept for konferencen', { type: 'brev', date: new Date('2007-11-20') }, [
        'Konferencen uddeler integrationspriser til foreninger.',
        'Mødet holdes på Rådhuset.',
      ]),
    },
    {
      url: '/breve/prisen/',
      content: page('Om prisen', { type: 'brev', date: new Date('2008-05-16') }, [
        'Prisen blev uddelt på Rådhuset af Jakob Hougaard.',
        'Prisen gik til en forening.',
      ]),
    },
    {
      url: '/breve/budget/',
      content: page('Budget', { type: 'brev', date: new Date('2007-03-26'), committees: ['ØKF'], caseNumbers: ['2006-742'] }, [
        'Inden budgetforhandlingerne sender Økonomiudvalget fællesindstillinger.',
      ]),
    },
    {
      url: '/breve/kvinder-real/',
      content: page('Opsamling', { type: 'brev', date: new Date('2009-04-02') }, ['Konferencen drøftede beskæftigelse for kvinder.']),
    },
    {
      // Dated another day, writing the date out.
      url: '/breve/notat/',
      content: page('Notat', { type: 'brev', date: new Date('2009-01-22') }, ['Notatet om sommerlejren blev sendt den 2. april 2009.']),
    },
    {
      url: '/indikatorer/kvinder-eksempel/',
      content: page(
        'Eksempelindikator',
        { type: 'indikator', illustrative: true },
        ['Kvinder og mænd. Kvinder: 68 pct. Kvinder: 69 pct.'],
        true,
      ),
    },
    {
      // A short example goal whose title has »kvindelige«: Pagefind's title boost ignores the page's weight.
      url: '/maal/pigehold-eksempel/',
      content: page('Idrætshold for piger med kvindelige trænere', { type: 'mål', illustrative: true }, ['Ni hold er startet.'], true),
    },
    {
      // An area page that shows example indicators (its banner, and so its result, says »Eksempeldata«).
      url: '/omraader/tryghed/',
      content: page('Tryghed', { type: 'område', name: 'Tryghed', illustrative: true }, ['Indikatorer for tryghed i bydelene.'], true),
    },
    {
      url: '/breve/tryghed/',
      content: page('Tryghedsvandringer', { type: 'brev', date: new Date('2008-03-03') }, [
        'Tryghed og tryghedsvandringer: tryghed i bydelene, tryghed om aftenen.',
      ]),
    },
    {
      url: '/breve/boerne/',
      content: page('Til udvalget', { type: 'brev', date: new Date('2008-01-10'), caseNumbers: ['2007-114951'] }, [
        'Sagen går til Børne- og Ungdomsudvalget, skriver Jacob Eberholst.',
        'Udvalget skriver til forvaltningen om en lang række andre emner, som ikke har med kvinder at gøre, men med skoler og budgetter.',
      ]),
    },
  ];
  for (const f of files) {
    const added = await index.addHTMLFile(f);
    if (added.errors.length) throw new Error(added.errors.join('\n'));
  }
  mkdirSync(join(dir, 'pagefind'));
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefindNode.close();
  const fragmentDir = join(dir, 'pagefind', 'fragment');
  const { words } = collect(readdirSync(fragmentDir).map((f) => readFragment(join(fragmentDir, f))));
  for (const e of entries(words)) {
    const key = shardKey(e[0]);
    const s = shards.get(key) ?? { words: [] };
    s.words.push(e);
    shards.set(key, s);
  }
  for (const s of shards.values()) s.words.sort((a, b) => (digraphFold(a[0]) < digraphFold(b[0]) ? -1 : 1));
  pf = await loadNodePagefind(dir, { ranking: { metaWeights: META_WEIGHTS } });
  examples = new Set((await pf.search(null, { filters: { eksempeldata: 'ja' } })).results.map((r) => r.id));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('search engine on a real index', () => {
  it('finds a compound by its last part, with the whole word ranked first', async () => {
    const r = await urls('pris');
    expect(r.urls).toEqual(['/breve/prisen/', '/breve/priser/']);
    expect((await urls('forhandlinger')).urls).toEqual(['/breve/budget/']);
    expect((await urls('integrationspriser')).urls).toEqual(['/breve/priser/']);
  });

  it('finds æ/ø/å typed as aa/oe/ae, and o for ø where that is the only reading', async () => {
    for (const [typed, searched] of [
      ['Raadhuset', 'Rådhuset'],
      ['Oekonomiudvalget', 'Økonomiudvalget'],
      ['faellesindstillinger', 'fællesindstillinger'],
      ['okonomiudvalget', 'økonomiudvalget'],
    ]) {
      const r = await urls(typed as string);
      expect(r.searched, typed).toBe(searched);
      expect(r.urls.length, typed).toBeGreaterThan(0);
    }
    // A name really spelt with aa is searched as typed.
    expect((await urls('Hougaard')).searched).toBe('Hougaard');
    // Restored also when another word of the query finds pages on its own.
    const both = await urls('Hougaard Raadhuset');
    expect(both.searched).toBe('Hougaard Rådhuset');
    expect(both.urls).toEqual(['/breve/prisen/']);
  });

  it('offers the closest word for a typo, names included, only when it finds something', async () => {
    const r = await urls('Hougard');
    expect(r.urls).toEqual([]);
    expect(r.suggestions[0]).toBe('Hougaard');
    // One word right, one misspelt: the results for the right one are not the end of it.
    expect((await urls('Jakob Hougard')).suggestions[0]).toBe('Jakob Hougaard');
    expect((await urls('xqzjvw')).suggestions).toEqual([]);
  });

  it('ranks a real document above an illustrative page that says the same more often', async () => {
    expect((await urls('kvinder')).urls[0]).toBe('/breve/kvinder-real/');
  });

  it('keeps a page searched by its own name first, though it shows example data', async () => {
    expect((await urls('Tryghed')).urls).toEqual(['/omraader/tryghed/', '/breve/tryghed/']);
    expect((await urls('tryghedsvandringer')).urls[0]).toBe('/breve/tryghed/');
  });

  it('ranks every real page that matches above the example pages, a short one with the word in its title too', async () => {
    expect(examples.size).toBe(3);
    const r = (await urls('kvinder')).urls;
    expect(r.slice(-2).sort()).toEqual(['/indikatorer/kvinder-eksempel/', '/maal/pigehold-eksempel/']);
    expect(r.slice(0, -2)).toEqual(expect.arrayContaining(['/breve/kvinder-real/', '/breve/boerne/']));
  });

  it('restores æ/ø/å in a hyphenated committee name', async () => {
    for (const typed of ['Boerne- og Ungdomsudvalget', 'Borne- og Ungdomsudvalget']) {
      const r = await urls(typed);
      expect(r.searched, typed).toBe('Børne- og Ungdomsudvalget');
      expect(r.urls, typed).toEqual(['/breve/boerne/']);
    }
  });

  it('offers a close word and shows the pages with some of the words when no page has them all', async () => {
    const r = await urls('Jacob Hougaard');
    expect(r.suggestions[0]).toBe('Jakob Hougaard');
    expect(r.someWords).toBe(true);
    expect(r.urls.sort()).toEqual(['/breve/boerne/', '/breve/prisen/']);
    const numbers = await urls('2007-114951 2006-742');
    expect(numbers.urls.sort()).toEqual(['/breve/boerne/', '/breve/budget/']);
  });

  it('searches a date as the date: the page dated so, or none', async () => {
    for (const typed of ['2.4.09', '02.04.09', '2. april 2009']) {
      const r = await urls(typed);
      expect(r.date, typed).toBe('2009-04-02');
      // The page dated so, then the page that writes the date out.
      expect(r.urls, typed).toEqual(['/breve/kvinder-real/', '/breve/notat/']);
    }
    // No page has it: nothing, not every page with »03« or »2015«.
    const none = await urls('03.03.2015');
    expect(none.date).toBe('2015-03-03');
    expect(none.urls).toEqual([]);
  });

  it('searches a date among other words as that day with the words: not every page with »2«, »4« and »09«', async () => {
    for (const typed of ['konferencen 2.4.09', 'Konferencen 2. april 2009', '2009-04-02 konferencen']) {
      const r = await urls(typed);
      expect(r.date, typed).toBe('2009-04-02');
      expect(r.urls, typed).toEqual(['/breve/kvinder-real/']);
    }
    expect((await urls('konferencen 20.11.2007')).urls).toEqual(['/breve/priser/']);
    // A page dated another day that has the words and writes the date out (»sendt den 2. april 2009«).
    expect((await urls('sommerlejren 2.4.2009')).urls).toEqual(['/breve/notat/']);
    expect((await urls('sommerlejren 3.4.2009')).urls).toEqual([]);
    // The day has no page with the word, or no page has the day: nothing.
    for (const typed of ['Hougaard 2.4.09', 'konferencen 03.03.2015']) {
      const r = await urls(typed);
      expect(r.date, typed).toBeDefined();
      expect(r.urls, typed).toEqual([]);
    }
  });

  it('filters by a range of months', async () => {
    const range = (q: string) =>
      pagefindFilters(parseSearchState(new URLSearchParams(q)), { first: { year: 2006, month: 1 }, last: { year: 2009, month: 12 } });
    expect((await urls('Rådhuset', range('?fra=2007-03&til=2008-01'))).urls).toEqual(['/breve/priser/']);
    expect((await urls('Rådhuset', range('?fra=2008-05'))).urls).toEqual(['/breve/prisen/']);
    expect((await urls('Rådhuset', range('?fra=2009-01&til=2009-12'))).urls).toEqual([]);
  });
});
