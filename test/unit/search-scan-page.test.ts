/**
 * scanPage (scripts/lib/search-index/plan.ts) finds Pagefind's markers in a page's bytes; it must
 * read every page as the two regular expressions over the decoded page did (kept here as the oracle).
 */
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../scripts/lib/search-index/plan.ts';

function byRegex(html: string): { body: boolean; date?: string } {
  const body = /\sdata-pagefind-body(?:[\s=>])/.test(html);
  const date = /\sdata-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
  return date ? { body, date } : { body };
}

const pages = [
  '<main data-pagefind-body><span data-pagefind-sort="date:2009-04-01"></span></main>',
  '<main data-pagefind-body=""><p>x</p></main>',
  '<main\ndata-pagefind-body\n>',
  '<main\u00a0data-pagefind-body\u3000>',
  '<main data-pagefind-bodyx>',
  '<main xdata-pagefind-body>',
  'data-pagefind-body ',
  '<main data-pagefind-body',
  '<i xdata-pagefind-sort="date:1999-01-01"></i><i data-pagefind-sort="date:2001-02-03"></i>',
  '<i data-pagefind-sort="date:2001-02-03"></i><i data-pagefind-sort="date:2002-01-01"></i>',
  '<i data-pagefind-sort="date:"></i><i data-pagefind-sort="date:2002-01-01"></i>',
  '<i data-pagefind-sort="date:2001 uden slut',
  '<i data-pagefind-sort="date:æøå-dato"> data-pagefind-body>',
  '<i\u2028data-pagefind-sort="date:2010-10-10">',
  'ø data-pagefind-body=1 og 𝒜\u3000data-pagefind-sort="date:2011-11-11"',
  'ødata-pagefind-body>',
  '',
];

describe('scanPage', () => {
  it('reads each page as the regular expressions over the decoded text did', () => {
    for (const html of pages) {
      expect(scanPage(Buffer.from(html)), html).toEqual(byRegex(html));
      expect(scanPage(html), html).toEqual(byRegex(html));
    }
  });
});
