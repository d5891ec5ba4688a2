/**
 * Search weights (Pagefind's data-pagefind-weight; body text is 1, h1 7, h2 6) for parts of pages
 * that are not the page's own content: a list of other pages, a page's template headings, a
 * change-history row, a table's header cells. A real document whose text matches then ranks above
 * a page that only lists it or names the word in a heading every such page has.
 */
export const SEARCH_WEIGHT = {
  /** Lists of other pages (indicators, ideas) and figures borrowed from another page. */
  listing: '0.05',
  /** A change-history row or a data table: findable, but never ahead of prose. */
  record: '0.05',
  /**
   * An indicator's »Kilder til tallene«: the publishers and reports its values come from
   * (»Københavns Kommune«, »Borgerrepræsentationen«), the same few on many indicator pages. At body
   * weight they put three indicators ahead of the letters for »Borgerrepræsentationen«.
   */
  sources: '0.05',
} as const;

/**
 * Everything on a page marked as illustrative example data counts this much of the same text on a
 * real page (Base.astro weights the whole body, headings included; compound parts get half of it),
 * so real letters and real figures rank above invented ones that say the same, even ones that say
 * it ten times. 1/12 is two of Pagefind's steps of 1/24, so the parts' half is still one step above 0.
 */
export const ILLUSTRATIVE_FACTOR = 1 / 12;
