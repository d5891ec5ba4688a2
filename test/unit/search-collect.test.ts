/**
 * The build's vocabulary count (scripts/lib/search/collect.ts) gives exactly what the plain
 * token-by-token count gives (test/helpers/collect-reference.ts), in the same order: the vocabulary
 * files and the precomputed answers are built from it and must not change with the faster count.
 */
import { describe, expect, it } from 'vitest';
import { collect, type Collected, type Fragment } from '../../scripts/lib/search/collect.ts';
import { referenceCollect } from '../helpers/collect-reference.ts';

/** Everything, in order: words in first-met order, each with its spellings in first-met order. */
const plain = (c: Collected) => ({
  ...c,
  words: [...c.words].map(([k, s]) => [k, s.pages, [...s.forms], s.capitalised, s.total]),
});

const page = (content: string, filters: Record<string, string[]> = {}): Fragment => ({ url: '/x/', content, filters, meta: {} });

describe('vocabulary count', () => {
  it('counts pages, spellings, names and filters as the token-by-token count', () => {
    const pages = [
      page('Brev fra Jakob Hougaard om integrationspriser, ⁅integrations priser⁆ og budget.', { type: ['brev'], måned: ['2009-04'] }),
      page('Hougaard skrev. Budget igen og budget: Rådhuset! Ørestad? ÆBLE æble', { type: ['brev', 'brev'], måned: ['2007-03'] }),
      page('  Indledende mellemrum: Hougaard er ikke sætningsstart her'),
      page('\u00a0Hårdt mellemrum\u3000og ideografisk\u2003em-mellemrum\ufeffBOM'),
      page('Tal 2009-612682 og e\u0301tude (kombinerende accent) og 𝒜𝒷𝒸 astral og \ud835 enlig'),
      page('⁅åben uden lukning Hougaard'),
      page('før ⁅a b⁆ ⁅c⁆ efter ⁅d e⁆Hougaard Efter'),
      page(''),
      page('   '),
      page('kort ab abc ABC Abc aBC'),
      page('slut.\nNæste linje:\tTabulator Navn'),
    ];
    expect(plain(collect(pages))).toEqual(plain(referenceCollect(pages)));
  });

  it('agrees with the token-by-token count on random text of the awkward characters', () => {
    const alphabet = [
      'a',
      'B',
      'æ',
      'Ø',
      'å',
      'É',
      'e\u0301',
      '𝒜',
      '\ud835',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '\u3000',
      '.',
      '!',
      '?',
      ':',
      ',',
      '-',
      '1',
      '⁅',
      '⁆',
      'Hougaard',
      'budget',
      'Budget',
    ];
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pages = Array.from({ length: 300 }, () =>
      page(Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')),
    );
    const ours = plain(collect(pages));
    expect(ours.words.length).toBeGreaterThan(20);
    expect(ours).toEqual(plain(referenceCollect(pages)));
  });
});
