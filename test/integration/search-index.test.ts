/**
 * Pins what the search page relies on in Pagefind itself: Danish stemming, case numbers with
 * hyphens found as typed, meta values (date spellings) being searchable, "any" filters, sorting
 * leaving out undated pages, and anchors that let a result link to its paragraph. A small index is
 * built with Pagefind's Node API from pages carrying the attributes search-attributes.ts computes,
 * then searched with the same browser bundle the site ships (pagefind.js), run in Node.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_WEIGHTS, type Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { paragraphHits } from '../../src/lib/search/paragraph-hits.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';
import { isWeakMatch } from '../../src/lib/search/weak-match.ts';
import { searchAttributes, type SearchInfo } from '../../src/lib/search-attributes.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A page as Base.astro prints it: hidden attributes first, then the content, all in the body. */
function page(title: string, info: SearchInfo | undefined, paragraphs: string[]): string {
  const a = info ? searchAttributes(info) : undefined;
  const hidden = a
    ? [
        ...a.filters.map((f) => `<span data-pagefind-filter="${esc(`${f.name}:${f.value}`)}"></span>`),
        ...a.meta.map((m) => `<span data-pagefind-meta="${esc(`${m.name}:${m.value}`)}"></span>`),
        a.sortDate ? `<span data-pagefind-sort="date:${a.sortDate}"></span>` : '',
      ].join('')
    : '';
  const body = paragraphs.map((p, i) => `<p id="afsnit-${i + 1}">${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="da"><head><title>${esc(title)}</title></head><body>
<nav>Søg Breve konferencer</nav><main><div data-pagefind-body><div hidden>${hidden}</div>
<h1>${esc(title)}</h1>\n${body}</div></main></body></html>`;
}

let dir = '';
let pf: Pagefind;
// Restored after the file: unit test files share one global scope (isolate: false).
const realFetch = globalThis.fetch;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ib-search-'));
  const { index } = await pagefindNode.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  const files = [
    {
      url: '/breve/opsamling/',
      content: page(
        'Opsamling og idékatalog fra Integrationskonference 2009',
        { type: 'brev', date: new Date('2009-04-02'), caseNumbers: ['2009-9512'], documentNumbers: ['2009-194106'], committees: ['BIU'] },
        [
          'Jeg sender hermed Opsamling og Idékatalog fra Integrationskonference 2009 som inspiration til budgetforhandlingerne for 2010.',
          'Konferencen fandt sted den 22. januar 2009 på Rådhuset, og der var over 300 deltagere.',
          'Venlig hilsen Jakob Hougaard',
        ],
      ),
    },
    {
      url: '/breve/budgetredegoerelse/',
      content: page(
        'Vedrørende budgetredegørelse for integrationsindsatsen',
        { type: 'brev', date: new Date('2007-03-26'), caseNumbers: ['2006-742'], documentNumbers: ['2007-86327'], committees: ['ØKF'] },
        [
          'Hver forvaltning skal således redegøre for sin indsats på integrationsområdet, herunder gøre status i forhold til de opsatte mål i integrationspolitikken.',
          'Jeg vil bede jer om at indsende jeres oplysninger til kontorchef Jacob Eberholst, senest den 15. maj 2007.',
          'Venlig hilsen Morten Binder, Direktør',
        ],
      ),
    },
    {
      // An area page that lists the letter, number and all, more often than the letter itself does.
      url: '/omraader/beskaeftigelse/',
      content: page('Beskæftigelse', { type: 'område', areas: ['beskaeftigelse'] }, [
        'Breve om området: Opsamling og idékatalog fra Integrationskonference 2009, sagsnr. 2009-9512, dok.nr. 2009-194106.',
        'Se også sagsnr. 2009-9512 og dok.nr. 2009-194106 fra Jakob Hougaard.',
      ]),
    },
    {
      url: '/konferencer/2009/',
      content: page(
        'Integrationskonference 2009',
        { type: 'konferencerapport', date: new Date('2009-01-22'), relatedCaseNumbers: ['2009-9512'] },
        ['Oplysningerne stammer fra brevet af 2. april 2009 (sagsnr. 2009-9512).'],
      ),
    },
    {
      url: '/indikatorer/beskaeftigelse/',
      content: page('Beskæftigelsesfrekvens', { type: 'indikator', areas: ['beskaeftigelse'] }, [
        'Andelen i beskæftigelse, drøftet på konferencen om integrationspolitikken.',
      ]),
    },
  ];
  for (const f of files) {
    const added = await index.addHTMLFile(f);
    if (added.errors.length) throw new Error(added.errors.join('\n'));
  }
  await index.writeFiles({ outputPath: dir });
  await pagefindNode.close();

  // pagefind.js fetches its index files; in Node they are read from disk.
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    return new Response(readFileSync(fileURLToPath(url.split('?')[0] ?? url)));
  }) as typeof fetch;
  pf = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'pagefind.js')).href)) as Pagefind;
  await pf.options({ basePath: `${pathToFileURL(dir).href}/`, noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
  await pf.init();
}, 60_000);

