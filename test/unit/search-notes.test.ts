/** The notes under the search field, which the live region reads (search-notes.ts). */
import { describe, expect, it } from 'vitest';
import { countsFitResults, noteTexts, partialMatch } from '../../src/lib/search/search-notes.ts';

const texts = (...args: Parameters<typeof noteTexts>) => noteTexts(...args).map((n) => n.text);

describe('the notes on a date query', () => {
  const date = { searched: '02042009', date: '2009-04-02' };

  it('say that no document has the date only when no filter or date range could hide it', () => {
    expect(texts(date, { typed: '2.4.2009', found: 0, truncated: false })).toEqual(['Ingen dokumenter har datoen 2. april 2009.']);
    // Was: »Ingen dokumenter har datoen 2. april 2009.« under »År: 2008«, though the letter of that day exists.
    expect(texts(date, { typed: '2.4.2009', found: 0, truncated: false, narrowed: true })).toEqual([
      'Ingen dokumenter inden for din afgrænsning har datoen 2. april 2009.',
    ]);
    expect(texts(date, { typed: '2.4.2009', found: 2, truncated: false, narrowed: true })).toEqual([
      'Viser sider med datoen 2. april 2009: først dokumenter fra den dag, så sider, der nævner den.',
    ]);
  });

  it('name the other words of a date among words, and how to see every page with them', () => {
    const within = { searched: 'Hougaard 02042009', date: '2009-04-02', dateWords: 'Hougaard' };
    expect(texts(within, { typed: 'Hougaard 2.4.2009', found: 1, truncated: false })).toEqual([
      'Viser sider med datoen 2. april 2009, der også har »Hougaard«: først dokumenter fra den dag, så sider, der nævner den.',
    ]);
    expect(texts(within, { typed: 'Hougaard 2.4.2009', found: 0, truncated: false })).toEqual([
      'Ingen dokumenter med datoen 2. april 2009 har »Hougaard«. Søg uden datoen for at se alle.',
    ]);
    expect(texts(within, { typed: 'Hougaard 2.4.2009', found: 0, truncated: false, narrowed: true })).toEqual([
      'Ingen dokumenter inden for din afgrænsning med datoen 2. april 2009 har »Hougaard«. Søg uden datoen for at se alle.',
    ]);
  });

  it('say that a date which does not exist does not exist', () => {
    expect(texts({ searched: '31.02.2009', impossibleDate: true }, { typed: '31.02.2009', found: 0, truncated: false })).toEqual([
      'Datoen 31.02.2009 findes ikke. Tjek dag og måned.',
    ]);
  });
});

describe('the note on results with some of the words', () => {
  it('quotes a pasted paragraph cut short, not whole', () => {
    const typed = `${'integrationspolitikken og beskæftigelse '.repeat(12)}slut`;
    const [note] = texts({ searched: typed, someWords: true }, { typed, found: 5, truncated: false });
    expect(note).toMatch(/^Ingen sider har alle ordene i »integrationspolitikken og beskæftigelse .* …«\. Viser sider med nogle af dem/);
    expect((note ?? '').length).toBeLessThan(200);
  });
});

describe('the note on words no page has', () => {
  it("names them and says the results are the other words'", () => {
    expect(texts({ searched: 'konference xyzzy', missing: ['xyzzy'] }, { typed: 'konference xyzzy', found: 20, truncated: false })).toEqual(
      ['Ordet »xyzzy« står ikke på nogen side i arkivet og er udeladt af søgningen. Viser sider med resten af ordene.'],
    );
    const [two] = texts({ searched: 'a qqq xyzzy', missing: ['qqq', 'xyzzy'] }, { typed: 'a qqq xyzzy', found: 2, truncated: false });
    expect(two).toMatch(/^Ordene »qqq« og »xyzzy« står ikke/);
  });

  it('makes the count say »med nogle af ordene«', () => {
    expect(partialMatch({ missing: ['xyzzy'] })).toBe(true);
    expect(partialMatch({ someWords: true })).toBe(true);
    expect(partialMatch({})).toBe(false);
    expect(partialMatch({ missing: [] })).toBe(false);
  });
});

describe('filter counts beside results', () => {
  it('are shown only when one search of the query gives the results shown', () => {
    expect(countsFitResults({})).toBe(true);
    // Was: »Brev (0)«, »2009 (0)« … beside five results with some of the words.
    expect(countsFitResults({ someWords: true })).toBe(false);
    expect(countsFitResults({ impossibleDate: true })).toBe(false);
  });
});