afterAll(() => {
  globalThis.fetch = realFetch;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function urls(term: string, options = {}): Promise<string[]> {
  const r = await pf.search(normaliseQuery(term) || null, options);
  return Promise.all(r.results.map(async (x) => (await x.data()).url));
}

describe('Pagefind index as the search page uses it', () => {
  it('stems Danish: "konferencer" finds "Konferencen", "integrationspolitik" finds the definite form', async () => {
    expect(await urls('konferencer')).toEqual(expect.arrayContaining(['/breve/opsamling/', '/indikatorer/beskaeftigelse/']));
    expect(await urls('integrationspolitik')).toEqual(expect.arrayContaining(['/breve/budgetredegoerelse/']));
  });

  it('finds a compound as typed and not from navigation', async () => {
    expect(await urls('budgetforhandlingerne')).toEqual(['/breve/opsamling/']);
    // "Søg" stands only in the navigation, outside data-pagefind-body.
    expect(await urls('Søg')).toEqual([]);
  });

  it('finds names and case numbers as typed, with an en dash or a label too', async () => {
    expect(await urls('Morten Binder')).toEqual(['/breve/budgetredegoerelse/']);
    expect(await urls('Jacob Eberholst')).toEqual(['/breve/budgetredegoerelse/']);
    for (const q of ['2009-9512', '2009–9512', 'Sagsnr.: 2009-9512', '2009-194106']) {
      expect((await urls(q))[0], q).toBe('/breve/opsamling/');
    }
    expect(await urls('2006-742')).toEqual(['/breve/budgetredegoerelse/']);
  });

  it('ranks the document filed under a number before pages that only mention it', async () => {
    expect(await urls('2009-9512')).toEqual(['/breve/opsamling/', '/konferencer/2009/', '/omraader/beskaeftigelse/']);
    expect(await urls('2009-194106')).toEqual(['/breve/opsamling/', '/omraader/beskaeftigelse/']);
  });

  it('finds a letter by its date written the Danish way (meta values are searchable)', async () => {
    expect(await urls('02-04-2009')).toEqual(['/breve/opsamling/']);
    expect(await urls('26.3.2007')).toEqual(['/breve/budgetredegoerelse/']);
  });

  it('combines values within a filter group with "any"', async () => {
    const both = await urls('integrationspolitikken konferencen', {});
    expect(both).toEqual(['/indikatorer/beskaeftigelse/']);
    const dated = await urls('', { filters: { år: { any: ['2007', '2009'] } } });
    expect(dated.sort()).toEqual(['/breve/budgetredegoerelse/', '/breve/opsamling/', '/konferencer/2009/']);
    const letters = await urls('', { filters: { år: { any: ['2007', '2009'] }, type: { any: ['brev'] } } });
    expect(letters.sort()).toEqual(['/breve/budgetredegoerelse/', '/breve/opsamling/']);
    expect(await urls('', { filters: { udvalg: { any: ['oekonomi'] } } })).toEqual(['/breve/budgetredegoerelse/']);
  });

  it('leaves undated pages out of date-sorted results (why the page appends them)', async () => {
    expect(await urls('deltagere', { sort: { date: 'desc' } })).toEqual(['/breve/opsamling/']);
    expect(await urls('drøftet')).toEqual(['/indikatorer/beskaeftigelse/']);
    expect(await urls('drøftet', { sort: { date: 'desc' } })).toEqual([]);
  });

  it('matches a missing word on a short word it starts with ("omkostninger" → "om"), which the page treats as no match', async () => {
    const missing = (await pf.search('omkostninger')).results;
    expect(missing.length).toBeGreaterThan(0);
    const top = await missing[0]!.data();
    expect(isWeakMatch('omkostninger', top.content, top.locations)).toBe(true);
    const typo = await (await pf.search('budgetforhandlingen')).results[0]!.data();
    expect(isWeakMatch('budgetforhandlingen', typo.content, typo.locations)).toBe(false);
  });

  it('reports paragraph anchors, so a result can link to the paragraph that matched', async () => {
    const [first] = (await pf.search('Binder')).results;
    const d = await first!.data();
    const hits = paragraphHits(d.content, d.weighted_locations, d.anchors, { max: 2, excerptWords: 20 });
    expect(hits[0]?.id).toBe('afsnit-3');
    // The mark stops at the word: the comma after it is not highlighted.
    expect(hits[0]?.excerpt).toContain('<mark>Binder</mark>,');
    expect(d.meta).toMatchObject({ sagsnr: '2006-742', doknr: '2007-86327', date: '2007-03-26', type: 'brev' });
  });
});
